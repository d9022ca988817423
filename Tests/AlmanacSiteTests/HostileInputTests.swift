/// Nothing under `Content/` is passed over without a word: a file or folder whose name is not
/// UTF-8 is an error naming it with the bad bytes escaped; hidden files of `Content/static/` are
/// warnings, but for `.well-known/`, which is published.
import Foundation
import Testing

@testable import AlmanacSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

@Suite struct HostileInputTests {
    /// Writes `text` at `folder/` + the raw bytes `name` (a name Foundation cannot spell).
    func writeRaw(_ site: TestSite, _ folder: String, _ name: [UInt8], _ text: String = "x\n", folderNamed: Bool = false) throws {
        let parent = site.root.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let path = Array(parent.path.utf8) + [UInt8(ascii: "/")] + name
        var cPath = path.map { CChar(bitPattern: $0) } + [0]
        if folderNamed {
            #expect(mkdir(&cPath, 0o755) == 0)
            let inner = path + Array("/inner.md".utf8)
            var cInner = inner.map { CChar(bitPattern: $0) } + [0]
            let descriptor = open(&cInner, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            try #require(descriptor >= 0)
            close(descriptor)
            return
        }
        let descriptor = open(&cPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0, "this file system refuses names that are not UTF-8")
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
    }

    func remove(_ site: TestSite, _ folder: String, _ name: [UInt8]) {
        let path = Array(site.root.appendingPathComponent(folder).path.utf8) + [UInt8(ascii: "/")] + name
        var cPath = path.map { CChar(bitPattern: $0) } + [0]
        _ = unlink(&cPath)
    }

    @Test func aNameThatIsNotUTF8IsAnErrorNamingIt() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try writeRaw(site, "Content/pages", Array("bad".utf8) + [0xFF] + Array(".md".utf8), "---\ntitle: 坏\n---\n正文\n")
        try writeRaw(site, "Content/static", Array("caf".utf8) + [0xC3, 0xA9, 0xFE] + Array(".txt".utf8))
        try writeRaw(site, "Content/data", [0xD6, 0xD0] + Array(".csv".utf8), "region,year,output\nla,2021,1\n")
        try writeRaw(site, "Content/regions", Array("q".utf8) + [0xE9], folderNamed: true)
        let messages = try site.check()
        let errors = messages.filter { $0.contains(": error: ") }
        #expect(
            errors.contains(
                "Content/pages/bad\\xFF.md:1:1: error: the file name is not valid UTF-8 (the bad bytes are shown as \\xNN), so it is not read: rename it"),
            "\(messages)")
        // A valid sequence (é) stays as it is; only the bad byte is escaped.
        #expect(errors.contains { $0.hasPrefix("Content/static/café\\xFE.txt:1:1: error: the file name is not valid UTF-8") }, "\(messages)")
        #expect(errors.contains { $0.hasPrefix("Content/data/\\xD6\\xD0.csv:1:1: error: the file name is not valid UTF-8") }, "\(messages)")
        #expect(
            errors.contains { $0.hasPrefix("Content/regions/q\\xE9:1:1: error: the folder name is not valid UTF-8") && $0.contains("nothing in it is read") },
            "\(messages)")
        #expect(errors.count == 4, "\(errors)")
        // No raw Foundation error and no half-written output: the build refuses with the same lines.
        let error = try #require(throws: ContentErrors.self) { try site.build() }
        #expect(error.errorCount == 4)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func escapingKeepsUTF8AndEscapesEveryOtherByte() {
        #expect(FolderWalk.escaped(Array("临安".utf8)) == "临安")
        #expect(FolderWalk.escaped([0x61, 0xFF, 0x62]) == "a\\xFFb")
        // A lone lead byte, an overlong form and a cut sequence are bytes, not characters.
        #expect(FolderWalk.escaped([0xE4, 0xB8]) == "\\xE4\\xB8")
        #expect(FolderWalk.escaped([0xC0, 0xAF]) == "\\xC0\\xAF")
        #expect(FolderWalk.escaped([0xED, 0xA0, 0x80]) == "\\xED\\xA0\\x80")  // a surrogate
    }

    /// `almanac serve`: the watcher shows the bad byte as U+FFFD; the error comes with the file
    /// and goes when it is renamed.
    @Test func aPreviewReportsTheBadNameAndForgetsItWhenRenamed() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        var session = try BuildSession(SiteBuilder.Options(site: site.root))
        #expect(session.build().succeeded)
        let name = Array("bad".utf8) + [0xFF] + Array(".md".utf8)
        try writeRaw(site, "Content/pages", name, "---\ntitle: 坏\n---\n正文\n")
        let added = session.update(["Content/pages/bad\u{FFFD}.md"])
        #expect(added.diagnostics.map(\.description).contains { $0.hasPrefix("Content/pages/bad\\xFF.md:1:1: error:") }, "\(added.diagnostics)")
        remove(site, "Content/pages", name)
        try site.write("Content/pages/good.md", "---\ntitle: 好\n---\n正文\n")
        let renamed = session.update(["Content/pages/bad\u{FFFD}.md", "Content/pages/good.md"])
        #expect(renamed.succeeded, "\(renamed.diagnostics)")
        #expect(renamed.paths.contains("pages/good/index.html"))
    }

    @Test func wellKnownIsPublishedAndOtherHiddenFilesAreWarnedAbout() throws {
        let site = try TestSite(
            TestSite.basic.merging([
                "Content/static/.well-known/security.txt": "Contact: mailto:security@example.org\n",
                "Content/static/.DS_Store": "junk",
                "Content/static/.git/HEAD": "ref: refs/heads/main\n",
                "Content/static/css/.hidden.css": "body{}",
                "Content/static/.well-known/.DS_Store": "junk",
                "Content/static/css/site.css": "body{}",
            ]) { _, new in new })
        defer { site.remove() }
        let report = try site.build()
        #expect(try site.read(".well-known/security.txt") == "Contact: mailto:security@example.org\n")
        #expect(site.exists("css/site.css"))
        for left in [".DS_Store", ".git/HEAD", "css/.hidden.css", ".well-known/.DS_Store"] { #expect(!site.exists(left), "\(left)") }
        let warnings = report.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(
            warnings == [
                "Content/static/.DS_Store:1:1: warning: hidden file not copied: of the hidden names under Content/static/ only .well-known/ is published",
                "Content/static/.git:1:1: warning: hidden folder not copied: of the hidden names under Content/static/ only .well-known/ is published",
                "Content/static/.well-known/.DS_Store:1:1: warning: hidden file not copied: of the hidden names under Content/static/ only .well-known/ is published",
                "Content/static/css/.hidden.css:1:1: warning: hidden file not copied: of the hidden names under Content/static/ only .well-known/ is published",
            ], "\(warnings)")
        // The output holds a hidden folder now; the next build still takes it as its own.
        try site.build()
        #expect(site.exists(".well-known/security.txt"))
    }

    /// A `.well-known/` file added while previewing is served like any static file.
    @Test func aPreviewPicksUpWellKnownFiles() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        var session = try BuildSession(SiteBuilder.Options(site: site.root))
        #expect(session.build().succeeded)
        try site.write("Content/static/.well-known/security.txt", "Contact: mailto:security@example.org\n")
        let outcome = session.update(["Content/static/.well-known/security.txt"])
        #expect(outcome.changes == ["Content/static/.well-known/security.txt"])
        #expect(session.lastGood?.contains(".well-known/security.txt") == true)
        #expect(SiteChange("Content/static/.well-known/security.txt") == .staticFile)
        #expect(SiteChange("Content/static/.well-known/.security.txt.swp") == nil)
        #expect(SiteChange("Content/static/.git/HEAD") == nil)
    }
}
