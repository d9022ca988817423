import Foundation
import Testing

@testable import AlmanacSite

/// Where a table's figures come from: said once under a table whose figures all share it, in each
/// cell's tooltip where they differ; and a chart's table states its unit once like any other.
@Suite struct TableProvenanceTests {
    /// The tables of `page`, each as its markup from `<table` to the end of its wrapper.
    func tables(_ page: String) -> [String] {
        page.components(separatedBy: "<div class=\"table-wrap\">").dropFirst().map { $0.components(separatedBy: "</div>")[0] }
    }

    @Test func aTableWhoseFiguresShareASourceSaysItOnce() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try site.build()
        // Lin'an's two figures of output both cite 临安通报: its main table and its chart's table.
        let page = try site.read("regions/la/index.html")
        let all = tables(page)
        #expect(all.count == 2)
        for table in all {
            #expect(table.contains("<p class=\"table-note\">来源：临安通报</p>"), "\(table)")
            #expect(!table.contains("title=\"来源"), "\(table)")
        }
    }

    @Test func aTableWhoseFiguresDifferKeepsEachCellsTooltip() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try site.build()
        // The indicator's regions × years table: Lin'an's, Quzhou's and Hangzhou's own sources
        // and Zhejiang's roll-up.
        let page = try site.read("indicators/output/index.html")
        let table = try #require(tables(page).first { $0.contains(">衢州市<") && $0.contains(">临安区<") })
        #expect(table.contains("title=\"来源：衢州\""))
        #expect(table.contains("title=\"来源：临安通报\""))
        #expect(!table.contains("<p class=\"table-note\">来源："))
    }

    @Test func someFiguresWithoutASourceKeepTheOthersInTheirCells() {
        let figure = { (title: String?) in TableModel.Cell(text: "1", classes: "num", title: title, figure: true) }
        var table = TableModel(
            columns: [TableModel.Column(label: "a"), TableModel.Column(label: "b", numeric: true)],
            rows: [
                [TableModel.Cell(text: "x", header: true), figure("来源：甲")],
                [TableModel.Cell(text: "y", header: true), figure(nil)],
                [TableModel.Cell(text: "z", header: true), TableModel.Cell(text: "–", classes: "num missing")],
            ])
        table.sayProvenanceOnce()
        #expect(table.provenance == nil)
        #expect(table.rows[0][1].title == "来源：甲")
        // Without the figure that has none, the one source is said once; the missing cell is no figure.
        table.rows.remove(at: 1)
        table.sayProvenanceOnce()
        #expect(table.provenance == "来源：甲")
        #expect(table.rows.allSatisfy { $0.allSatisfy { $0.title == nil } })
    }

    @Test func aChartsTableStatesItsUnitOnce() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try site.build()
        let page = try site.read("regions/la/index.html")
        let data = try #require(page.components(separatedBy: "<details class=\"chart-data\">").dropFirst().first)
        #expect(data.contains("<caption class=\"table-unit\">单位：亿元</caption>"))
        #expect(data.contains(">693.1</td>") && data.contains(">974.2</td>"))
        #expect(!data.contains("亿元</td>"))
    }
}
