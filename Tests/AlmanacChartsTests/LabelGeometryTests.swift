import Testing

@testable import AlmanacCharts

/// Labels never on marks, checked on the geometry of the SVG each chart emits: the box of every
/// text against the box of every bar, column and dot and against every line segment (the series'
/// lines, leaders, swatches, the zero line of a ranking, the break of a cut ranking).
@Suite struct LabelGeometryTests {
    @Test(arguments: LayoutTests.drawings.map(\.name))
    func noTextTouchesAMark(_ name: String) {
        let chart = SVGInspection(LayoutTests.drawings.first { $0.name == name }!.svg)
        #expect(chart.textOnMarks.isEmpty, "\(name): \(chart.textOnMarks)")
    }

    @Test func theCheckFindsALabelOnALine() {
        // A hand-made chart with a label across its line: the inspection must see it.
        let svg = """
            <svg viewBox="0 0 200 100"><g class="series"><path d="M0 100L200 0" stroke-width="2"/></g>\
            <text x="100" y="50" dy="0.32em" text-anchor="middle">on the line</text>\
            <rect x="150" y="80" width="20" height="20"/><text x="152" y="90">box</text></svg>
            """
        let found = SVGInspection(svg).textOnMarks
        #expect(found.count == 2, "\(found)")
    }

    @Test func aSteepLineKeepsItsValuesOffItself() {
        // 10 → 400 → 20 → 900: the labels move beside their points rather than sit on the line.
        let chart = SVGInspection(ChartCases.all.first { $0.name == "line-steep" }!.svg)
        let labels = chart.all("text").filter { $0.groups.contains("point-labels") }
        #expect(labels.count >= 2)
        #expect(chart.textOnMarks.isEmpty)
    }

    @Test func groupedColumnLabelsAreLeftOutRatherThanDrawnOverTheirNeighbours() {
        // Labels wider than their column, the neighbour taller: none is written over it.
        let chart = ColumnChart(
            title: "t", description: "d", categories: ["2023", "2024"],
            series: [ChartCases.labelled("甲", [10, 10]), ChartCases.labelled("乙", [100, 100])], tickFormat: .plain)
        for layout in ChartLayout.allCases {
            let drawn = SVGInspection(chart.svg(id: "c", layout: layout))
            #expect(drawn.textOnMarks.isEmpty, "\(layout): \(drawn.textOnMarks)")
        }
    }
}
