import Foundation
import Testing

@testable import AlmanacCharts

/// The two drawings of a chart: both in the page under one accessible name, each laid out for its
/// width, and neither with text that renders below 11 px at the narrowest width it is shown at.
@Suite struct ResponsiveTests {
    func drawing(_ name: String) -> SVGInspection { SVGInspection(ChartCases.all.first { $0.name == name }!.svg) }

    @Test func aPageGetsBothDrawingsWithUniqueIds() {
        let charts: [String] = [
            LineChart(title: "t", description: "d", categories: ["a", "b"], series: [ChartSeries(name: "s", values: [1, 2])], tickFormat: .plain).svg(id: "c7"),
            ColumnChart(title: "t", description: "d", categories: ["a", "b"], series: [ChartSeries(name: "s", values: [1, 2])], tickFormat: .plain).svg(id: "c7"),
            BarChart(title: "t", description: "d", bars: [.init(label: "a", value: 1, display: "1")]).svg(id: "c7"),
        ]
        for svg in charts {
            let roots = svg.components(separatedBy: "<svg ").dropFirst().map { SVGInspection("<svg " + $0) }
            #expect(roots.count == 2)
            let (wide, narrow) = (roots[0].elements[0].attributes, roots[1].elements[0].attributes)
            // The wide drawing keeps the classes themes know; the style sheet hides it where the narrow one shows.
            #expect(wide["class"]!.split(separator: " ").count == 2 && narrow["class"]! == wide["class"]! + " chart-narrow")
            #expect(wide["id"] == "c7" && narrow["id"] == "c7-n")
            // Each is a whole accessible image (only one is ever displayed).
            #expect(wide["aria-labelledby"] == "c7-title c7-desc")
            #expect(narrow["aria-labelledby"] == "c7-n-title c7-n-desc")
            #expect(svg.components(separatedBy: "<desc").count == 3)
            let ids = try! NSRegularExpression(pattern: #" id="([^"]+)""#).matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
                .map { String(svg[Range($0.range(at: 1), in: svg)!]) }
            #expect(Set(ids).count == ids.count, "\(ids)")
        }
    }

    /// Rendered size = font size × rendered width ÷ viewBox width, at the narrowest box each
    /// drawing is shown in: the switch width for the wide one, a 360 px phone's column for the
    /// narrow one, the grid's narrowest column for a panel of small multiples.
    @Test(arguments: LayoutTests.drawings.map(\.name))
    func noTextRendersBelowElevenPixels(_ name: String) throws {
        let chart = SVGInspection(LayoutTests.drawings.first { $0.name == name }!.svg)
        guard let smallest = chart.smallestFontSize else { return }  // a sparkline has no text
        let shownAt =
            name.contains(" #") ? SmallMultiples.minimumColumn : name.hasSuffix(".narrow") ? ChartLayout.narrowestBox : ChartLayout.switchWidth
        let rendered = smallest * shownAt / chart.width
        #expect(rendered >= ChartLayout.minimumTextSize, "\(name): \(smallest) units of \(chart.width) at \(shownAt) px = \(rendered) px")
    }

    @Test func theNarrowDrawingHasFewerTicksAndYearsAndALegend() {
        func count(_ chart: SVGInspection, _ group: String) -> Int { chart.all("text").filter { $0.groups.last == group }.count }
        let wide = drawing("line-many-years")
        let narrow = drawing("line-many-years.narrow")
        #expect(narrow.width < wide.width / 1.5)
        #expect(count(narrow, "axis x-axis") <= count(wide, "axis x-axis"))
        #expect(count(narrow, "axis y-axis") < count(wide, "axis y-axis"))
        #expect(count(drawing("line-five-yearly.narrow"), "axis x-axis") < count(drawing("line-five-yearly"), "axis x-axis"))
        // Two regions: named at the line ends on the desktop, in a legend on the phone.
        #expect(drawing("line-two-regions").all("g").contains { $0.attributes["class"] == "series-names" })
        #expect(drawing("line-two-regions.narrow").all("g").contains { $0.attributes["class"] == "legend" })
        // Ranking names on their own line above the bar, whole.
        let names = drawing("bar-long-names.narrow").all("text").map(\.text)
        #expect(names.contains(ChartCases.longName))
    }

    /// The page carries both drawings; the narrow one leaves out what a phone does not use
    /// (tooltips, the font list the page already gives, dots on long lines), so that it adds
    /// less than the wide one weighs.
    @Test func theNarrowDrawingIsLighter() {
        for (name, wide) in ChartCases.all where !name.hasSuffix(".narrow") && !name.hasPrefix("sparkline") {
            let narrow = ChartCases.all.first { $0.name == name + ".narrow" }!.svg
            #expect(narrow.utf8.count < wide.utf8.count, "\(name): \(narrow.utf8.count) bytes narrow, \(wide.utf8.count) wide")
        }
    }
}
