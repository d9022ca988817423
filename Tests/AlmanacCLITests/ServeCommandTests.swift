import Foundation
import Synchronization
import Testing

/// `almanac serve` end to end: a real process on a loopback port the system picks, real requests
/// over sockets (raw ones too), files edited and broken while it runs, and signals to stop it.
@Suite struct ServeCommandTests {
    static let article = "Content/pages/2024/quzhou.md"
    static let files: [String: String] = CommandLineTests.valid.merging([
        "Content/site.yml": "title: 预览测试\n",
        article: "---\ntitle: 衢州专利\ndate: 2024-09-01\nsummary: 专利。\n---\n专利 {{< value patents qz 2024 >}}。\n\n第一版。\n",
        "Content/static/files/说明.txt": "静态文件\n",
    ]) { _, new in new }

    /// A site next to a file that no request may reach.
    struct Fixture {
        let folder: URL
        var site: URL { folder.appendingPathComponent("site") }

        init(_ files: [String: String] = ServeCommandTests.files) throws {
            folder = try CommandLineTests.site(["secret.txt": "TOPSECRET\n"])
            for (path, text) in files { try write(path, text) }
        }

        func write(_ path: String, _ text: String) throws {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// The served page without the preview's script: what `almanac build` writes for the same base URL.
    func withoutScript(_ html: String) -> String {
        guard let start = html.range(of: "<script>/* almanac serve"), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex)
        else { return html }
        return html.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
    }

    @Test func servesTheBuiltSiteWithTypesTagsAndTheReloadScript() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let http = server.http
        #expect(server.stdout.hasPrefix("Built 1"))

        let home = try http.request("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        let tag = try #require(home.headers["etag"])
        #expect(home.headers["content-length"] == String(home.body.count))
        #expect(home.text.contains("<script>/* almanac serve: live reload */") && home.text.contains("/__almanac/events"))

        // The same bytes as `almanac build` with the preview's address as base URL, script aside.
        let output = fixture.folder.appendingPathComponent("built")
        let build = try CommandLineTests().run(
            ["build", "--site", fixture.site.path, "--output", output.path, "--base-url", "http://127.0.0.1:\(server.port)/"])
        #expect(build.status == 0, "\(build.stderr)")
        for (path, page) in [("/", "index.html"), ("/pages/2024/quzhou/", "pages/2024/quzhou/index.html"), ("/regions/qz/", "regions/qz/index.html")] {
            let built = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            #expect(!built.contains("__almanac") && !built.contains("almanac serve"))
            #expect(withoutScript(try http.request(path).text) == built, "\(path)")
        }

        #expect(try http.request("/", headers: ["If-None-Match": tag]).status == 304)
        #expect(try http.request("/", headers: ["If-None-Match": tag]).body.isEmpty)
        #expect(try http.request("/", headers: ["If-None-Match": "\"other\""]).status == 200)
        let head = try http.request("/regions/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(try http.request("/regions/").body.count))
        let redirect = try http.request("/regions?x=1")
        #expect(redirect.status == 301 && redirect.headers["location"] == "/regions/?x=1")
        #expect(try http.request("//regions").headers["location"] == "/regions/")
        let css = try http.request("/assets/style.css")
        #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(try http.request("/data/observations.csv").headers["content-type"] == "text/csv; charset=utf-8")
        let text = try http.request("/files/%E8%AF%B4%E6%98%8E.txt")
        #expect(text.status == 200 && text.text == "静态文件\n" && text.headers["content-type"] == "text/plain; charset=utf-8")
        let missing = try http.request("/no/such/page/")
        #expect(missing.status == 404)
        #expect(withoutScript(missing.text) == (try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)))
        let post = try http.request("/", method: "POST")
        #expect(post.status == 405 && post.headers["allow"] == "GET, HEAD")
        #expect(try http.request("/", method: "DELETE").status == 405)
    }

    @Test func requestsNeverLeaveTheSite() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let http = server.http
        #expect(try http.request("/files/%E8%AF%B4%E6%98%8E.txt").status == 200)

        let attempts = [
            "/../secret.txt", "/../../secret.txt", "/files/../../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
            "/.%2e/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2f..%2fsecret.txt", "/files/..%2F..%2F..%2Fsecret.txt",
            "/..%5c..%5csecret.txt", "/%252e%252e/secret.txt", "/Content/site.yml", "/site/Content/site.yml", "/%00",
            "//etc/passwd", "/files/%E8%AF%B4%E6%98%8E.txt%00.html", "http://127.0.0.1/../secret.txt",
        ]
        for path in attempts {
            let response = try http.request(path)
            #expect([400, 404].contains(response.status), "\(path): \(response.status)")
            #expect(!response.text.contains("TOPSECRET") && !response.text.contains("title: 预览测试"), "\(path)")
        }

        // A static file turned into a link out of the site: never followed, before or after the rebuild.
        let lines = server.lineCount
        let link = fixture.site.appendingPathComponent("Content/static/files/说明.txt")
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../../../../secret.txt")
        let early = try http.request("/files/%E8%AF%B4%E6%98%8E.txt")
        #expect(early.status == 404 && !early.text.contains("TOPSECRET"))
        #expect(server.waitFor("→", after: lines) != nil)
        #expect(server.waitForError("Content/static/files/说明.txt:1:1: error: is a symbolic link that leads outside Content/") != nil)
        let late = try http.request("/files/%E8%AF%B4%E6%98%8E.txt")
        #expect(late.status == 404 && !late.text.contains("TOPSECRET"))
    }

    @Test func anEditReloadsEveryTabAndServesTheNewPage() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let tabs = try [EventStream(port: server.port), EventStream(port: server.port)]
        let first = tabs.map { $0.nextVersion() }
        #expect(first[0] != nil && first[0] == first[1])
        let page = try server.http.request("/pages/2024/quzhou/")
        #expect(page.text.contains("var served = \"\(first[0] ?? "")\""))

        let lines = server.lineCount
        try fixture.write(Self.article, Self.files[Self.article]!.replacingOccurrences(of: "第一版", with: "第二版"))
        let next = tabs.map { $0.nextVersion() }
        #expect(next[0] != nil && next[0] != first[0] && next[0] == next[1])
        let edited = try server.http.request("/pages/2024/quzhou/")
        #expect(edited.text.contains("第二版") && !edited.text.contains("第一版"))
        #expect(edited.text.contains("var served = \"\(next[0] ?? "")\""))
        let line = try #require(server.waitFor("→", after: lines))
        #expect(line.contains("Content/pages/2024/quzhou.md → 1 page in "), "\(line)")
        #expect(line.hasSuffix(" ms"))
    }

    @Test func aBrokenFileShowsItsErrorsOverTheLastGoodSiteUntilFixed() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let tab = try EventStream(port: server.port)
        _ = tab.nextVersion()

        var lines = server.lineCount
        let broken = Self.files[Self.article]!.replacingOccurrences(of: "第一版", with: "第二版 {{< value patents nowhere 2024 >}}")
        try fixture.write(Self.article, broken)
        #expect(tab.nextVersion() != nil)
        let message = "Content/pages/2024/quzhou.md:8:5: error: unknown region \"nowhere\" (not in regions.csv)"
        for path in ["/pages/2024/quzhou/", "/"] {
            let page = try server.http.request(path)
            #expect(page.status == 200)
            #expect(page.text.contains("id=\"almanac-build-errors\""))
            #expect(page.text.contains(message.replacingOccurrences(of: "\"", with: "&quot;")), "\(path)")
        }
        #expect(try server.http.request("/pages/2024/quzhou/").text.contains("第一版"))
        #expect(server.waitFor("1 error", after: lines)?.contains("→ 1 error in ") == true)
        #expect(server.waitFor("1 error", after: lines)?.hasSuffix(" ms; still serving the last good site") == true)
        #expect(server.waitForError(message) != nil)

        lines = server.lineCount
        try fixture.write(Self.article, Self.files[Self.article]!.replacingOccurrences(of: "第一版", with: "第三版"))
        #expect(tab.nextVersion() != nil)
        let fixed = try server.http.request("/pages/2024/quzhou/")
        #expect(!fixed.text.contains("almanac-build-errors") && fixed.text.contains("第三版"))
        #expect(server.waitFor("→ 1 page", after: lines) != nil)
    }

    @Test func aSiteThatNeverBuiltShowsAnErrorPageUntilFixed() throws {
        var files = Self.files
        files["Content/data/2024.csv"] = "region,year,patents\nqz,2024,\"12,5\"\n"
        let fixture = try Fixture(files)
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let message = "Content/data/2024.csv:2:3: error: value \"12,5\" is not a number (indicator patents)"
        #expect(server.waitForError(message) != nil)
        let page = try server.http.request("/regions/")
        #expect(page.status == 500)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains(message.replacingOccurrences(of: "\"", with: "&quot;")))
        let tab = try EventStream(port: server.port)
        _ = tab.nextVersion()
        try fixture.write("Content/data/2024.csv", "region,year,patents\nqz,2024,5590\n")
        #expect(tab.nextVersion() != nil)
        #expect(try server.http.request("/regions/").status == 200)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsItCleanlyWithTabsOpen(signal: Int32) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let tab = try EventStream(port: server.port)
        #expect(tab.nextVersion() != nil)
        let idle = try RawHTTP.Connection(port: server.port)
        try idle.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(idle.read()?.isEmpty == false)
        let (status, seconds) = server.stop(signal)
        #expect(status == 0)
        // It takes well under a second (the shutdown gives up on tabs after 0.6 s); the bound is
        // loose so that a loaded machine cannot fail it, while a server that waited for its tabs
        // would not stop at all.
        #expect(seconds < 10, "took \(seconds) s")
        #expect(server.stdout.hasSuffix("Stopped.\n"))
    }

    /// Requests keep coming while it stops: the tasks answering them are cancelled late on a
    /// loaded machine, which must not turn a clean stop into a crash.
    @Test func aSignalStopsItCleanlyUnderLoad() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let load = Load()
        let group = DispatchGroup()
        for _ in 0..<100 {
            group.enter()
            Thread.detachNewThread { [port = server.port] in
                defer { group.leave() }
                while !load.stopping.withLock({ $0 }) {
                    if (try? RawHTTP(port: port).request("/").status) == 200 { load.served.withLock { $0 += 1 } }
                }
            }
        }
        let deadline = Date().addingTimeInterval(60)
        while load.served.withLock({ $0 }) < 500, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(load.served.withLock { $0 } >= 500)
        let (status, _) = server.stop(SIGINT)
        load.stopping.withLock { $0 = true }
        group.wait()
        #expect(status == 0, "\(server.stderr.suffix(300))")
        #expect(server.stdout.hasSuffix("Stopped.\n"))
    }

    final class Load: Sendable {
        let served = Mutex(0)
        let stopping = Mutex(false)
    }

    @Test func aTakenPortIsSaidPlainly() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let taken = try CommandLineTests().run(["serve", "--site", fixture.site.path, "--port", String(server.port)])
        #expect(taken.status == 1)
        #expect(taken.stderr.contains("almanac: error: port \(server.port) on 127.0.0.1 is already in use"), "\(taken.stderr)")
        // Without --port, a taken preferred port means the next free one: AlmanacServerTests
        // try it on a port the test holds, not on 8000, which anything else may hold.
    }

    @Test func wrongUsageExitsTwo() throws {
        let noSite = try CommandLineTests().run(["serve", "--site", "/nonexistent-almanac-site"])
        #expect(noSite.status == 2 && noSite.stderr.contains("no Content/ folder"))
        #expect(try CommandLineTests().run(["serve", "--port", "70000"]).status == 2)
        #expect(try CommandLineTests().run(["serve", "--no-such-option"]).status == 2)
    }
}
