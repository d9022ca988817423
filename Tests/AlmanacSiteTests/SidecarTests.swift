import AlmanacData
import Foundation
import Testing

@testable import AlmanacSite

/// `data/NAME.yml`: every key read, every mistake reported where it is written, and sidecars
/// that describe nothing; `almanac new` shows a workbook with one.
@Suite struct SidecarTests {
    func parse(_ text: String) -> (DataFileOptions, [String]) {
        var diagnostics: [Diagnostic] = []
        let options = Sidecar.parse(text, file: "Content/data/x.yml", diagnostics: &diagnostics)
        return (options, diagnostics.map(\.description))
    }

    @Test func everyKey() {
        let (options, problems) = parse("""
            sheet: [2023年, 2024年]
            header_row: 3
            columns:
              地区: region
              年份: year
              专利: patents
            encoding: GB18030
            source: 衢州日报 2024
            ignore: 备注
            """)
        #expect(problems.isEmpty)
        #expect(options.sheets == ["2023年", "2024年"])
        #expect(options.headerRow == 3)
        #expect(options.columns.map { "\($0.header)=\($0.target)@\($0.location.line)" } == ["地区=region@4", "年份=year@5", "专利=patents@6"])
        #expect(options.encoding == .gb18030)
        #expect(options.source == "衢州日报 2024")
        #expect(options.ignore == ["备注"])
        #expect(options.locations["header_row"] == SourceLocation(file: "Content/data/x.yml", line: 2, column: 1))
        #expect(options.sidecar == "Content/data/x.yml")
        #expect(parse("sheet: 数据\n").0.sheets == ["数据"])
    }

    @Test func everyMistakeWhereItIsWritten() {
        let (_, problems) = parse("""
            sheets: 数据
            header_row: three
            columns: [地区, 年份]
            encoding: big5
            source: [a, b]
            ignore: {a: b}
            sheet: {a: b}
            """)
        #expect(problems == [
            "Content/data/x.yml:1:1: error: unknown key \"sheets\" in a sidecar (it may have sheet, header_row, columns, encoding, source, ignore)",
            "Content/data/x.yml:2:1: error: header_row must be a whole number from 1 (the row that holds the column names)",
            "Content/data/x.yml:3:1: error: columns must map the file's column names to region, year, indicator, value, source, note or an indicator",
            "Content/data/x.yml:4:1: error: encoding \"big5\" is not one of utf-8, gb18030, gbk",
            "Content/data/x.yml:5:1: error: source must be text",
            "Content/data/x.yml:6:1: error: ignore must be a column name or a list of names",
            "Content/data/x.yml:7:1: error: sheet must be a sheet's name or a list of names",
        ])
        #expect(parse("header_row: 0\n").1.count == 1)
        #expect(parse("columns:\n  地区: [region]\n").1 == [
            "Content/data/x.yml:2:3: error: columns: \"地区\" must map to one name: region, year, indicator, value, source, note or an indicator",
        ])
        #expect(parse("columns:\n  备注: note\nignore: [备注]\n").1 == [
            "Content/data/x.yml:3:1: error: column \"备注\" is both mapped in columns: and left out by ignore:",
        ])
        #expect(parse("- a\n- b\n").1 == [
            "Content/data/x.yml:1:1: error: a sidecar is a mapping of keys (sheet, header_row, columns, encoding, source, ignore) to values",
        ])
        #expect(parse("header_row: [\n").1.first?.hasPrefix("Content/data/x.yml:") == true)
    }

    @Test func aSidecarOfNothingAndFormatsAlmanacDoesNotRead() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try site.write("Content/data/outptu.yml", "header_row: 2\n")
        try site.write("Content/data/shunde.csv.yml", "header_row: 2\n")
        try site.write("Content/data/old.xls", "")
        try site.write("Content/data/wps.et", "")
        try site.write("Content/data/~$output.xlsx", "")  // Excel's lock file: not a workbook to read
        #expect(try site.check().filter { $0.contains("error") } == [
            "Content/data/old.xls:1:1: error: is an Excel 97–2003 workbook (.xls), which Almanac does not read: save it as an Excel Workbook (.xlsx) or CSV UTF-8",
            "Content/data/outptu.yml:1:1: error: describes no data file: there is no outptu.csv, outptu.xlsx or loader outptu.csv.* beside it",
            "Content/data/shunde.csv.yml:1:1: error: describes no data file: there is no shunde.csv.csv, shunde.csv.xlsx or loader shunde.csv.csv.* beside it (the sidecar of shunde.csv or of its loader is shunde.yml)",
            "Content/data/wps.et:1:1: error: is a WPS spreadsheet (.et), which Almanac does not read: save it as an Excel Workbook (.xlsx) or CSV UTF-8",
        ])
    }

    @Test func theStarterShowsAWorkbookWithASidecar() throws {
        for language in SiteScaffold.Language.allCases {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-starter-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let written = try SiteScaffold.create(at: folder, language: language)
            #expect(written.contains("Content/data/quality.xlsx") && written.contains("Content/data/quality.yml"))
            let ignore = try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
            #expect(ignore.contains("/.almanac-cache/") && ignore.contains("/Output/"))
            let report = try SiteBuilder.build(SiteBuilder.Options(site: folder))
            #expect(report.diagnostics.isEmpty)
            let csv = try String(contentsOf: folder.appendingPathComponent("Output/data/indicators/pass-rate.csv"), encoding: .utf8)
            #expect(csv.contains("east,") && csv.contains(",98.6,") && csv.contains("city,"))
        }
    }
}
