import AlmanacMarkdown
import Foundation
import Testing

@testable import AlmanacSite

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The example report as it is published: valid HTML by the Nu Html Checker, served from a
/// sub-path of a real HTTP server with no broken link, opened from disk with `--portable`, and
/// with `--base-url` a sitemap, a valid Atom feed and canonical links.
@Suite(.serialized) struct PublishingTests {
    static let base = "https://example.org/reports/2024/"

    /// The example report built three ways, once for the suite.
    struct Builds {
        let root: URL
        /// Plain build, written where a server would publish it: `www/reports/2024/`.
        var plain: URL { root.appendingPathComponent("www/reports/2024") }
        var portable: URL { root.appendingPathComponent("portable") }
        var withBase: URL { root.appendingPathComponent("base") }

        static func make() throws -> Builds {
            let builds = Builds(root: FileManager.default.temporaryDirectory.appendingPathComponent("almanac-publish-\(UUID().uuidString)"))
            let site = ExternalTools.repository
            _ = try SiteBuilder.build(SiteBuilder.Options(site: site, output: builds.plain))
            var portable = SiteBuilder.Options(site: site, output: builds.portable)
            portable.portable = true
            _ = try SiteBuilder.build(portable)
            var withBase = SiteBuilder.Options(site: site, output: builds.withBase)
            withBase.baseURL = base
            _ = try SiteBuilder.build(withBase)
            return builds
        }
    }

    static let builds: Result<Builds, Error> = Result { try Builds.make() }

    static func pages(_ folder: URL) -> [String] { files(under: folder).filter { $0.hasSuffix(".html") } }

    // MARK: Valid HTML

    @Test func everyPageIsValidHTML() async throws {
        let builds = try Self.builds.get()
        let jar = try #require(ExternalTools.vnuJar(), "the Nu Html Checker is not installed: \(ExternalTools.setUpHint)")
        let hostile = try TestSite(HostileContentTests.files)
        defer { hostile.remove() }
        _ = try SiteBuilder.build(SiteBuilder.Options(site: hostile.root))
        // The starter sites of `almanac new`.
        var starters: [URL] = []
        for language in SiteScaffold.Language.allCases {
            let starter = builds.root.appendingPathComponent("new-\(language.rawValue)")
            try SiteScaffold.create(at: starter, language: language)
            starters.append(try SiteBuilder.build(SiteBuilder.Options(site: starter)).output)
        }
        // A page that is not valid, so that a checker that checks nothing cannot pass.
        let control = builds.root.appendingPathComponent("control.html")
        try Data("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></div></p></body></html>".utf8).write(to: control)
        var checked = [control.path]
        for folder in [builds.plain, builds.portable, builds.withBase, hostile.output] + starters {
            checked += Self.pages(folder).map { folder.appendingPathComponent($0).path }
        }
        #expect(checked.count > 150)
        let result = try await ExternalTools.runLong("java", ["-jar", jar.path, "--format", "json", "--stdout", "--also-check-svg"] + checked)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.output)")
        let messages = (json["messages"] as? [[String: Any]]) ?? []
        var problems: [String] = []
        var controlFound = false
        for message in messages {
            let type = message["type"] as? String ?? ""
            let isWarning = type == "info" && message["subType"] as? String == "warning"
            guard type != "info" || isWarning else { continue }
            let url = (message["url"] as? String ?? "").replacingOccurrences(of: "file:" + builds.root.path + "/", with: "")
            if url.hasSuffix("control.html") {
                controlFound = true
                continue
            }
            problems.append("\(url):\(message["lastLine"] ?? 0): \(isWarning ? "warning" : type): \(message["message"] ?? "")")
        }
        #expect(controlFound, "the checker did not report the invalid control page: \(result.output.prefix(500))")
        #expect(problems == [])
    }

    // MARK: Any sub-path of any server

    @Test func servedFromASubPathEveryLinkWorks() throws {
        let builds = try Self.builds.get()
        let server = try ExternalTools.StaticServer(serving: builds.root.appendingPathComponent("www"))
        defer { server.stop() }
        let root = try #require(URL(string: "http://127.0.0.1:\(server.port)/reports/2024/"))
        var bodies: [String: String] = [:]
        func fetch(_ url: URL) throws -> (status: Int, body: String) {
            try ExternalTools.get(port: server.port, path: url.path(percentEncoded: true))
        }
        var queue = [root]
        var queued: Set<String> = [root.absoluteString]
        var broken: [String] = []
        var reached: Set<String> = []
        while !queue.isEmpty {
            let page = queue.removeFirst()
            let (status, body) = try fetch(page)
            guard status == 200 else {
                broken.append("\(page.path()): HTTP \(status)")
                continue
            }
            let path = page.path(percentEncoded: false)
            reached.insert(path)
            guard path.hasSuffix("/") || path.hasSuffix(".html") else { continue }
            bodies[path] = body
            for link in links(in: body) {
                guard let target = URL(string: link, relativeTo: page)?.absoluteURL, target.host == "127.0.0.1" else { continue }
                #expect(target.path().hasPrefix("/reports/2024/"), "\(path): \(link) leaves the sub-path")
                var components = try #require(URLComponents(url: target, resolvingAgainstBaseURL: false))
                components.fragment = nil
                let withoutFragment = try #require(components.url)
                if queued.insert(withoutFragment.absoluteString).inserted { queue.append(withoutFragment) }
            }
        }
        #expect(broken == [])
        // Every page was reached by following links from the home page (the 404 pages are the server's).
        let expected = Set(Self.pages(builds.plain).filter { !$0.hasSuffix("404.html") }.map { path in
            "/reports/2024/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
        })
        #expect(expected.subtracting(reached).sorted() == [])
        // Links to a part of a page find it.
        let ids = bodies.mapValues { Set(htmlTags($0).compactMap { $0.attribute("id") }) }
        var missing: [String] = []
        for (path, body) in bodies {
            for link in links(in: body) where link.contains("#") {
                guard let target = URL(string: link, relativeTo: URL(string: "http://127.0.0.1:\(server.port)\(Links.percentEncoded(path))"))?.absoluteURL,
                    target.host == "127.0.0.1", let fragment = target.fragment(percentEncoded: false)
                else { continue }
                if ids[target.path(percentEncoded: false)]?.contains(fragment) != true { missing.append("\(path): \(link)") }
            }
        }
        #expect(missing == [])
    }

    // MARK: From disk

    @Test func portableLinksOpenFromDisk() throws {
        let builds = try Self.builds.get()
        #expect(try brokenLinks(in: builds.portable) == [])
        var folderLinks: [String] = []
        for page in Self.pages(builds.portable) {
            let html = try String(contentsOf: builds.portable.appendingPathComponent(page), encoding: .utf8)
            for link in links(in: html) where !link.hasPrefix("#") && !link.hasPrefix("http") {
                let path = link.components(separatedBy: "#")[0]
                if path.isEmpty || path.hasSuffix("/") || path.hasPrefix("/") { folderLinks.append("\(page): \(link)") }
            }
        }
        #expect(folderLinks == [])
    }

    // MARK: Syndication

    @Test func baseURLGivesSitemapValidAtomFeedAndCanonicalLinks() throws {
        let builds = try Self.builds.get()
        let folder = builds.withBase
        let pages = Self.pages(folder).filter { !$0.hasSuffix("404.html") }
        func address(_ page: String) -> String {
            Self.base + Links.percentEncoded(page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page)
        }
        for page in pages {
            let html = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            let canonical = htmlTags(html).filter { $0.name == "link" && $0.attribute("rel") == "canonical" }.map { $0.attribute("href") }
            #expect(canonical == [address(page)], "\(page)")
        }

        let sitemap = try XMLDocument(contentsOf: folder.appendingPathComponent("sitemap.xml"))
        #expect(sitemap.rootElement()?.name == "urlset")
        #expect(sitemap.rootElement()?.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locations = try sitemap.nodes(forXPath: "/*/*[local-name()='url']/*[local-name()='loc']").map { $0.stringValue ?? "" }
        #expect(locations.count == Set(locations).count)
        #expect(Set(locations) == Set(pages.map(address)))

        let feed = try XMLDocument(contentsOf: folder.appendingPathComponent("feed.xml"))
        let problems = AtomFeedRules.problems(feed, base: Self.base)
        #expect(problems == [])
        let entries = try feed.nodes(forXPath: "/*/*[local-name()='entry']")
        #expect(entries.count == 5)
        for entry in entries {
            let href = try entry.nodes(forXPath: "*[local-name()='link']/@href").first?.stringValue ?? ""
            #expect(pages.map(address).contains(href), "\(href) is not a page of the site")
        }
    }
}

extension XMLElement {
    /// `attribute(forName:)` finds nothing in a namespaced document on Linux; the list does.
    func value(of attribute: String) -> String? { attributes?.first { $0.name == attribute }?.stringValue }
}

/// The rules of RFC 4287 that a generator can get wrong, checked on a parsed feed.
enum AtomFeedRules {
    static let namespace = "http://www.w3.org/2005/Atom"

    static func problems(_ document: XMLDocument, base: String) -> [String] {
        var problems: [String] = []
        guard let feed = document.rootElement(), feed.localName == "feed", feed.uri == namespace else {
            return ["the root element is not atom:feed"]
        }
        func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
            (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name && $0.uri == namespace }
        }
        func isDate(_ text: String) -> Bool {
            text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression) != nil
        }
        func isAbsoluteIRI(_ text: String) -> Bool { URL(string: text)?.scheme != nil }
        func checkCommon(_ element: XMLElement, _ what: String) {
            for name in ["id", "title", "updated"] where children(element, name).count != 1 {
                problems.append("\(what) must have exactly one atom:\(name)")
            }
            if let id = children(element, "id").first?.stringValue, !isAbsoluteIRI(id) { problems.append("\(what) id \(id) is not an IRI") }
            if let updated = children(element, "updated").first?.stringValue, !isDate(updated) {
                problems.append("\(what) updated \(updated) is not an RFC 3339 date-time")
            }
            let alternates = children(element, "link").filter { ($0.value(of: "rel") ?? "alternate") == "alternate" }
            if alternates.count > 1 { problems.append("\(what) has more than one alternate link") }
            for link in children(element, "link") where !isAbsoluteIRI(link.value(of: "href") ?? "") {
                problems.append("\(what) has a link without an absolute href")
            }
        }
        checkCommon(feed, "feed")
        let selfLinks = children(feed, "link").filter { $0.value(of: "rel") == "self" }
        if selfLinks.map({ $0.value(of: "href") }) != [base + "feed.xml"] {
            problems.append("feed needs one rel=self link to \(base)feed.xml")
        }
        let entries = children(feed, "entry")
        let feedHasAuthor = !children(feed, "author").isEmpty
        var ids: Set<String> = []
        for (index, entry) in entries.enumerated() {
            let what = "entry \(index + 1)"
            checkCommon(entry, what)
            if !feedHasAuthor, children(entry, "author").isEmpty { problems.append("\(what) has no author and the feed has none") }
            if children(entry, "content").isEmpty,
                children(entry, "link").filter({ ($0.value(of: "rel") ?? "alternate") == "alternate" }).isEmpty
            {
                problems.append("\(what) has neither content nor an alternate link")
            }
            if let id = children(entry, "id").first?.stringValue, !ids.insert(id).inserted { problems.append("\(what) repeats id \(id)") }
        }
        for author in children(feed, "author") where children(author, "name").count != 1 {
            problems.append("an author must have exactly one name")
        }
        let latest = entries.compactMap { children($0, "updated").first?.stringValue }.max()
        if let latest, let updated = children(feed, "updated").first?.stringValue, updated < latest {
            problems.append("feed updated \(updated) is older than its newest entry \(latest)")
        }
        return problems
    }
}

