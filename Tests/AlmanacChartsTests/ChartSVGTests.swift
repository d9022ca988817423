import Testing

@testable import AlmanacCharts

/// The SVG each chart type writes: accessible, escaped, deterministic, gaps as gaps.
@Suite struct ChartSVGTests {
    let format: @Sendable (Double) -> String = { String(Int($0)) }

    func line(_ series: [ChartSeries], categories: [String] = ["2016", "2017", "2018", "2019", "2020"]) -> LineChart {
        LineChart(title: "产值", description: "临安区：2016年693.1亿元", categories: categories, series: series, tickFormat: format)
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func everyChartIsAnAccessibleImage() {
        let charts = [
            line([ChartSeries(name: "临安区", values: [693.1, nil, nil, nil, 974.2])]).svg(id: "c1"),
            BarChart(title: "排名", description: "d", bars: [.init(label: "顺德区", value: 1160, display: "1,160项")]).svg(id: "c2"),
            ColumnChart(title: "t", description: "d", categories: ["2023", "2024"], values: [4573, 5590], labels: ["4,573件", "5,590件"], tickFormat: format).svg(id: "c3"),
            Sparkline(title: "t", description: "d", values: [1, 2, nil, 3]).svg(id: "c4"),
        ]
        for (index, svg) in charts.enumerated() {
            let id = "c\(index + 1)"
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(svg.contains("<title id=\"\(id)-title\">"))
            #expect(svg.contains("<desc id=\"\(id)-desc\">"))
            #expect(svg.contains("viewBox=\"0 0 "))
            #expect(svg.hasSuffix("</svg>"))
        }
    }

    @Test func aGapBreaksTheLine() {
        let svg = line([ChartSeries(name: "a", values: [1, 2, nil, 4, 5])]).svg(id: "c")
        let path = svg.components(separatedBy: "<path d=\"")[1].components(separatedBy: "\"")[0]
        #expect(count("M", in: path) == 2)
        #expect(count("L", in: path) == 2)
        #expect(count("<circle", in: svg) == 4)
    }

    @Test func aSinglePointIsADot() {
        let svg = line([ChartSeries(name: "a", values: [5590])], categories: ["2024"]).svg(id: "c")
        #expect(count("<circle", in: svg) == 1)
        #expect(!svg.contains("NaN") && !svg.contains("inf"))
    }

    @Test func negativeValuesGetAZeroLineInside() {
        let svg = line([ChartSeries(name: "a", values: [-4, 13.3, nil, nil, 2])]).svg(id: "c")
        #expect(svg.contains(">-5<") || svg.contains(">-4<") || svg.contains(">-10<"))
        #expect(svg.contains(">0<"))
    }

    @Test func severalSeriesAreNamedAtTheirEnds() {
        let svg = line([ChartSeries(name: "临安区", values: [1, 2, 3, 4, 5]), ChartSeries(name: "衢州市", values: [1, 2, 3, 4, 5.1])]).svg(id: "c")
        #expect(svg.contains("class=\"series-names\""))
        // Equal end values: the two names are pushed apart, not drawn on top of each other.
        let ys = svg.components(separatedBy: "class=\"series-names\"")[1].components(separatedBy: " y=\"").dropFirst()
            .compactMap { Double($0.components(separatedBy: "\"")[0]) }
        #expect(ys.count == 2)
        #expect(abs(ys[0] - ys[1]) >= 12)
    }

    @Test func contentIsEscaped() {
        let hostile = "<script>alert(1)</script>\"'&"
        let svgs = [
            LineChart(title: hostile, description: hostile, categories: [hostile], series: [ChartSeries(name: hostile, values: [1])], tickFormat: format).svg(id: "x"),
            BarChart(title: hostile, description: hostile, bars: [.init(label: hostile, value: 1, display: hostile)]).svg(id: "x"),
        ]
        for svg in svgs {
            #expect(!svg.contains("<script"))
            #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
        }
    }

    @Test func longLabelsAreTruncatedWithTheFullNameInATooltip() {
        let name = "定州市体育用品产业集群与周边配套企业联合体"
        let svg = BarChart(title: "t", description: "d", bars: [.init(label: name, value: 82.8, display: "82.8亿元"), .init(label: "甲", value: 10, display: "10")]).svg(id: "c")
        #expect(svg.contains("<title>\(name): 82.8亿元</title>"))
        #expect(svg.contains("…</text>"))
    }

    @Test func barsStartAtZero() {
        let svg = BarChart(title: "t", description: "d", bars: [.init(label: "a", value: 974.2, display: "a"), .init(label: "b", value: 693.1, display: "b")]).svg(id: "c")
        let xs = svg.components(separatedBy: "<rect x=\"").dropFirst().map { $0.components(separatedBy: "\"")[0] }
        #expect(xs.count == 2)
        #expect(Set(xs).count == 1)
    }

    @Test func sameInputSameBytes() {
        let make = { line([ChartSeries(name: "a", values: [693.1, 700, nil, 900, 974.2]), ChartSeries(name: "b", values: [1, 2, 3, 4, 5])]).svg(id: "c") }
        #expect(make() == make())
    }

    @Test func cjkTextIsMeasuredWiderThanLatin() {
        #expect(TextWidth.of("临安区", fontSize: 12) == 36)
        #expect(TextWidth.of("abc", fontSize: 12) < 24)
        #expect(TextWidth.truncate("一二三四五六", toFit: 40, fontSize: 10) == "一二三…")
        #expect(TextWidth.truncate("短", toFit: 40, fontSize: 10) == "短")
    }
}
