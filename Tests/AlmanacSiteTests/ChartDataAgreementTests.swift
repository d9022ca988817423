import AlmanacData
import Foundation
import Testing

@testable import AlmanacSite

/// Every chart of a built site says the same as the table behind it, and that table says the same
/// as the model: each value a mark shows is in the table at its row and year, and each figure in
/// the table is the ``Dataset``'s, formatted with the indicator's decimals and unit.
@Suite struct ChartDataAgreementTests {
    struct Built {
        var output: URL
        var dataset: Dataset
        var pages: [String]
    }

    func build(_ root: URL) throws -> Built {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-agree-\(UUID().uuidString)")
        _ = try SiteBuilder.build(SiteBuilder.Options(site: root, output: output))
        let dataset = ContentLoader.load(SiteFiles(root: root), includeDrafts: false).content.dataset
        return Built(output: output, dataset: dataset, pages: files(under: output).filter { $0.hasSuffix(".html") })
    }

    /// A figure as a table shows it: without its unit where the table states the unit apart.
    func display(_ figure: Figure?, _ indicator: Indicator, unitApart: Bool) -> String {
        figure.map { figure in
            var text = NumberFormat.value(figure.value, of: indicator)
            if unitApart, text.hasSuffix(indicator.unit) {
                text = String(text.dropLast(indicator.unit.count)).trimmingCharacters(in: .whitespaces)
            }
            return text + (figure.isPartial ? "*" : "")
        } ?? "–"
    }

    /// The indicator a chart shows, from its caption (which starts with the indicator's name) or the page.
    func indicator(of chart: ParsedChart, page: String, in dataset: Dataset) -> Indicator? {
        if page.hasPrefix("indicators/"), let id = page.split(separator: "/").dropFirst().first {
            return dataset.indicator(String(id))
        }
        return dataset.indicators.filter { chart.caption.hasPrefix($0.name) }.max { $0.name.count < $1.name.count }
    }

    /// Returns how many values were compared.
    func check(_ built: Built) throws -> Int {
        let dataset = built.dataset
        let regionIDs = Dictionary(dataset.tree.preorder.map { (dataset.region($0)!.name, $0) }, uniquingKeysWith: { a, _ in a })
        var compared = 0
        for page in built.pages {
            let html = try String(contentsOf: built.output.appendingPathComponent(page), encoding: .utf8)
            for chart in ParsedChart.all(in: html) {
                guard let table = chart.table else {
                    Issue.record("\(page): \(chart.caption) has no data table")
                    continue
                }
                // Every chart but a sparkline or a compact drawing (the narrow one shown alone, in a
                // region's grid of trends, whose values are in its table) shows values to compare.
                let compact = chart.svg.contains("viewBox=\"0 0 340 ")
                #expect(!chart.marks.isEmpty || chart.svg.contains("chart-sparkline") || compact, "\(page): \(chart.caption) shows no values")
                // The picture agrees with its table.
                for mark in chart.marks {
                    let row = mark.name.isEmpty && table.rows.count == 1 ? table.rows[0].name : mark.name
                    if let year = mark.year {
                        let cell = table.cell(row: row, column: String(year)) ?? ""
                        #expect(table.agrees(mark.value, cell: cell, row: row), "\(page): \(chart.caption): \(mark) in \(cell)")
                    } else {
                        let cells = table.rows.first { $0.name == row }?.cells ?? []
                        #expect(cells.contains { table.agrees(mark.value, cell: $0, row: row) }, "\(page): \(chart.caption): \(mark) in \(cells)")
                    }
                    compared += 1
                }
                // The table agrees with the model, where its rows are regions of one indicator.
                guard let indicator = indicator(of: chart, page: page, in: dataset) else { continue }
                for (name, cells) in table.rows {
                    guard let region = regionIDs[name] else { continue }
                    for (column, text) in zip(table.header.dropFirst(), cells) {
                        guard let year = Int(column) else { continue }
                        #expect(text == display(dataset.figure(indicator.id, region, year), indicator, unitApart: table.unit(of: name) != nil), "\(page): \(chart.caption): \(name) \(year)")
                        compared += 1
                    }
                }
            }
        }
        return compared
    }

    @Test func inTheExampleReport() throws {
        let built = try build(ExampleReportTests.repository)
        defer { try? FileManager.default.removeItem(at: built.output) }
        #expect(try check(built) > 100)
    }

    @Test(arguments: ["zh-CN", "en"])
    func inASiteWithGapsNegativesAndLongNames(_ language: String) throws {
        let site = try TestSite(TestSite.charts(language: language))
        defer { site.remove() }
        let built = try build(site.root)
        defer { try? FileManager.default.removeItem(at: built.output) }
        #expect(try check(built) > 300)
    }
}
