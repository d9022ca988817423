@testable import AlmanacCharts

/// Every chart type with the data that tends to break charts — gaps, negatives, one point, equal
/// values, huge and tiny numbers, long and CJK names, crowded line ends, many series and years,
/// five-yearly series, log scales, cut rankings. Each case is drawn in both layouts: `name` is the
/// wide drawing, `name.narrow` the narrow one; each is a snapshot (SnapshotTests) and goes
/// through the layout checks (LayoutTests, LabelGeometryTests).
enum ChartCases {
    /// A short axis style like the site's: 万 and 亿 for large numbers.
    static let wan = TickFormat.each { value in
        if abs(value) >= 1e8 { return SVGText.plainNumber(value / 1e8) + "亿" }
        if abs(value) >= 1e4 { return SVGText.plainNumber(value / 1e4) + "万" }
        return SVGText.plainNumber(value)
    }

    static let years5 = (2016...2020).map(String.init)
    static let fiveYearly = stride(from: 1952, through: 2007, by: 5).map(String.init)

    /// A chart of any type: one drawing, both as a page has them, and its data as a table.
    struct Chart: Sendable {
        var layout: @Sendable (ChartLayout) -> String
        var page: @Sendable (String) -> String
        var table: [[String]]

        func callAsFunction(_ layout: ChartLayout) -> String { self.layout(layout) }
    }

    typealias Draw = Chart

    static func table(_ categories: [String], _ series: [ChartSeries]) -> [[String]] {
        [[""] + categories] + series.map { item in [item.name] + categories.indices.map { item.value($0) == nil ? "–" : item.label($0) } }
    }

    static func line(
        _ series: [ChartSeries], categories: [String] = years5, format: TickFormat = .plain, scale: ChartScale = .linear,
        highlight: [Int] = [], form: LineChart.Form = .automatic
    ) -> Chart {
        let chart = LineChart(
            title: "产值", description: "描述", categories: categories, series: series, tickFormat: format, scale: scale, highlight: highlight,
            othersLabel: "其他地区（灰色）", form: form)
        return Chart(layout: { chart.svg(id: "c", layout: $0) }, page: { chart.svg(id: $0) }, table: table(categories, series))
    }

    static func column(_ series: [ChartSeries], categories: [String] = years5, format: TickFormat = .plain, scale: ChartScale = .linear) -> Chart {
        let chart = ColumnChart(title: "产值", description: "描述", categories: categories, series: series, tickFormat: format, scale: scale)
        return Chart(layout: { chart.svg(id: "c", layout: $0) }, page: { chart.svg(id: $0) }, table: table(categories, series))
    }

    static func bar(_ chart: BarChart) -> Chart {
        Chart(
            layout: { chart.svg(id: "c", layout: $0) }, page: { chart.svg(id: $0) },
            table: [["", ""]] + chart.bars.map { [($0.rank.map { "\($0). " } ?? "") + $0.label, $0.display] })
    }

    static func bar(_ bars: [(String, Double)], scale: ChartScale = .linear) -> Chart {
        bar(
            BarChart(
                title: "排名", description: "描述",
                bars: bars.map { BarChart.Bar(label: $0.0, value: $0.1, display: SVGText.plainNumber($0.1) + "亿元") }, scale: scale, tickFormat: wan))
    }

    static func spark(_ values: [Double?], expected: [Bool]? = nil) -> Chart {
        let chart = Sparkline(title: "t", description: "d", values: values, expected: expected)
        return Chart(
            layout: { _ in chart.svg(id: "c") }, page: { chart.svg(id: $0) },
            table: [values.indices.map(String.init), values.map { $0.map(SVGText.plainNumber) ?? "–" }])
    }

    static func labelled(_ name: String, _ values: [Double?], unit: String = "亿元", expected: [Bool]? = nil) -> ChartSeries {
        ChartSeries(name: name, values: values, labels: values.map { $0.map { SVGText.plainNumber($0) + unit } ?? "–" }, expected: expected)
    }

    static let cities = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"]
    static let longName = "杭州市临安区电线电缆及通信设备制造特色产业集群"

    /// Life expectancy of 33 countries over twelve five-yearly years: more series than colours.
    static let countries: [ChartSeries] = (0..<33).map { country in
        let start = 40.0 + Double((country * 37) % 29)
        let gain = 0.25 + Double((country * 13) % 11) / 20
        return labelled("Country \(country + 1)", (0..<12).map { (start + Double($0 * 5) * gain).rounded() }, unit: "")
    }

    /// A ranking of 142 cut to its first 15 and last 5, with ranks.
    static let truncated: BarChart = {
        let head = (1...15).map { BarChart.Bar(label: "Country \($0)", value: 83 - Double($0) * 0.4, display: SVGText.plainNumber(83 - Double($0) * 0.4), rank: $0) }
        let tail = (138...142).map { BarChart.Bar(label: "Country \($0)", value: 48 - Double($0 - 138) * 2, display: SVGText.plainNumber(48 - Double($0 - 138) * 2), rank: $0) }
        return BarChart(title: "Life expectancy, 2007", description: "d", bars: head + tail, breakAfter: 15, breakLabel: "… 122 more")
    }()

    static let charts: [(name: String, draw: Draw)] = [
        ("line-two-regions", line([labelled("临安区", [693.1, 720, 801.5, 880, 974.2]), labelled("衢州市", [500, 540, 610, 650, 700])])),
        ("line-crowded-ends", line((0..<5).map { labelled(cities[$0], [100, 120, 140, 160, 200 + Double($0)]) })),
        ("line-ends-early-legend", line([labelled("临安区", [1, 2, 3, 4, 5]), labelled("衢州市", [2, 3, 4, nil, nil])])),
        ("line-single-point-labels", line([labelled("临安区", [693.1, 720, 801.5, 880, 974.2])])),
        ("line-steep", line([labelled("临安区", [10, 400, 20, 900, 950])])),
        ("line-gap", line([labelled("临安区", [693.1, nil, nil, 880, 974.2])])),
        ("line-isolated-points", line([labelled("临安区", [693.1, nil, nil, nil, 974.2])])),
        ("line-linan-2016-2020", line([labelled("临安区", [693.1, nil, nil, nil, 974.2], expected: [true, false, false, false, true])])),
        ("line-five-yearly", line([labelled("Japan", [63, 65.5, 68.7, 71.4, 73.4, 75.4, 77.1, 78.7, 79.4, 80.7, 82, 82.6], unit: "")], categories: fiveYearly)),
        (
            "line-five-yearly-missing",
            line([labelled("Japan", [63, 65.5, 68.7, nil, 73.4, 75.4, 77.1, 78.7, 79.4, 80.7, 82, 82.6], unit: "")], categories: fiveYearly)
        ),
        (
            "line-yearly-beside-five-yearly",
            line(
                [
                    labelled("每年", (0..<11).map { 100 + Double($0 * 7) }),
                    labelled("每五年", (0..<11).map { $0 % 5 == 0 ? 80 + Double($0 * 9) : nil }, expected: ChartSeries.expected(years: Array(2010...2020), step: 5, from: 2010)),
                ], categories: (2010...2020).map(String.init))
        ),
        ("line-negative", line([labelled("增速", [-4, 13.3, nil, -2.5, 2], unit: "%")])),
        ("line-single-point", line([labelled("衢州市", [5590], unit: "件")], categories: ["2024"])),
        ("line-all-equal", line([labelled("合格率", [100, 100, 100, 100, 100], unit: "%")])),
        ("line-huge", line([labelled("全国", [8.2e11, 9.1e11, 9.9e11, 1.05e12, 1.2e12], unit: "元")], format: wan)),
        ("line-tiny", line([labelled("能耗", [0.0003, 0.0008, 0.0004, 0.0003, 0.0008], unit: "吨")])),
        ("line-many-years", line([labelled("临安区", (0..<31).map { 100 + Double($0 * $0) })], categories: (1994...2024).map(String.init))),
        ("line-many-series", line(cities.indices.map { city in labelled(cities[city], (0..<5).map { Double(1000 + city * 150 + $0 * (40 + city * 13)) }) }, form: .lines)),
        ("line-33-highlight", line(countries, categories: fiveYearly, highlight: [20, 4])),
        ("line-long-names", line([labelled(longName, [1, 2, 3, 4, 5]), labelled("Lin'an District Cable Cluster, Hangzhou", [5, 4, 3, 2, 1])])),
        (
            "line-log", line(
                [labelled("China", [5.6e8, 6.4e8, 6.7e8, 7.5e8, 8.6e8], unit: ""), labelled("Iceland", [1.5e5, 1.6e5, 1.9e5, 2.1e5, 2.2e5], unit: "")],
                format: wan, scale: .log)
        ),
        ("line-log-nonpositive", line([labelled("增速", [0, 3, 30, -2, 300], unit: "%")], scale: .log)),
        ("bar-ranking", bar([("顺德区", 1160), ("临安区", 974.2), ("衢州市", 700), ("嘉兴市", 693.1)])),
        ("bar-negative", bar([("温州市", 13.8), ("丽水市", 0), ("宁波市", -0.2), ("湖州市", -5.8)])),
        ("bar-long-names", bar([(longName, 170), ("Lin'an District Cable Cluster, Hangzhou", 150), ("甲", 10)])),
        ("bar-single", bar([("衢州市", 5590)])),
        ("bar-all-equal", bar([("甲", 3), ("乙", 3), ("丙", 3)])),
        ("bar-huge", bar([("全国", 1.2e12), ("浙江省", 8.3e10)])),
        ("bar-log", bar([("全国", 1.2e12), ("浙江省", 8.3e10), ("衢州市", 1.9e9), ("开化县", 1.6e8)], scale: .log)),
        ("bar-truncated-ranking", bar(truncated)),
        ("column-single", column([labelled("临安区", [693.1, 720, 801.5, 880, 974.2])])),
        ("column-wide-labels", column([labelled("杭州市", [8000, 8600.5, 9200, nil, 10400.5, 11000, 11600.5, 12200])], categories: (2017...2024).map(String.init), format: wan)),
        ("column-gap", column([labelled("临安区", [693.1, nil, nil, nil, 974.2])])),
        ("column-negative", column([labelled("增速", [-4, 13.3, nil, -2.5, 2], unit: "%")])),
        ("column-grouped", column([labelled("杭州市", [45, 38, 54]), labelled("宁波市", [70, 38, 85]), labelled(longName, [23, nil, 5])], categories: ["2020", "2022", "2024"], format: wan)),
        ("column-grouped-crowded", column(cities.prefix(6).indices.map { index in labelled(cities[index], (0..<8).map { Double(10_000 + index * 3_000 + $0 * 1_111) }) }, categories: (2017...2024).map(String.init), format: wan)),
        ("column-single-point", column([labelled("衢州市", [5590], unit: "件")], categories: ["2024"])),
        ("column-all-zero", column([labelled("新增", [0, 0, 0], unit: "家")], categories: ["2022", "2023", "2024"])),
        ("column-log", column([labelled("人口", [3, 40, 500, 6000, 70000], unit: "人")], format: wan, scale: .log)),
        ("sparkline", spark([693.1, 720, 801.5, 880, 974.2])),
        ("sparkline-gap", spark([693.1, nil, 801.5, 880, nil, 974.2])),
        ("sparkline-single", spark([5590])),
        ("sparkline-all-equal", spark([3, 3, 3])),
        ("sparkline-five-yearly", spark([693.1, nil, nil, nil, nil, 974.2, nil, nil, nil, nil, 1020], expected: ChartSeries.expected(years: Array(2010...2020), step: 5, from: 2010))),
    ]

    /// Every drawing: `name` for the wide one, `name.narrow` for the narrow one (sparklines have one).
    static let all: [(name: String, svg: String)] = charts.flatMap { chart in
        let wide = (chart.name, chart.draw(.wide))
        return chart.name.hasPrefix("sparkline") ? [wide] : [wide, (chart.name + ".narrow", chart.draw(.narrow))]
    }

    static let populations = [labelled("上海市", [2.4e7, 2.42e7, 2.42e7, 2.43e7, 2.49e7], unit: "人"), labelled(longName, [3e4, 3.1e4, nil, 3.3e4, 3.6e4], unit: "人")]

    /// Small multiples: `type: small-multiples`, and a line chart of many series with none highlighted.
    static let multipleCharts: [(name: String, make: @Sendable (String) -> String)] = [
        ("small-multiples-33", { LineChart(title: "Life expectancy", description: "d", categories: fiveYearly, series: countries, tickFormat: .plain).svg(id: $0) }),
        (
            "small-multiples-log",
            {
                SmallMultiples(
                    title: "人口", description: "d", categories: years5,
                    series: populations, tickFormat: wan, scale: .log
                ).html(id: $0)
            }
        ),
    ]

    static let multiples: [(name: String, html: String)] = multipleCharts.map { ($0.name, $0.make("m")) }

    /// The panels of a small-multiples chart, each an SVG of its own.
    static func panels(_ html: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
    }
}
