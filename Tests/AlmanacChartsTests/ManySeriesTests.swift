import Testing

@testable import AlmanacCharts

/// More series than colours: the highlighted ones in colour over the others in grey, or small
/// multiples on one scale.
@Suite struct ManySeriesTests {
    func svg(_ name: String) -> SVGInspection { SVGInspection(ChartCases.all.first { $0.name == name }!.svg) }

    @Test(arguments: ["line-33-highlight", "line-33-highlight.narrow"])
    func theHighlightedSeriesAreInColourOverTheOthersInGrey(_ name: String) {
        let chart = svg(name)
        let context = chart.all("path").filter { $0.groups.last == "series context" && !$0.isDots }
        let coloured = chart.all("path").filter { $0.groups.last == "series" && !$0.isDots }
        #expect(context.count == 31 && coloured.count == 2)
        #expect(context.allSatisfy { $0.attributes["style"]!.contains("--almanac-chart-context") && $0.number("stroke-width")! == 1 })
        #expect(coloured.allSatisfy { $0.number("stroke-width")! > 2 })
        // In colour order of the highlight list: Country 21 first, Country 5 second.
        #expect(coloured.map { $0.attributes["style"]! } == ["stroke:var(--almanac-series-1,#0072b2)", "stroke:var(--almanac-series-2,#e69f00)"])
        // Drawn last, over the grey.
        let paths = chart.all("path").filter { $0.groups.last?.hasPrefix("series") == true && !$0.isDots }
        #expect(paths.suffix(2).allSatisfy { $0.groups.last == "series" })
        // The legend names the highlighted ones, then the note for the grey ones.
        let legend = chart.all("text").filter { $0.groups.contains("legend") }.map(\.text)
        #expect(legend == ["Country 21", "Country 5", "其他地区（灰色）"])
    }

    @Test func aFewSeriesKeepTheirColoursAndTheHighlightedOneIsOnTop() {
        let series = (0..<3).map { ChartCases.labelled(ChartCases.cities[$0], [Double($0), Double($0 + 1)]) }
        let chart = LineChart(title: "t", description: "d", categories: ["2023", "2024"], series: series, tickFormat: .plain, highlight: [0])
        #expect(!chart.drawsSmallMultiples)
        for layout in ChartLayout.allCases {
            let paths = SVGInspection(chart.svg(id: "c", layout: layout)).all("path").filter { $0.groups.last == "series" && !$0.isDots }
            #expect(paths.count == 3 && !paths.contains { $0.groups.contains("series context") })
            #expect(paths.last!.attributes["style"] == "stroke:var(--almanac-series-1,#0072b2)")
            #expect(paths.last!.number("stroke-width") == 3 && paths.dropLast().allSatisfy { $0.number("stroke-width") == 2 })
        }
    }

    @Test func withoutANoteTheLegendNamesOnlyTheHighlighted() {
        let chart = LineChart(
            title: "t", description: "d", categories: ChartCases.fiveYearly, series: ChartCases.countries, tickFormat: .plain, highlight: [0, 0, 99])
        let legend = SVGInspection(chart.svg(id: "c", layout: .narrow)).all("text").filter { $0.groups.contains("legend") }.map(\.text)
        #expect(legend == ["Country 1"])  // each highlighted once; an index out of range is ignored
    }

    @Test func nothingHighlightedAndManySeriesMakeSmallMultiples() {
        let chart = LineChart(title: "t", description: "d", categories: ChartCases.fiveYearly, series: ChartCases.countries, tickFormat: .plain)
        #expect(chart.drawsSmallMultiples)
        #expect(!LineChart(title: "t", description: "d", categories: ["a"], series: Array(ChartCases.countries.prefix(8)), tickFormat: .plain).drawsSmallMultiples)
        var highlighted = chart
        highlighted.highlight = [3]
        #expect(!highlighted.drawsSmallMultiples)
        var forced = chart
        forced.form = .lines
        #expect(!forced.drawsSmallMultiples)
        var asked = LineChart(title: "t", description: "d", categories: ["a", "b"], series: Array(ChartCases.countries.prefix(2)), tickFormat: .plain)
        asked.form = .smallMultiples
        #expect(asked.drawsSmallMultiples)
        #expect(asked.svg(id: "x").hasPrefix("<div class=\"chart-multiples\""))
    }

    @Test func smallMultiplesArePanelsOnOneScaleEachTitled() {
        let html = ChartCases.multiples[0].html
        #expect(html.hasPrefix("<div class=\"chart-multiples\" id=\"m\" role=\"group\" aria-labelledby=\"m-title\" aria-describedby=\"m-desc\">"))
        let panels = ChartCases.panels(html).map(SVGInspection.init)
        #expect(panels.count == 33)
        // One scale: the same tick labels at the same heights in every panel.
        let axes = panels.map { panel in
            panel.all("text").filter { $0.groups.last == "axis y-axis" }.map { "\($0.text)@\($0.attributes["y"]!)" }
        }
        #expect(Set(axes).count == 1 && axes[0].count >= 2)
        // Each titled with its series, as an accessible image.
        for (index, panel) in panels.enumerated() {
            #expect(panel.all("title").first?.text == "Country \(index + 1)")
            #expect(panel.elements[0].attributes["role"] == "img")
            #expect(panel.elements[0].attributes["id"] == "m-\(index + 1)")
            #expect(panel.all("path").filter { $0.groups.last == "series" && !$0.isDots }.count == 1)
        }
    }

    @Test func aLongPanelTitleIsCutAndTheScaleMayBeLog() {
        let panels = ChartCases.panels(ChartCases.multiples[1].html).map(SVGInspection.init)
        #expect(panels[1].all("text")[0].text.hasSuffix("…"))
        #expect(panels[1].all("title")[0].text == ChartCases.longName)
        let ticks = panels[0].all("text").filter { $0.groups.last == "axis y-axis" }.map(\.text)
        #expect(ticks == ["1万", "100万", "1亿"])
    }
}
