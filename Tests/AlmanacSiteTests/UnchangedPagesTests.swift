import Foundation
import Testing

@testable import AlmanacSite

/// A rebuild takes the pages whose figures and other inputs did not change from the last
/// output instead of rendering them (``PageInputs``), and ends the same bytes as a build into an
/// empty folder.
@Suite struct UnchangedPagesTests {
    /// What each file of the output was made from, as the spare's records keep it.
    func recorded(_ site: TestSite) -> [String: PageInputs] {
        FileRecords.read(in: site.root.appendingPathComponent(".Output.almanac-spare")).inputs
    }

    func sameAsFresh(_ site: TestSite) throws -> Bool {
        let fresh = site.root.appendingPathComponent("Fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        try site.build { $0.output = fresh }
        return snapshot(site.output) == snapshot(fresh)  // not #expect(a == b): a failure would print every byte
    }

    @Test func aRebuildAfterOneFigureRendersOnlyThePagesThatReadIt() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        let records = site.root.appendingPathComponent(".Output.almanac-records")
        #expect(try site.build().kept == 0)
        // A build into an empty folder leaves the records of its files next to the output (there
        // is no spare to hold them yet), so the first rebuild keeps pages too.
        #expect(FileManager.default.fileExists(atPath: records.path))
        let second = try site.build()
        // All but the article (its first paragraph is in listings) and the data page (the sizes
        // of the downloads), which are rendered every time.
        #expect(second.kept == second.pages - 2)
        // The records are in the spare now.
        #expect(!FileManager.default.fileExists(atPath: records.path))
        #expect(try site.build().kept == second.kept)

        // Each page recorded the indicators it read: `output` is position 0, `patents` 1.
        let inputs = recorded(site).filter { $0.key.hasSuffix(".html") }
        #expect(inputs["indicators/output/index.html"]?.indicators == [0])
        #expect(inputs["indicators/patents/index.html"]?.indicators == [1])
        #expect(inputs["regions/qz/index.html"]?.indicators == [0, 1])
        #expect(inputs["regions/index.html"]?.indicators == [])
        #expect(inputs["pages/2024/quzhou/index.html"] == nil)

        // A figure of `output` changes: the pages that show it are rendered again, `patents`'
        // page and the others that read only `patents` are not.
        let output = TestSite.basic["Content/data/output.csv"]!
        try site.write("Content/data/output.csv", output.replacingOccurrences(of: "hz,2020,output,974.2", with: "hz,2020,output,980.5"))
        let edited = try site.build()
        let readingOutput = inputs.filter { $0.value.indicators.contains(0) }.count
        #expect(readingOutput > 0 && readingOutput < inputs.count)
        #expect(edited.kept == second.pages - 2 - readingOutput)
        #expect(try site.read("regions/hz/index.html").contains("980.5"))
        #expect(try sameAsFresh(site))

        // The article's first paragraph, which listings show, has a figure of `patents`: the
        // pages that read `patents` and those that list the article are rendered again.
        try site.write("Content/data/patents.csv", "region,year,patents,note\nqz,2023,4573,推算值\nqz,2024,5601,\n")
        let listing = inputs.filter(\.value.firstParagraphs)
        #expect(listing["index.html"] != nil && listing["pages/index.html"] != nil)
        let affected = inputs.filter { $0.value.firstParagraphs || $0.value.indicators.contains(1) }.count
        #expect(try site.build().kept == second.pages - 2 - affected)
        #expect(try site.read("pages/index.html").contains("5,601"))
        #expect(try sameAsFresh(site))
    }

    @Test func anythingButFiguresRendersEveryPage() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        for _ in 0..<3 { try site.build() }
        #expect(try site.build().kept > 0)
        try site.write("Content/site.yml", "title: 新的报告\nfeatured: [output]\n")
        #expect(try site.build().kept == 0)
        #expect(try site.read("indicators/output/index.html").contains("新的报告"))
        // Prose, and the region tree, the same.
        try site.write("Content/index.md", "---\ntitle: 欢迎\n---\n新的首页。\n")
        #expect(try site.build().kept == 0)
        var regions = TestSite.basic["Content/regions.csv"]!
        regions = regions.replacingOccurrences(of: "衢州市", with: "衢州")
        try site.write("Content/regions.csv", regions)
        #expect(try site.build().kept == 0)
        #expect(try sameAsFresh(site))
        // A new year is a new page, and in every page's list of years.
        try site.write("Content/data/patents.csv", "region,year,patents,note\nqz,2023,4573,推算值\nqz,2024,5590,\nqz,2025,6000,\n")
        #expect(try site.build().kept == 0)
        #expect(try sameAsFresh(site))
    }

    @Test func aPageChangedBehindTheRecordsBackIsRenderedAgain() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        for _ in 0..<3 { try site.build() }
        // The output's page is no longer the one recorded: it is rendered, not copied.
        try site.write("Output/indicators/output/index.html", "changed")
        let report = try site.build()
        #expect(report.kept == report.pages - 3)
        #expect(try site.read("indicators/output/index.html").contains("规上工业总产值"))
        #expect(try sameAsFresh(site))
    }
}

extension UnchangedPagesTests {
    /// A file of the records' name next to the output that is not records is someone's: a build
    /// neither reads it nor replaces it.
    @Test func aFileOfTheRecordsNameThatIsNotRecordsIsLeftAlone() throws {
        let site = try TestSite(TestSite.basic.merging([".Output.almanac-records": "mine\n"]) { a, _ in a })
        defer { site.remove() }
        try site.build()
        try site.build()
        #expect(try String(contentsOf: site.root.appendingPathComponent(".Output.almanac-records"), encoding: .utf8) == "mine\n")
        #expect(try site.build().kept > 0)  // from the spare's records
    }
}

extension UnchangedPagesTests {
    /// A kept page is the output's file under a second name; writing that path again later in
    /// the build makes a new file, and the output's stays as it was.
    @Test func aKeptFileIsLinkedAndNeverWrittenThrough() throws {
        let site = try TestSite()
        defer { site.remove() }
        let folder = OutputFolder(site.output)
        try folder.replace(with: [OutputFile(path: "a/index.html", text: "one")], copies: [])
        try folder.replace(with: [OutputFile(path: "a/index.html", text: "two")], copies: [])
        let staging = try folder.stage()
        defer { staging.abandon() }
        #expect(try staging.keep("a/index.html", made: PageInputs(key: FileDigest([]), indicators: [])))
        let attributes = { (url: URL) in try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int }
        let kept = staging.url.appendingPathComponent("a/index.html"), output = site.output.appendingPathComponent("a/index.html")
        #expect(try attributes(kept) == attributes(output))
        try staging.write(OutputFile(path: "a/index.html", text: "three"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "two")
        #expect(try String(contentsOf: kept, encoding: .utf8) == "three")
        // A file changed behind the records' back is not kept.
        try "four".write(to: output, atomically: false, encoding: .utf8)
        #expect(try !staging.keep("a/index.html", made: PageInputs(key: FileDigest([]), indicators: [])))
    }
}
