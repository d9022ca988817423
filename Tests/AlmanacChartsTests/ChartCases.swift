@testable import AlmanacCharts

/// Every chart type with the data that tends to break charts — gaps, negatives, one point, equal
/// values, huge and tiny numbers, long and CJK names, crowded line ends, many series and years.
/// Each case is a snapshot (SnapshotTests) and goes through the layout checks (LayoutTests).
enum ChartCases {
    /// A short axis style like the site's: 万 and 亿 for large numbers.
    static let wan = TickFormat.each { value in
        if abs(value) >= 1e8 { return SVGText.plainNumber(value / 1e8) + "亿" }
        if abs(value) >= 1e4 { return SVGText.plainNumber(value / 1e4) + "万" }
        return SVGText.plainNumber(value)
    }

    static let years5 = (2016...2020).map(String.init)

    static func line(_ series: [ChartSeries], categories: [String] = years5, format: TickFormat = .plain) -> String {
        LineChart(title: "产值", description: "描述", categories: categories, series: series, tickFormat: format).svg(id: "c")
    }

    static func column(_ series: [ChartSeries], categories: [String] = years5, format: TickFormat = .plain) -> String {
        ColumnChart(title: "产值", description: "描述", categories: categories, series: series, tickFormat: format).svg(id: "c")
    }

    static func bar(_ bars: [(String, Double)]) -> String {
        BarChart(
            title: "排名", description: "描述",
            bars: bars.map { BarChart.Bar(label: $0.0, value: $0.1, display: SVGText.plainNumber($0.1) + "亿元") }
        ).svg(id: "c")
    }

    static func labelled(_ name: String, _ values: [Double?], unit: String = "亿元") -> ChartSeries {
        ChartSeries(name: name, values: values, labels: values.map { $0.map { SVGText.plainNumber($0) + unit } ?? "–" })
    }

    static let cities = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"]
    static let longName = "杭州市临安区电线电缆及通信设备制造特色产业集群"

    static let all: [(name: String, svg: String)] = [
        ("line-two-regions", line([labelled("临安区", [693.1, 720, 801.5, 880, 974.2]), labelled("衢州市", [500, 540, 610, 650, 700])])),
        ("line-crowded-ends", line((0..<5).map { labelled(cities[$0], [100, 120, 140, 160, 200 + Double($0)]) })),
        ("line-ends-early-legend", line([labelled("临安区", [1, 2, 3, 4, 5]), labelled("衢州市", [2, 3, 4, nil, nil])])),
        ("line-single-point-labels", line([labelled("临安区", [693.1, 720, 801.5, 880, 974.2])])),
        ("line-gap", line([labelled("临安区", [693.1, nil, nil, 880, 974.2])])),
        ("line-isolated-points", line([labelled("临安区", [693.1, nil, nil, nil, 974.2])])),
        ("line-negative", line([labelled("增速", [-4, 13.3, nil, -2.5, 2], unit: "%")])),
        ("line-single-point", line([labelled("衢州市", [5590], unit: "件")], categories: ["2024"])),
        ("line-all-equal", line([labelled("合格率", [100, 100, 100, 100, 100], unit: "%")])),
        ("line-huge", line([labelled("全国", [8.2e11, 9.1e11, 9.9e11, 1.05e12, 1.2e12], unit: "元")], format: wan)),
        ("line-tiny", line([labelled("能耗", [0.0003, 0.0008, 0.0004, 0.0003, 0.0008], unit: "吨")])),
        ("line-many-years", line([labelled("临安区", (0..<31).map { 100 + Double($0 * $0) })], categories: (1994...2024).map(String.init))),
        ("line-many-series", line(cities.indices.map { city in labelled(cities[city], (0..<5).map { Double(1000 + city * 150 + $0 * (40 + city * 13)) }) })),
        ("line-long-names", line([labelled(longName, [1, 2, 3, 4, 5]), labelled("Lin'an District Cable Cluster, Hangzhou", [5, 4, 3, 2, 1])])),
        ("bar-ranking", bar([("顺德区", 1160), ("临安区", 974.2), ("衢州市", 700), ("嘉兴市", 693.1)])),
        ("bar-negative", bar([("温州市", 13.8), ("丽水市", 0), ("宁波市", -0.2), ("湖州市", -5.8)])),
        ("bar-long-names", bar([(longName, 170), ("Lin'an District Cable Cluster, Hangzhou", 150), ("甲", 10)])),
        ("bar-single", bar([("衢州市", 5590)])),
        ("bar-all-equal", bar([("甲", 3), ("乙", 3), ("丙", 3)])),
        ("bar-huge", bar([("全国", 1.2e12), ("浙江省", 8.3e10)])),
        ("column-single", column([labelled("临安区", [693.1, 720, 801.5, 880, 974.2])])),
        ("column-wide-labels", column([labelled("杭州市", [8000, 8600.5, 9200, nil, 10400.5, 11000, 11600.5, 12200])], categories: (2017...2024).map(String.init), format: wan)),
        ("column-gap", column([labelled("临安区", [693.1, nil, nil, nil, 974.2])])),
        ("column-negative", column([labelled("增速", [-4, 13.3, nil, -2.5, 2], unit: "%")])),
        ("column-grouped", column([labelled("杭州市", [45, 38, 54]), labelled("宁波市", [70, 38, 85]), labelled(longName, [23, nil, 5])], categories: ["2020", "2022", "2024"], format: wan)),
        ("column-grouped-crowded", column(cities.prefix(6).indices.map { index in labelled(cities[index], (0..<8).map { Double(10_000 + index * 3_000 + $0 * 1_111) }) }, categories: (2017...2024).map(String.init), format: wan)),
        ("column-single-point", column([labelled("衢州市", [5590], unit: "件")], categories: ["2024"])),
        ("column-all-zero", column([labelled("新增", [0, 0, 0], unit: "家")], categories: ["2022", "2023", "2024"])),
        ("sparkline", Sparkline(title: "t", description: "d", values: [693.1, 720, 801.5, 880, 974.2]).svg(id: "c")),
        ("sparkline-gap", Sparkline(title: "t", description: "d", values: [693.1, nil, 801.5, 880, nil, 974.2]).svg(id: "c")),
        ("sparkline-single", Sparkline(title: "t", description: "d", values: [5590]).svg(id: "c")),
        ("sparkline-all-equal", Sparkline(title: "t", description: "d", values: [3, 3, 3]).svg(id: "c")),
    ]
}
