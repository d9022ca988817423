import Foundation
import Testing

@testable import AlmanacSite

/// What `build` may write and replace: the refusals, the marker's list of files, symbolic links,
/// paths that would leave Content/ or the output, and what killed builds leave behind.
@Suite struct OutputSafetyTests {
    func refusal(_ site: TestSite, output: URL, force: Bool = false) -> String? {
        do {
            try site.build {
                $0.output = output
                $0.force = force
            }
            return nil
        } catch let error as UsageError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func refusesFoldersThatHoldTheSiteOrLookLikeOne() throws {
        let site = try TestSite(TestSite.basic.merging(["Templates/partials/footer.mustache": "<footer>x</footer>"]) { a, _ in a })
        defer { site.remove() }
        let root = site.root
        #expect(refusal(site, output: URL(fileURLWithPath: "/"), force: true)?.contains("root of the file system") == true)
        #expect(refusal(site, output: root, force: true)?.contains("holds the site itself") == true)
        #expect(refusal(site, output: root.deletingLastPathComponent(), force: true)?.contains("holds the site itself") == true)
        #expect(refusal(site, output: root.appendingPathComponent("Content/out"), force: true)?.contains("inside the site's Content/") == true)
        #expect(refusal(site, output: root.appendingPathComponent("Templates/out"), force: true)?.contains("inside the site's Templates/") == true)
        let other = try TestSite(TestSite.basic)
        defer { other.remove() }
        #expect(refusal(site, output: other.root, force: true)?.contains("contains a Content/ folder") == true)
        let home = FileManager.default.homeDirectoryForCurrentUser
        #expect(refusal(site, output: home, force: true)?.contains("holds your home folder") == true)
        if home.deletingLastPathComponent().path != "/" {
            #expect(refusal(site, output: home.deletingLastPathComponent(), force: true)?.contains("holds your home folder") == true)
        }
        try site.write("file.txt", "mine")
        #expect(refusal(site, output: root.appendingPathComponent("file.txt"), force: true)?.contains("is a file") == true)
        // Nothing was touched by any of these.
        #expect(try String(contentsOf: root.appendingPathComponent("file.txt"), encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/out").path))
    }

    @Test func refusesTheFolderItRunsIn() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        let folder = OutputFolder(site.output)
        #expect(throws: UsageError.self) { try folder.checkSafe(site: site.root, force: true, currentDirectory: site.output) }
        #expect(throws: UsageError.self) {
            try folder.checkSafe(site: site.root, force: true, currentDirectory: site.output.appendingPathComponent("pages"))
        }
        try folder.checkSafe(site: site.root, force: false, currentDirectory: site.root)
    }

    @Test func replacesOnlyWhatItWroteItself() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try site.build()
        let marker = try site.read(".almanac-output")
        #expect(marker.contains("\nindex.html\n"))
        #expect(marker.contains("\nregions/la/index.html\n"))
        // Finder's litter is not someone's work; a rebuild goes ahead.
        try site.write("Output/.DS_Store", "x")
        try site.build()
        // A page saved into the output by hand is.
        try site.write("Output/regions/notes.html", "<p>mine</p>")
        let message = refusal(site, output: site.output)
        #expect(message?.contains("holds files Almanac did not write (regions/notes.html)") == true)
        #expect(try site.read("regions/notes.html") == "<p>mine</p>")
        #expect(refusal(site, output: site.output, force: true) == nil)
        #expect(!site.exists("regions/notes.html") && site.exists("regions/la/index.html"))
    }

    @Test func anOutputFolderOfAnEarlierAlmanacIsStillItsOwn() throws {
        let site = try TestSite(TestSite.basic.merging(["Output/.almanac-output": ".almanac-output", "Output/index.html": "old"]) { a, _ in a })
        defer { site.remove() }
        try site.build()
        #expect(try site.read("index.html").contains("<!DOCTYPE html>"))
    }

    @Test func anEmptyFolderIsFine() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try site.build()
        #expect(site.exists("index.html"))
    }

    @Test func aLinkedOutputIsReplacedWhereItReallyIs() throws {
        let site = try TestSite(TestSite.basic)
        let target = try TestSite()
        defer {
            site.remove()
            target.remove()
        }
        let real = target.root.appendingPathComponent("www")
        try FileManager.default.createSymbolicLink(at: site.output, withDestinationURL: real)
        try site.build()
        try site.build()
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("index.html").path))
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: site.output.path)
        #expect(link == real.path)
        // The replaced output is kept next to where it really was, not next to the link.
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.root.path).sorted() == [".www.almanac-spare", "www"])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".Output.almanac-spare").path))
    }

    @Test func theLeftoversOfKilledBuildsAreRemovedAndAHalfSwapIsUndone() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try site.build()
        let home = try site.read("index.html")
        // A build killed between the two renames of the fallback swap: the output moved aside,
        // no output in its place. Process 2147483646 does not exist.
        let old = site.root.appendingPathComponent(".Output.almanac-old-2147483646-1")
        try FileManager.default.moveItem(at: site.output, to: old)
        let half = site.root.appendingPathComponent(".Output.almanac-new-2147483646-2")
        try FileManager.default.createDirectory(at: half, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: half.appendingPathComponent(".almanac-output"))
        // Someone's own folder with a similar name but no marker is not touched.
        let stranger = site.root.appendingPathComponent(".Output.almanac-new-2147483646-3")
        try FileManager.default.createDirectory(at: stranger, withIntermediateDirectories: true)
        // A failing build still puts the previous output back.
        try site.write("Content/index.md", "{{< value output la 1900 >}}")
        #expect(throws: ContentErrors.self) { try site.build() }
        #expect(try site.read("index.html") == home)
        // The half-written folder was taken as the build's spare, and the failed build keeps it
        // as the spare (InterruptedBuildTests); the moved-aside output is back, with the records
        // of its files that its build left next to it. Nothing is left to remove in the background.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".Output") }.sorted()
            == [".Output.almanac-new-2147483646-3", ".Output.almanac-records", ".Output.almanac-spare"])
    }

    @Test func pathsThatWouldLeaveTheOutputAreRefusedBeforeAnythingIsWritten() throws {
        let site = try TestSite()
        defer { site.remove() }
        let folder = OutputFolder(site.output)
        for path in ["../escape.html", "/etc/x", "a/../../b", "a//b", "./a", "a\\b", "", ".almanac-output", "a/", "b/.", "c/..", ".."] {
            #expect(throws: OutputPathError.self, "\(path)") {
                try folder.replace(with: [OutputFile(path: "index.html", text: "x"), OutputFile(path: path, text: "x")], copies: [])
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == [])
        // Dots that are part of a name are fine.
        try folder.replace(with: [OutputFile(path: ".../a..b/.x.html", text: "x"), OutputFile(path: "..c", text: "y")], copies: [])
        #expect(try String(contentsOf: site.output.appendingPathComponent(".../a..b/.x.html"), encoding: .utf8) == "x")
    }

    @Test func slugsAndSourcePathsStayInsideTheirFolders() throws {
        var files = TestSite.basic
        files["Content/pages/a.md"] = "---\ntitle: a\nslug: ../../escape\n---\nx\n"
        files["Content/pages/b.md"] = "---\ntitle: b\nslug: /etc/cron.d/x\n---\nx\n"
        files["Content/pages/c.md"] = "---\ntitle: c\nslug: a//b\n---\nx\n"
        files["Content/pages/d.md"] = "---\ntitle: d\nslug: \(String(repeating: "长", count: 90))\n---\nx\n"
        let site = try TestSite(files)
        defer { site.remove() }
        var messages = try site.check()
        #expect(messages == [
            "Content/pages/a.md:3:1: error: slug \"../../escape\" would write outside pages/",
            "Content/pages/b.md:3:1: error: slug \"/etc/cron.d/x\" must not start or end with /",
            "Content/pages/c.md:3:1: error: slug \"a//b\" would write outside pages/",
            // A quote of more than 80 characters is cut, with its size (ShownText).
            "Content/pages/d.md:3:1: error: slug \"\(String(repeating: "长", count: 60))…\" (270 bytes) has a part longer than 255 bytes, more than a file name can hold",
        ])
        for page in ["a", "b", "c", "d"] { try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/pages/\(page).md")) }
        try site.write("Content/index.md", "```table\nsource: /etc/passwd.csv\n```\n\n```table\nsource: Content/../../x.csv\n```\n")
        messages = try site.check()
        #expect(messages == [
            "Content/index.md:2:1: error: source \"/etc/passwd.csv\" must be a path inside Content/",
            "Content/index.md:6:1: error: source \"Content/../../x.csv\" must be a path inside Content/",
        ])
    }

    @Test func symbolicLinksDoNotLeadOutOfContentOrTemplates() throws {
        let secret = try TestSite(["secret.csv": "a,b\n1,2\n", "secret.md": "---\ntitle: secret\n---\nsecret\n", "secret.mustache": "SECRET"])
        var files = TestSite.basic
        files["Content/tables/inside.csv"] = "x,y\n1,2\n"
        let site = try TestSite(files)
        defer {
            site.remove()
            secret.remove()
        }
        let link = { (path: String, target: URL) in
            let url = site.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
        }
        try link("Content/tables/out.csv", secret.root.appendingPathComponent("secret.csv"))
        try link("Content/pages/out.md", secret.root.appendingPathComponent("secret.md"))
        try link("Content/static/out.csv", secret.root.appendingPathComponent("secret.csv"))
        try link("Templates/partials/footer.mustache", secret.root.appendingPathComponent("secret.mustache"))
        let messages = try site.check()
        #expect(messages == [
            "Content/pages/out.md:1:1: error: is a symbolic link that leads outside Content/; not read",
            "Content/static/out.csv:1:1: error: is a symbolic link that leads outside Content/; not copied",
            "Templates/partials/footer.mustache:1:1: error: is a symbolic link that leads outside Templates/; not read",
        ])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Templates"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/static/out.csv"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/pages/out.md"))
        try site.write("Content/index.md", "```table\nsource: tables/out.csv\n```\n")
        #expect(try site.check() == [
            "Content/index.md:2:1: error: source \"tables/out.csv\" is a symbolic link that leads outside Content/"
        ])
        // Links that stay inside are followed, and what they point to is copied, not the link.
        try site.write("Content/index.md", "```table\nsource: tables/inside.csv\n```\n")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/tables/out.csv"))
        try link("Content/static/in.csv", site.root.appendingPathComponent("Content/tables/inside.csv"))
        try site.build()
        let copied = site.output.appendingPathComponent("in.csv").path
        #expect((try FileManager.default.attributesOfItem(atPath: copied))[.type] as? FileAttributeType == .typeRegular)
        #expect(try site.read("in.csv") == "x,y\n1,2\n")
    }

    @Test func aNamedPipeIsRefusedNotWaitedFor() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Content/static"), withIntermediateDirectories: true)
        #expect(mkfifo(site.root.appendingPathComponent("Content/static/pipe").path, 0o600) == 0)
        #expect(mkfifo(site.root.appendingPathComponent("Content/data/pipe.csv").path, 0o600) == 0)
        let messages = try site.check()
        #expect(messages == [
            "Content/data/pipe.csv:1:1: error: is not a regular file; not read",
            "Content/static/pipe:1:1: error: is not a regular file; not copied",
        ])
    }

    @Test func staticFilesMayNotTakeThePlaceOfGeneratedFilesOrFolders() throws {
        var files = TestSite.basic
        files["Content/static/index.html"] = "x"
        files["Content/static/regions"] = "x"
        files["Content/static/404.html/x.txt"] = "x"
        files["Content/static/regions-extra/ok.txt"] = "fine"
        let site = try TestSite(files)
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages == [
            "Content/static/404.html/x.txt:1:1: error: would need a folder where the site has the file 404.html",
            "Content/static/index.html:1:1: error: would overwrite the generated index.html",
            "Content/static/regions:1:1: error: is a file where the site has the folder regions/",
        ])
    }
}
