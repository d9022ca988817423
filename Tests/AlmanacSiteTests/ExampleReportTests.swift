import AlmanacData
import Foundation
import Testing

@testable import AlmanacSite

/// Builds the repository's own example report (Content/, Templates/) and inspects the site.
@Suite(.serialized) struct ExampleReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    /// One build shared by the tests of this suite.
    static let built: Result<(URL, SiteBuilder.Report), Error> = Result {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-example-\(UUID().uuidString)")
        return (output, try SiteBuilder.build(SiteBuilder.Options(site: repository, output: output)))
    }

    let output: URL

    init() throws {
        let (output, report) = try Self.built.get()
        self.output = output
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func csvRows(_ path: String) throws -> [[String]] {
        try CSVReader.read([UInt8](Data(contentsOf: output.appendingPathComponent(path)))).map(\.fields)
    }

    @Test func everyPageOfTheSpecExists() throws {
        var expected = [
            "index.html", "404.html", "assets/style.css", "regions/index.html", "indicators/index.html",
            "years/index.html", "pages/index.html", "data/index.html", "data/observations.csv", "data/observations.json",
        ]
        let regionIDs = try CSVReader.read([UInt8](Data(contentsOf: Self.repository.appendingPathComponent("Content/regions.csv"))))
            .dropFirst().map { $0.fields[0] }
        let indicatorIDs = try CSVReader.read([UInt8](Data(contentsOf: Self.repository.appendingPathComponent("Content/indicators.csv"))))
            .dropFirst().map { $0.fields[0] }
        #expect(regionIDs.count == 15)
        expected += regionIDs.map { "regions/\($0)/index.html" }
        expected += indicatorIDs.flatMap { ["indicators/\($0)/index.html", "data/indicators/\($0).csv"] }
        expected += ["pages/2022/linan/index.html", "pages/2024/quzhou/index.html", "pages/2017/zhejiang/index.html",
            "pages/2021/hebei/index.html", "pages/2024/shunde/index.html"]
        expected += [2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024].map { "years/\($0)/index.html" }
        let present = Set(files(under: output))
        #expect(expected.filter { !present.contains($0) } == [])
    }

    @Test func linanFiguresAndCAGRAgreeEverywhere() throws {
        let article = try page("pages/2022/linan/index.html")
        #expect(article.contains(">693.1亿元</span>"))
        #expect(article.contains(">974.2亿元</span>"))
        #expect(article.contains("<span class=\"figure cagr\" title=\"2016–2020年\">8.9%</span>"))
        let indicator = try page("indicators/industrial-output/index.html")
        // The regions × years table: Lin'an's row has both figures and the CAGR.
        let row = try #require(indicator.components(separatedBy: "<tr>").first { $0.contains(">临安区</a></th>") })
        #expect(indicator.contains("<caption class=\"table-unit\">单位：亿元</caption>"))
        #expect(row.contains(">693.1</td>"))
        #expect(row.contains(">974.2</td>"))
        #expect(row.contains(">8.9%</td>"))
        #expect(try page("index.html").contains(">8.9%</span>"))
    }

    @Test func everyChartIsAccessibleAndHasItsData() throws {
        var charts = 0
        for path in files(under: output) where path.hasSuffix(".html") {
            let html = try page(path)
            for svg in html.components(separatedBy: "<svg ").dropFirst() {
                let tag = svg.components(separatedBy: ">")[0]
                // A map legend's swatches are decoration, hidden from assistive technology.
                if tag.contains("aria-hidden=\"true\"") { continue }
                charts += 1
                #expect(tag.contains("role=\"img\""), "\(path)")
                #expect(svg.contains("<title id="), "\(path)")
                #expect(svg.contains("<desc id="), "\(path)")
                let desc = svg.components(separatedBy: "<desc")[1].components(separatedBy: "</desc>")[0]
                #expect(desc.count > 10, "\(path): empty description")
            }
            if path.hasPrefix("regions/") || path.hasPrefix("indicators/") || path.hasPrefix("pages/") {
                let figures = html.components(separatedBy: "<figure class=\"chart-figure\">").count
                    + html.components(separatedBy: "<figure class=\"map-figure\">").count - 2
                let tables = html.components(separatedBy: "<details class=\"chart-data\">").count - 1
                #expect(figures == tables, "\(path): a chart without its data table")
            }
        }
        #expect(charts > 40)
    }

    @Test func linksAreRelativeAndResolve() throws {
        for path in files(under: output) where path.hasSuffix(".html") {
            for link in links(in: try page(path)) {
                #expect(!link.hasPrefix("/"), "\(path): \(link)")
                #expect(!link.hasPrefix("http"), "\(path): \(link)")
            }
        }
        #expect(try brokenLinks(in: output) == [])
    }

    @Test func theRepositorysTemplateOverrideIsUsed() throws {
        let home = try page("index.html")
        #expect(home.contains("数据摘自五篇公开报道"))
        #expect(!home.contains("<p>区域质量提升年报（示例） · 由 Almanac 生成</p>"))
    }

    @Test func everyReportedRowHasASourceAndDerivedRowsSaySo() throws {
        let rows = try csvRows("data/observations.csv")
        let header = rows[0]
        #expect(header == ["region", "region_name", "year", "indicator", "indicator_name", "value", "unit", "origin", "source", "note"])
        let reported = rows.dropFirst().filter { $0[7] == "reported" }
        #expect(reported.count == 47)
        #expect(reported.allSatisfy { !$0[8].isEmpty })
        let derived = reported.filter { $0[9].contains("推算值") }
        #expect(Set(derived.map { "\($0[0])/\($0[2])" }) == ["linan-cable/2020", "quzhou/2023", "dingzhou-sports/2020"])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: second) }
        _ = try SiteBuilder.build(SiteBuilder.Options(site: Self.repository, output: second))
        let first = files(under: output)
        #expect(first == files(under: second))
        for path in first {
            let a = try Data(contentsOf: output.appendingPathComponent(path))
            let b = try Data(contentsOf: second.appendingPathComponent(path))
            #expect(a == b, "\(path) differs")
        }
    }
}
