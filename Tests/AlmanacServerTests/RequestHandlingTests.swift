import AlmanacSite
import Testing

@testable import AlmanacServer

/// The pure parts of answering a request: which file a path names (and which it may not),
/// entity tags, content types, and what the preview adds to a page.
@Suite struct RequestHandlingTests {
    @Test(arguments: [
        ("/", "index.html"), ("/regions/", "regions/index.html"), ("/regions/linan/", "regions/linan/index.html"),
        ("/assets/style.css", "assets/style.css"), ("/regions", "regions"), ("//regions//linan/", "regions/linan/index.html"),
        ("/pages/2024/%E8%A1%A2%E5%B7%9E/", "pages/2024/衢州/index.html"), ("/a%20b.txt", "a b.txt"), ("/..a/", "..a/index.html"),
    ])
    func pathsNameFiles(raw: String, path: String) {
        #expect(RequestPath(raw) == .file(path))
    }

    @Test(arguments: [
        "/..", "/../etc/passwd", "/regions/../../x", "/./index.html", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2e/x", "/.%2e/x",
        "/regions/..%2F..%2Fetc", "/a%2fb", "/a%5cb", "/a\\b", "/%00", "/a%0a", "/%", "/%zz", "/%ff%fe", "regions/", "",
    ])
    func escapesAreBadRequests(raw: String) {
        #expect(RequestPath(raw) == .bad)
    }

    @Test func entityTagsFollowTheBytes() {
        let tag = EntityTag.of(Array("<p>一</p>".utf8))
        #expect(tag.count == 18 && tag.hasPrefix("\"") && tag.hasSuffix("\""))
        #expect(tag == EntityTag.of(Array("<p>一</p>".utf8)))
        #expect(tag != EntityTag.of(Array("<p>二</p>".utf8)))
        #expect(EntityTag.of([]) == "\"cbf29ce484222325\"")
        #expect(EntityTag.matches(ifNoneMatch: tag, tag))
        #expect(EntityTag.matches(ifNoneMatch: "\"x\", W/\(tag)", tag))
        #expect(EntityTag.matches(ifNoneMatch: " * ", tag))
        #expect(!EntityTag.matches(ifNoneMatch: "\"x\", \"y\"", tag))
    }

    @Test func textTypesSayUTF8() {
        #expect(MediaType.of("index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of("assets/style.css") == "text/css; charset=utf-8")
        #expect(MediaType.of("data/observations.csv") == "text/csv; charset=utf-8")
        #expect(MediaType.of("data/observations.json") == "application/json; charset=utf-8")
        #expect(MediaType.of("feed.xml") == "application/xml; charset=utf-8")
        #expect(MediaType.of("files/图.PNG") == "image/png")
        #expect(MediaType.of("files/README") == "application/octet-stream")
    }

    @Test func theScriptGoesBeforeTheLastBodyTag() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></BODY>\n</html>\n".utf8)
        let injected = String(decoding: PageInjection.inject("<script>x</script>", into: page), as: UTF8.self)
        #expect(injected == "<html><body><p>&lt;/body&gt;</p><script>x</script></BODY>\n</html>\n")
        #expect(String(decoding: PageInjection.inject("<s/>", into: Array("<p>no body</p>".utf8)), as: UTF8.self) == "<p>no body</p><s/>")
        let script = PageInjection.reloadScript(version: "abc-3")
        #expect(script.contains("\"abc-3\"") && script.contains(LiveReload.eventsPath))
    }

    @Test func theOverlayListsEveryErrorEscaped() {
        let errors = [
            Diagnostic.error("Content/pages/a.md", line: 3, column: 5, "unknown indicator \"<x>\""),
            Diagnostic.error("Content/data/2024.csv", line: 17, column: 3, "value \"12,5\" is not a number"),
        ]
        let overlay = PageInjection.overlay(errors)
        #expect(overlay.contains("2 errors"))
        #expect(overlay.contains("Content/pages/a.md:3:5: error: unknown indicator &quot;&lt;x&gt;&quot;"))
        #expect(overlay.contains("Content/data/2024.csv:17:3: error:"))
        #expect(!overlay.contains("<x>"))
        #expect(PageInjection.overlay([]).isEmpty)
        let page = PageInjection.errorPage(errors, version: "v-1")
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("Content/pages/a.md:3:5") && page.contains("\"v-1\""))
    }

    /// The overlay shows what the terminal shows: controls escaped, a file's errors capped.
    @Test func theOverlayShowsControlsEscapedAndCapsAFilesErrors() {
        var errors = (1...70).map { Diagnostic.error("Content/data/wide.csv", line: 1, column: $0, "unknown column \"c\($0)\"") }
        errors.append(.error("Content/pages/\u{1B}[2J.md", line: 2, "title \u{7}"))
        let overlay = PageInjection.overlay(errors)
        #expect(overlay.contains("The site has 71 errors."))
        #expect(overlay.components(separatedBy: "<li>").count - 1 == 52)
        #expect(overlay.contains("<li>Content/data/wide.csv:1:50: error: and 20 more errors in this file, not shown</li>"))
        #expect(overlay.contains(#"<li>Content/pages/\u{1B}[2J.md:2:1: error: title \u{7}</li>"#))
        #expect(!overlay.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
