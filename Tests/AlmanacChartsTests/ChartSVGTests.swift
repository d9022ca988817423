import Testing

@testable import AlmanacCharts

/// The SVG each chart type writes: accessible, escaped, deterministic, gaps as gaps, bars and
/// columns from zero, series named at their ends or in a legend.
@Suite struct ChartSVGTests {
    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func svg(_ name: String) -> SVGInspection {
        SVGInspection(ChartCases.all.first { $0.name == name }!.svg)
    }

    @Test(arguments: ChartCases.all.map(\.name))
    func everyChartIsAnAccessibleImage(_ name: String) {
        let chart = svg(name)
        let root = chart.elements[0]
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "c-title c-desc")
        #expect(chart.all("title").first?.attributes["id"] == "c-title")
        #expect(chart.all("desc").first?.attributes["id"] == "c-desc")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(chart.width > 0 && chart.height > 0)
        #expect(!chart.source.contains("NaN") && !chart.source.contains("inf"))
        #expect(chart.source.hasSuffix("</svg>"))
    }

    /// The narrow drawing has no tooltips, so its dots are one path of round-capped zero-length
    /// strokes, one `M x y h0` per dot, as wide as a wide drawing's dot.
    @Test func theNarrowDrawingsDotsAreOnePath() {
        let wide = svg("line-five-yearly"), narrow = svg("line-five-yearly.narrow")
        let circles = wide.all("circle").filter { $0.groups.last == "series" }
        #expect(circles.count == 12 && circles.allSatisfy { $0.number("r") == 3 })
        #expect(narrow.all("circle").isEmpty)
        let dots = narrow.all("path").filter(\.isDots)
        #expect(dots.count == 1)
        let data = dots[0].attributes["d"] ?? ""
        #expect(count("M", in: data) == 12 && count("h0", in: data) == 12 && !data.contains("L"))
        #expect(dots[0].number("stroke-width") == 6 && dots[0].attributes["stroke-linecap"] == "round")
    }

    @Test func aGapBreaksTheLineAndALoneFigureIsADot() {
        let gap = svg("line-gap")
        let path = gap.all("path").first { $0.groups.last == "series" }!.attributes["d"]!
        #expect(count("M", in: path) == 1 && count("L", in: path) == 1)  // 2019 → 2020 only
        #expect(gap.all("circle").count == 3)
        let lone = svg("line-isolated-points")
        #expect(!lone.all("path").contains { $0.groups.last == "series" })
        #expect(lone.all("circle").count == 2)
        let spark = svg("sparkline-gap")
        #expect(count("M", in: spark.all("path")[0].attributes["d"]!) == 1)
        #expect(spark.all("circle").count == 2)  // 2016 alone, and the last point
    }

    @Test func barsAndColumnsStartAtZero() {
        let bars = svg("bar-negative")
        let zero = Double(bars.all("path").first { $0.attributes["class"] == "zero" }!.attributes["d"]!.dropFirst().split(separator: " ")[0])!
        for rect in bars.all("rect") {
            let x = rect.number("x")!
            let end = x + rect.number("width")!
            #expect(abs(x - zero) < 0.11 || abs(end - zero) < 0.11, "bar from \(x) to \(end), zero at \(zero)")
        }
        let columns = svg("column-negative")
        let zeroLine = columns.all("line").first { $0.attributes["style"]?.contains("axis") == true }!.number("y1")!
        let rects = columns.all("rect")
        #expect(rects.count == 4)
        for rect in rects {
            let y = rect.number("y")!
            let end = y + rect.number("height")!
            #expect(abs(y - zeroLine) < 0.11 || abs(end - zeroLine) < 0.11)
        }
    }

    @Test func negativeValuesGetAZeroLineInside() {
        let labels = svg("line-negative").all("text").filter { $0.groups.last == "axis y-axis" }.map(\.text)
        #expect(labels.contains("0"))
        #expect(labels.first == "-5")
        #expect(labels.last == "15")
    }

    @Test func severalLinesAreNamedAtTheirEndsWhenEveryLineReachesTheLastYear() {
        let chart = svg("line-two-regions")
        #expect(chart.all("g").contains { $0.attributes["class"] == "series-names" })
        #expect(!chart.all("g").contains { $0.attributes["class"] == "legend" })
        #expect(chart.all("text").map(\.text).contains("衢州市"))
    }

    @Test func crowdedLineEndsArePushedApartButStayNearTheirLines() {
        let chart = svg("line-crowded-ends")
        let names = chart.all("text").filter { $0.groups.contains("series-names") }
        #expect(names.count == 5)
        let ys = names.map { $0.number("y")! }.sorted()
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(b - a >= 14.9) }
        // Leaders join each moved name to its line.
        #expect(chart.all("path").count >= 5 + 4)
    }

    @Test func aLineThatEndsEarlyGetsALegendInstead() {
        let chart = svg("line-ends-early-legend")
        #expect(chart.all("g").contains { $0.attributes["class"] == "legend" })
        #expect(!chart.all("g").contains { $0.attributes["class"] == "series-names" })
        #expect(chart.all("text").filter { $0.groups.contains("legend") }.map(\.text) == ["临安区", "衢州市"])
    }

    @Test func linesBeyondThePaletteAreDashed() {
        let chart = svg("line-many-series")
        let paths = chart.all("path").filter { $0.groups.last == "series" && !$0.isDots }
        #expect(paths.count == 11)
        #expect(paths.prefix(8).allSatisfy { $0.attributes["stroke-dasharray"] == nil })
        #expect(paths.suffix(3).allSatisfy { $0.attributes["stroke-dasharray"] != nil })
    }

    @Test func aSingleLineIsLabelledAtItsPointsOrAtItsEndsWhenCrowded() {
        let all = svg("line-single-point-labels").all("text").filter { $0.groups.contains("point-labels") }.map(\.text)
        #expect(all == ["693.1亿元", "720亿元", "801.5亿元", "880亿元", "974.2亿元"])
        let crowded = svg("line-many-years").all("text").filter { $0.groups.contains("point-labels") }.map(\.text)
        #expect(crowded == ["100亿元", "1000亿元"])
    }

    @Test func longNamesAreCutWithTheFullNameInATooltip() {
        for name in ["bar-long-names", "line-long-names"] {
            let chart = svg(name)
            #expect(chart.all("text").contains { $0.text.hasSuffix("…") }, "\(name)")
            #expect(chart.markTitles.contains { $0.hasPrefix(ChartCases.longName) }, "\(name)")
        }
        let grouped = svg("column-grouped")
        #expect(grouped.all("text").contains { $0.groups.contains("legend") && $0.text.hasSuffix("…") })
        #expect(grouped.markTitles.contains(ChartCases.longName))
    }

    @Test func severalSeriesAsColumnsAreGroupedPerYear() {
        let chart = svg("column-grouped")
        let columns = chart.all("rect").filter { $0.groups.last == "column" }
        #expect(columns.count == 8)  // 3 regions × 3 years, one figure missing
        #expect(chart.all("g").contains { $0.attributes["class"] == "legend" })
        // Within a year the columns sit side by side, in series order, without overlapping.
        let first = columns.filter { $0.number("x")! < 200 }.map { ($0.number("x")!, $0.number("width")!) }
        #expect(first.count == 3)
        for (a, b) in zip(first, first.dropFirst()) { #expect(a.0 + a.1 <= b.0) }
        #expect(chart.markTitles.contains("宁波市 2024: 85亿元"))
    }

    @Test func valueLabelsMayBeWiderThanTheirColumnButNotTheirSlot() {
        let chart = svg("column-wide-labels")
        let columns = chart.all("rect")
        let labels = chart.all("text").filter { $0.groups.last == "value-labels" }
        #expect(labels.count == 7)
        #expect(labels.contains { TextWidth.of($0.text, fontSize: $0.fontSize) > columns[0].number("width")! })
        let grouped = svg("column-grouped-crowded")
        #expect(grouped.all("text").filter { $0.groups.last == "value-labels" }.isEmpty)
    }

    @Test func aMissingYearIsAnEmptySlotNotAZeroColumn() {
        let chart = svg("column-gap")
        #expect(chart.all("rect").count == 2)
        #expect(chart.all("text").filter { $0.groups.last == "axis x-axis" }.count == 5)
        let zeros = svg("column-all-zero").all("rect")
        #expect(zeros.count == 3 && zeros.allSatisfy { $0.number("height")! > 0 })
    }

    @Test func yearLabelsAreThinnedButKeepTheEnds() {
        let labels = svg("line-many-years").all("text").filter { $0.groups.last == "axis x-axis" }.map(\.text)
        #expect(labels.count < 31)
        #expect(labels.first == "1994" && labels.last == "2024")
    }

    @Test func hugeAndTinyNumbersGetReadableDistinctTicks() {
        let huge = svg("line-huge").all("text").filter { $0.groups.last == "axis y-axis" }.map(\.text)
        #expect(huge.dropFirst().allSatisfy { $0.hasSuffix("亿") })
        let tiny = svg("line-tiny").all("text").filter { $0.groups.last == "axis y-axis" }.map(\.text)
        #expect(tiny == ["0", "0.0002", "0.0004", "0.0006", "0.0008"])
    }

    @Test func contentIsEscaped() {
        let hostile = "<script>alert(1)</script>\"'&"
        let svgs = [
            LineChart(title: hostile, description: hostile, categories: [hostile], series: [ChartSeries(name: hostile, values: [1])], tickFormat: .plain).svg(id: "x"),
            LineChart(title: hostile, description: hostile, categories: ["a"], series: [ChartSeries(name: hostile, values: [1]), ChartSeries(name: "b", values: [2])], tickFormat: .plain).svg(id: "x"),
            BarChart(title: hostile, description: hostile, bars: [.init(label: hostile, value: 1, display: hostile)]).svg(id: "x"),
            ColumnChart(title: hostile, description: hostile, categories: [hostile], series: [ChartSeries(name: hostile, values: [1]), ChartSeries(name: hostile, values: [2])], tickFormat: .plain).svg(id: "x"),
            Sparkline(title: hostile, description: hostile, values: [1, 2]).svg(id: "x"),
        ]
        for svg in svgs {
            #expect(!svg.contains("<script"))
            #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"))
        }
    }

    @Test func valuesThatAreNotNumbersAreLeftOut() {
        let svg = LineChart(
            title: "t", description: "d", categories: ["a", "b", "c"], series: [ChartSeries(name: "s", values: [1, .nan, .infinity])],
            tickFormat: .plain
        ).svg(id: "c", layout: .wide)
        #expect(!svg.contains("NaN") && !svg.contains("inf"))
        #expect(count("<circle", in: svg) == 1)
    }

    @Test func sameInputSameBytes() {
        let make = { ChartCases.line([ChartCases.labelled("a", [693.1, 700, nil, 900, 974.2]), ChartCases.labelled("b", [1, 2, 3, 4, 5])]) }
        for layout in ChartLayout.allCases {
            #expect(make()(layout) == make()(layout))
            #expect(ChartCases.bar([("甲", 1.5), ("乙", -2)])(layout) == ChartCases.bar([("甲", 1.5), ("乙", -2)])(layout))
        }
    }
}
