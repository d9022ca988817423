import Foundation
import Testing

@testable import AlmanacSite

/// The previous output kept as `.Output.almanac-spare` and rewritten by the next build: the
/// result is the same as a build into an empty folder, whatever the spare holds.
@Suite struct SpareOutputTests {
    /// All files under `folder` with their bytes (the marker aside).
    func snapshot(_ folder: URL) -> [String: [UInt8]] { AlmanacSiteTests.snapshot(folder, withMarker: false) }

    func inode(_ url: URL) throws -> UInt64 {
        try #require((try FileManager.default.attributesOfItem(atPath: url.path))[.systemFileNumber] as? UInt64)
    }

    func mode(_ url: URL) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: url.path))[.posixPermissions] as? Int)
    }

    @Test func aRebuildWritesIntoTheSpareAndEndsAsAFreshBuildWould() throws {
        let site = try TestSite(TestSite.basic)
        let outside = try TestSite()
        defer {
            site.remove()
            outside.remove()
        }
        let spare = site.root.appendingPathComponent(".Output.almanac-spare")
        try site.build()
        let css = try inode(site.output.appendingPathComponent("assets/style.css"))
        #expect(!FileManager.default.fileExists(atPath: spare.path))  // nothing replaced yet
        try site.build()
        // The first output is now the spare, readable by its owner only.
        #expect(try inode(spare.appendingPathComponent("assets/style.css")) == css)
        #expect(try mode(spare) == 0o700)

        // Content changes: an article edited, one added, one removed.
        try site.write("Content/index.md", "---\ntitle: 欢迎\n---\n新的首页。\n")
        try site.write("Content/pages/new.md", "---\ntitle: 新文章\n---\n正文。\n")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/pages/2024/quzhou.md"))
        // The spare meanwhile gets a stray file, a link out of it where a page goes, and a
        // second name (a hard link) outside it for a page that changes.
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.txt"))
        try outside.write("target/index.html", "outside")
        try FileManager.default.createDirectory(at: spare.appendingPathComponent("pages"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: spare.appendingPathComponent("pages/new"), withDestinationURL: outside.root.appendingPathComponent("target"))
        try FileManager.default.linkItem(
            at: spare.appendingPathComponent("index.html"), to: outside.root.appendingPathComponent("home.html"))
        let oldHome = try String(contentsOf: outside.root.appendingPathComponent("home.html"), encoding: .utf8)

        try site.build()
        let fresh = site.root.appendingPathComponent("Fresh")
        try site.build { $0.output = fresh }
        let rebuilt = snapshot(site.output)
        let same = rebuilt == snapshot(fresh)  // not #expect(a == b): a failure would print every byte
        #expect(same)
        #expect(rebuilt["pages/new/index.html"] != nil)
        #expect(rebuilt["pages/2024/quzhou/index.html"] == nil)
        #expect(rebuilt["stray.txt"] == nil)
        #expect(try String(contentsOf: outside.root.appendingPathComponent("target/index.html"), encoding: .utf8) == "outside")
        #expect(try String(contentsOf: outside.root.appendingPathComponent("home.html"), encoding: .utf8) == oldHome)
        #expect(try site.read("index.html").contains("新的首页"))
        // Written into the first output: its unchanged files were left where they were.
        #expect(try inode(site.output.appendingPathComponent("assets/style.css")) == css)
        #expect(try mode(site.output) & 0o777 != 0o700)
        #expect(OutputManifest.read(in: site.output) == .listed(OutputManifest(paths: rebuilt.keys.sorted())))
    }

    @Test func aFolderOfThatNameWithoutTheMarkerIsLeftAlone() throws {
        let site = try TestSite(TestSite.basic.merging([".Output.almanac-spare/mine.txt": "mine"]) { a, _ in a })
        defer { site.remove() }
        for _ in 0..<3 { try site.build() }
        let spare = site.root.appendingPathComponent(".Output.almanac-spare")
        #expect(try FileManager.default.contentsOfDirectory(atPath: spare.path) == ["mine.txt"])
        #expect(try site.read("index.html").contains("临安"))
    }

    @Test func aFailedBuildKeepsTheSpareAndTheOutput() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try site.build()
        try site.build()
        let spare = site.root.appendingPathComponent(".Output.almanac-spare")
        let before = snapshot(site.output)
        let home = try site.read("index.html")
        try site.write("Content/index.md", "{{< value output la 1900 >}}")
        #expect(throws: ContentErrors.self) { try site.build() }
        let unchanged = snapshot(site.output) == before  // not #expect(a == b): a failure would print every byte
        #expect(unchanged)
        // Pages the failed build wrote went into the spare, which stays the spare, still marked as ours.
        #expect(OutputManifest.read(in: spare) != .none)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("almanac-") }
        #expect(leftovers == [".Output.almanac-spare"])
        try site.write("Content/index.md", "---\ntitle: 欢迎\n---\n修好了。\n")
        try site.build()
        #expect(try site.read("index.html") != home)
        #expect(try site.read("index.html").contains("修好了"))
    }

    @Test func theWalkSeesFilesFoldersAndLinksWithoutFollowingThem() throws {
        let site = try TestSite(["a/b/c.txt": "c", "a/.hidden/d.txt": "d", "e.txt": "e"])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("a/link"), withDestinationURL: site.root)
        let tree = FileTree.walk(site.root.path)
        #expect(tree.files.sorted() == ["a/.hidden/d.txt", "a/b/c.txt", "e.txt"])
        #expect(tree.folders.sorted() == ["a", "a/.hidden", "a/b"])
        #expect(tree.others == ["a/link"])
        #expect(FileTree.walk(site.root.path, hidden: false).files.sorted() == ["a/b/c.txt", "e.txt"])
    }

    @Test func updatingAFileWritesOnlyWhatChanged() throws {
        let site = try TestSite()
        defer { site.remove() }
        let path = site.root.appendingPathComponent("f.html").path
        #expect(try FileWriter.update(OutputFile(path: "f.html", text: "long text here"), at: path).changed)
        #expect(try !FileWriter.update(OutputFile(path: "f.html", chunks: [Array("long ".utf8), Array("text here".utf8)]), at: path).changed)
        #expect(try FileWriter.update(OutputFile(path: "f.html", text: "short"), at: path).changed)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "short")  // cut to length
        #expect(try FileWriter.update(OutputFile(path: "f.html", text: "shore"), at: path).changed)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "shore")
        // Large files are compared mapped into memory.
        let large = [UInt8](repeating: 0x61, count: 300_000)
        var changed = large
        changed[299_999] = 0x62
        #expect(try FileWriter.update(OutputFile(path: "f.html", bytes: large), at: path).changed)
        #expect(try !FileWriter.update(OutputFile(path: "f.html", chunks: [Array(large[..<100_000]), [], Array(large[100_000...])]), at: path).changed)
        #expect(try FileWriter.update(OutputFile(path: "f.html", chunks: [Array(changed[..<150_000]), Array(changed[150_000...])]), at: path).changed)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == changed
        #expect(written)
    }

    /// A file the spare's records describe is left alone, unread, while it is still the file
    /// recorded; one changed behind the records' back (same size, other bytes) is compared and
    /// written anew, as is one with a second name.
    @Test func aRecordedFileIsTrustedOnlyWhileItIsTheFileRecorded() throws {
        let site = try TestSite()
        defer { site.remove() }
        let path = site.root.appendingPathComponent("f.html").path
        let page = OutputFile(path: "f.html", text: "the page as built")
        let record = try #require(try FileWriter.update(page, at: path).record)
        #expect(record.size == page.size && record.digest == FileDigest(page.chunks))
        let again = try FileWriter.update(page, at: path, known: record)
        #expect(!again.changed && again.record == record)
        // Still the file recorded, another page of the same size: written over, by its digest.
        let other = OutputFile(path: "f.html", text: "the page rebuilt!")
        let rewritten = try FileWriter.update(other, at: path, known: record)
        #expect(rewritten.changed && rewritten.record?.digest == FileDigest(other.chunks))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the page rebuilt!")
        let restored = try #require(try FileWriter.update(page, at: path).record)
        // Another writer gives the file other bytes of the same size: its change time moves on
        // (microseconds later: the kernels this runs on keep fine-grained change times).
        let descriptor = open(path, O_WRONLY)
        #expect(descriptor >= 0)
        _ = Array("THE PAGE".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        #expect(!restored.describes(path))
        let repaired = try FileWriter.update(page, at: path, known: restored)
        #expect(repaired.changed)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the page as built")
        let fresh = try #require(try FileWriter.update(page, at: path).record)
        try FileManager.default.linkItem(atPath: path, toPath: path + ".link")
        #expect(!fresh.describes(path))
    }

    /// After a rebuild the spare keeps the records of the output's files and of its own, the
    /// output none (it stays the same bytes for the same input); a spare's page changed behind
    /// the records' back, keeping its size, is still written anew.
    @Test func theSpareKeepsTheRecordsAndARebuildTrustsOnlyUnchangedFiles() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        let spare = site.root.appendingPathComponent(".Output.almanac-spare")
        try site.build()
        try site.build()
        let built = Set(OutputManifest.files(in: site.output)).subtracting([OutputManifest.fileName])
        #expect(Set(FileRecords.read(in: spare).current.keys) == built)
        try site.build()
        let records = FileRecords.read(in: spare)
        #expect(Set(records.current.keys) == built && Set(records.previous.keys) == built)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(FileRecords.fileName).path))
        let page = spare.appendingPathComponent("index.html")
        var bytes = try [UInt8](Data(contentsOf: page))
        bytes.replaceSubrange(0..<9, with: Array("<!-- x --".utf8))
        try Data(bytes).write(to: page)
        try site.build()
        let fresh = site.root.appendingPathComponent("Fresh")
        try site.build { $0.output = fresh }
        #expect(try site.read("index.html") == String(contentsOf: fresh.appendingPathComponent("index.html"), encoding: .utf8))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(FileRecords.fileName).path))
    }

    /// Records read back as written, paths with spaces too; lines that are not records are
    /// passed over, and a file of another kind reads as no records.
    @Test func recordsReadBackAsWritten() throws {
        let site = try TestSite()
        defer { site.remove() }
        let record = FileRecord(size: 12, inode: 34, changed: 1_796_351_006_076_125_380, digest: FileDigest([Array("x".utf8)]))
        let records = FileRecords(current: ["a b/c  d.html": record, "index.html": record], previous: ["index.html": record])
        try records.write(into: site.root)
        #expect(FileRecords.read(in: site.root) == records)
        try site.write(FileRecords.fileName, FileRecords.header + "\n= current\nnot a record\n12 34 56 1/2 ok.html\n")
        #expect(FileRecords.read(in: site.root).current.keys.sorted() == ["ok.html"])
        try site.write(FileRecords.fileName, "something else\n12 34 56 1/2 ok.html\n")
        #expect(FileRecords.read(in: site.root) == FileRecords())
    }
}
