import AlmanacMarkup
import Testing

@testable import AlmanacCharts

/// The compact drawing a page of many charts shows in a grid: the narrow drawing alone, with the
/// wide drawing's classes, legible in the grid's narrowest column.
@Suite struct CompactDrawingTests {
    static let years = (2015...2034).map(String.init)
    static let values: [Double?] = (0..<20).map { 500 + Double($0 * $0) * 1.7 }

    static func line(_ series: [ChartSeries]) -> LineChart {
        LineChart(title: "产值", description: "描述", categories: years, series: series, tickFormat: .plain)
    }

    static func column(_ series: [ChartSeries]) -> ColumnChart {
        ColumnChart(title: "产值", description: "描述", categories: Array(years.prefix(5)), series: series, tickFormat: .plain)
    }

    static let one = [ChartSeries(name: "县0", values: values, labels: values.map { "\($0!)亿元" })]
    static let two = one + [ChartSeries(name: "县1", values: values.map { $0! * 0.8 })]

    static let cases: [(name: String, compact: String, narrow: String)] = [
        ("line", MarkupBytes.svg { line(one).writeCompact(id: "c", into: &$0) }, line(one).svg(id: "c", layout: .narrow)),
        ("two lines", MarkupBytes.svg { line(two).writeCompact(id: "c", into: &$0) }, line(two).svg(id: "c", layout: .narrow)),
        ("column", MarkupBytes.svg { column(one).writeCompact(id: "c", into: &$0) }, column(one).svg(id: "c", layout: .narrow)),
    ]

    @Test(arguments: cases.map(\.name))
    func isTheNarrowDrawingShownAtEveryWidth(_ name: String) throws {
        let (_, compact, narrow) = Self.cases.first { $0.name == name }!
        #expect(compact.components(separatedBy: "<svg ").count == 2)
        let drawing = SVGInspection(compact), phone = SVGInspection(narrow)
        let root = try #require(drawing.elements.first).attributes
        // Shown at every width: the wide drawing's classes, not the narrow one's, and the id as given.
        #expect(root["class"]?.split(separator: " ").count == 2 && root["class"]?.contains("narrow") == false)
        #expect(root["id"] == "c" && root["aria-labelledby"] == "c-title c-desc")
        // Otherwise the narrow drawing itself, mark for mark.
        #expect(compact == narrow.replacingOccurrences(of: " chart-narrow\"", with: "\""))
        #expect(drawing.width == phone.width && drawing.all("text").count == phone.all("text").count)
        // It inherits the page's font, like the narrow drawing.
        #expect(!compact.contains("font-family"))
        // Its text renders at 11 px or more in the grid's narrowest column.
        let smallest = try #require(drawing.smallestFontSize)
        #expect(smallest * ChartLayout.narrowestBox / drawing.width >= ChartLayout.minimumTextSize)
    }

    @Test func smallMultiplesStayAsTheyAre() {
        let many = (0..<12).map { ChartSeries(name: "县\($0)", values: Self.values) }
        let chart = Self.line(many)
        #expect(chart.drawsSmallMultiples)
        #expect(MarkupBytes.svg { chart.writeCompact(id: "c", into: &$0) } == chart.svg(id: "c"))
    }
}
