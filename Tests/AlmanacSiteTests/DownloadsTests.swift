/// The downloads: every figure as CSV, compressed CSV and JSON, each indicator's as CSV and JSON;
/// files of all figures left out (and said so) past the size limit; text cells that a
/// spreadsheet would run as formulas defused.
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct DownloadsTests {
    func site() throws -> TestSite {
        var files = TestSite.basic
        files["Content/data/output.csv"] = "region,year,indicator,value,source,note\n"
            + "la,2016,output,693.1,=HYPERLINK(\"http://x\"),+1\nla,2020,output,974.2,@SUM(A1),-note\nqz,2020,output,500,衢州,=1+1\nqz,2021,output,510,,\n"
        return try TestSite(files)
    }

    func gunzip(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everyFormAndEveryIndicator() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        let all = try site.read("data/observations.csv")
        #expect(try gunzip(site.output.appendingPathComponent("data/observations.csv.gz")) == all)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/observations.json")))
        let perIndicator = try JSONSerialization.jsonObject(
            with: Data(contentsOf: site.output.appendingPathComponent("data/indicators/output.json"))) as? [[String: Any]]
        #expect((json as? [Any])?.count == all.split(separator: "\r\n").count - 1)
        #expect(perIndicator?.contains { $0["region"] as? String == "la" && $0["value"] as? Double == 974.2 } == true)
        let page = try site.read("data/index.html")
        #expect(page.contains("<a href=\"../data/observations.csv.gz\">全部数据（CSV，gzip 压缩）</a> <span class=\"size\">"))
        #expect(page.contains("<a href=\"../data/indicators/output.json\">JSON</a> <span class=\"size\">"))
        #expect(!page.contains("未单独提供"))
    }

    @Test func formulasInTextCellsAreDefused() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        let csv = try site.read("data/indicators/output.csv")
        #expect(csv.contains(",reported,\"'=HYPERLINK(\"\"http://x\"\")\",'+1\r\n"))
        #expect(csv.contains(",reported,'@SUM(A1),'-note\r\n"))
        #expect(csv.contains(",reported,衢州,'=1+1\r\n"))
        // Numbers keep their sign, and the JSON keeps the text as it is.
        let json = try site.read("data/indicators/output.json")
        #expect(json.contains("\"source\":\"@SUM(A1)\",\"note\":\"-note\""))
        // A figure without source or note after one with them says none, in both files.
        let bare = csv.split(separator: "\r\n").filter { $0.hasPrefix("qz,") && $0.contains(",2021,output,") }
        #expect(bare.count == 1 && bare.first?.hasSuffix(",reported,,") == true, "\(bare)")
        #expect(json.contains("\"value\":510,\"unit\":\"亿元\",\"origin\":\"reported\",\"source\":null,\"note\":null}"))
        let negative = try TestSite(TestSite.basic.merging(["Content/data/patents.csv": "region,year,patents\nqz,2023,4573\nqz,2024,-3\n"]) { _, new in new })
        defer { negative.remove() }
        try negative.build()
        #expect(try negative.read("data/indicators/patents.csv").contains(",-3,件,"))
    }

    @Test func filesPastTheLimitAreLeftOutAndTheDataPageSaysSo() throws {
        // Enough rows that the compressed file is well under the limit and the others over it.
        let site = try site()
        defer { site.remove() }
        try site.write(
            "Content/data/many.csv", "region,year,patents\n" + (1800..<2000).map { "la,\($0),\($0 * 7)\n" }.joined())
        try site.build { $0.limits.largestFile = 8192 }
        #expect(!site.exists("data/observations.csv") && !site.exists("data/observations.json"))
        #expect(site.exists("data/observations.csv.gz") && site.exists("data/indicators/output.csv"))
        let page = try site.read("data/index.html")
        #expect(page.contains("<p class=\"note\">全部数据的文件将超过 8 KB，未单独提供"))
        #expect(!page.contains("observations.csv\""))
        #expect(try brokenLinks(in: site.output).isEmpty)
    }
}
