import AlmanacData
import Foundation
import Testing

@testable import AlmanacSite

/// Data as offices keep it, through a whole build: the same figures given as Almanac's CSV and as
/// a workbook with a title row and Chinese headers, a GB18030 export and a loader — names for
/// ids, sidecars saying how to read them — build byte-identical sites; and each way such data
/// goes wrong is one clear error that leaves the last Output as it was.
@Suite struct DataAsItComesTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures").standardizedFileURL

    static func fixture(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(path)))
    }

    /// TestSite.basic with `loaders: true` (both variants say it, so both have the same site.yml).
    static var asCSV: [String: String] {
        var files = TestSite.basic
        files["Content/site.yml"] = "title: 测试报告\nfeatured: [output]\nloaders: true\n"
        return files
    }

    /// The same figures: output as a workbook and a loader, patents as a GB18030 export.
    static func asTheyCome(_ site: TestSite) throws {
        try site.write("Content/data/output.xlsx", bytes: try fixture("workbooks/site-output.xlsx"))
        try site.write(
            "Content/data/output.yml",
            "# 产值表：第一行是标题\nsheet: 产值\nheader_row: 2\ncolumns:\n  地区: region\n  年份: year\n  指标: indicator\n  数值: value\n  来源: source\n"
                + "ignore: [填表人]\nsource: 临安通报\n")
        try site.writeProgram("Content/data/hangzhou.csv.sh", "#!/bin/sh\nprintf 'region,year,indicator,value,source\\n杭州市,2020,output,974.2,杭州\\n'\n")
        try site.write("Content/data/patents.csv", bytes: try fixture("encodings/site-patents-gb18030.csv"))
        try site.write("Content/data/patents.yml", "encoding: gb18030\ncolumns: {地区: region, 年份: year, 备注: note}\n")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/data/output.csv"))
        var regions = TestSite.basic["Content/regions.csv"]!.replacingOccurrences(of: "id,name,parent,level\n", with: "id,name,parent,level,aliases\n")
        regions = regions.replacingOccurrences(of: "la,临安区,hz,区\n", with: "la,临安区,hz,区,临安\n")
        for id in ["zj,浙江省,,省", "hz,杭州市,zj,市", "qz,衢州市,zj,市"] { regions = regions.replacingOccurrences(of: id + "\n", with: id + ",\n") }
        try site.write("Content/regions.csv", regions)
    }

    func built(_ site: TestSite) throws -> [String: Data] {
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        var contents: [String: Data] = [:]
        for path in files(under: site.output) { contents[path] = try Data(contentsOf: site.output.appendingPathComponent(path)) }
        return contents
    }

    @Test func theSameFiguresAsTheyComeBuildTheSameSite() throws {
        let csv = try TestSite(Self.asCSV)
        let offices = try TestSite(Self.asCSV)
        defer {
            csv.remove()
            offices.remove()
        }
        try Self.asTheyCome(offices)
        let expected = try built(csv)
        let got = try built(offices)
        #expect(expected.count > 20)
        #expect(got.keys.sorted() == expected.keys.sorted())
        let differing = expected.keys.filter { expected[$0] != got[$0] }.sorted()
        #expect(differing.isEmpty, "differ: \(differing)")
        let observations = String(decoding: got["data/observations.csv"] ?? Data(), as: UTF8.self)
        #expect(observations.contains("推算值") && observations.contains("临安通报") && observations.contains("杭州"))
    }

    @Test func theSummaryCountsRowsNotFigures() throws {
        var files = TestSite.basic
        files["Content/data/patents.csv"] = "region,year,patents,output\nqz,2023,4573,1\nqz,2024,5590,2\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let report = try site.build()
        #expect(report.rows == 6)  // 4 tidy rows and 2 wide rows of 2 figures each
    }

    /// The site as it comes, built once; then each bad file in turn is refused with its message,
    /// and the output stays the last good one.
    @Test(arguments: [
        ("Content/data/output.xlsx", "workbooks/truncated.xlsx", "Content/data/output.xlsx:1:1: error: file is not a readable .xlsx workbook"),
        ("Content/data/output.xlsx", "workbooks/encrypted.xlsx", "Content/data/output.xlsx:1:1: error: workbook is encrypted (password-protected)"),
        ("Content/data/output.yml", "sheet: 2025年\n", "Content/data/output.yml:1:1: error: Content/data/output.xlsx has no sheet \"2025年\" (its sheets are: 产值)"),
        ("Content/data/output.yml", "sheet: 产值\nheader_row: 40\n", "Content/data/output.yml:2:1: error: header_row is 40, past the end: the last row with a value is 5 (sheet 产值)"),
        ("Content/data/hangzhou.csv.sh", "#!/bin/sh\nexec sleep 30\n", "Content/data/hangzhou.csv.sh:1:1: error: loader did not finish within 1 s and was stopped"),
        ("Content/data/patents.yml", "encoding: big5\n", "Content/data/patents.yml:1:1: error: encoding \"big5\" is not one of utf-8, gb18030, gbk"),
    ])
    func badInputIsOneClearErrorAndTheLastOutputStays(path: String, replacement: String, message: String) throws {
        let site = try TestSite(Self.asCSV)
        defer { site.remove() }
        try Self.asTheyCome(site)
        try site.write("Content/site.yml", "title: 测试报告\nfeatured: [output]\nloaders: true\nloader_timeout: 1\n")
        let good = try built(site)
        if replacement.hasSuffix(".xlsx") {
            try site.write(path, bytes: try Self.fixture(replacement))
        } else if path.hasSuffix(".sh") {
            try site.writeProgram(path, replacement)
        } else {
            try site.write(path, replacement)
        }
        do {
            try site.build()
            Issue.record("the build succeeded")
        } catch let errors as ContentErrors {
            let lines = errors.diagnostics.filter { $0.severity == .error }.map(\.description)
            #expect(lines.contains { $0.hasPrefix(message) }, "\(lines)")
            #expect(lines.count == 1 || path.hasSuffix(".yml"), "\(lines)")
        }
        var after: [String: Data] = [:]
        for file in files(under: site.output) { after[file] = try Data(contentsOf: site.output.appendingPathComponent(file)) }
        #expect(after == good)
    }
}
