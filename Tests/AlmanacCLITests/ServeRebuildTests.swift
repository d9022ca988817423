import Foundation
import Testing

/// `almanac serve` when a save breaks the site: it keeps serving the last good site, and every
/// page shows every error of the latest build — of every stage at once, not the latest stage's
/// only — until a save fixes them. All of it is seen through what the server answers.
@Suite struct ServeRebuildTests {
    typealias Fixture = ServeCommandTests.Fixture
    static let article = ServeCommandTests.article
    static let good = ServeCommandTests.files[article]!

    static let markdownError = "Content/pages/2024/quzhou.md:8:5: error: unknown region \"nowhere\" (not in regions.csv)"
    static let csvError = "Content/data/2024.csv:2:3: error: value \"12,5\" is not a number (indicator patents)"

    /// The errors a page's overlay lists, as the terminal prints them (HTML entities undone).
    static func overlay(_ page: RawHTTP.Response) -> [String]? {
        guard let start = page.text.range(of: "<div id=\"almanac-build-errors\""),
            let end = page.text.range(of: "</ul>", range: start.upperBound..<page.text.endIndex)
        else { return nil }
        return page.text[start.upperBound..<end.lowerBound].components(separatedBy: "<li>").dropFirst().map { item in
            String(item.prefix { $0 != "<" }).replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// Waits for the next build the tab hears of, then GETs `path`.
    func afterNextBuild(_ tab: EventStream, _ server: ServeProcess, _ path: String = "/pages/2024/quzhou/") throws -> RawHTTP.Response {
        #expect(tab.nextVersion() != nil, "no rebuild")
        return try server.http.request(path)
    }

    @Test func aDataErrorJoinsTheMarkdownErrorInsteadOfReplacingIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let tab = try EventStream(port: server.port)
        _ = tab.nextVersion()

        try fixture.write(Self.article, Self.good.replacingOccurrences(of: "第一版", with: "第二版 {{< value patents nowhere 2024 >}}"))
        var page = try afterNextBuild(tab, server)
        #expect(Self.overlay(page) == [Self.markdownError])

        try fixture.write("Content/data/2024.csv", "region,year,patents\nqz,2024,\"12,5\"\n")
        page = try afterNextBuild(tab, server)
        #expect(page.status == 200 && page.text.contains("第一版"), "the last good page")
        #expect(Self.overlay(page)?.contains(Self.csvError) == true, "\(Self.overlay(page) ?? [])")
        #expect(Self.overlay(page)?.contains(Self.markdownError) == true, "\(Self.overlay(page) ?? [])")
        #expect(page.text.contains("The site has \(Self.overlay(page)?.count ?? 0) errors."))
        #expect(Self.overlay(try server.http.request("/regions/")) == Self.overlay(page))

        try fixture.write("Content/data/2024.csv", "region,year,patents\nqz,2024,5590\n")
        page = try afterNextBuild(tab, server)
        #expect(Self.overlay(page) == [Self.markdownError])
        try fixture.write(Self.article, Self.good.replacingOccurrences(of: "第一版", with: "第三版"))
        page = try afterNextBuild(tab, server)
        #expect(Self.overlay(page) == nil && page.text.contains("第三版"))
    }

    @Test func bothErrorsOfOneSaveAreShownTogether() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let tab = try EventStream(port: server.port)
        _ = tab.nextVersion()
        // Written before the watcher's batch is due: one rebuild sees both files.
        try fixture.write("Content/data/2024.csv", "region,year,patents\nqz,2024,\"12,5\"\n")
        try fixture.write(Self.article, Self.good.replacingOccurrences(of: "第一版", with: "第二版 {{< value patents nowhere 2024 >}}"))
        var errors: [String] = []
        let deadline = Date().addingTimeInterval(60)
        while !(errors.contains(Self.csvError) && errors.contains(Self.markdownError)), Date() < deadline, tab.nextVersion() != nil {
            errors = Self.overlay(try server.http.request("/")) ?? []
        }
        #expect(errors.contains(Self.csvError) && errors.contains(Self.markdownError), "\(errors)")
        #expect(try server.http.request("/pages/2024/quzhou/").text.contains("第一版"))
    }

    @Test func aPartialThatIncludesItselfIsAnErrorAndTheServerLivesOn() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(site: fixture.site)
        let tab = try EventStream(port: server.port)
        _ = tab.nextVersion()

        try fixture.write("Templates/partials/footer.mustache", "<footer>{{> partials/footer}}</footer>\n")
        let page = try afterNextBuild(tab, server)
        #expect(page.status == 200 && page.text.contains("第一版"))
        let errors = Self.overlay(page) ?? []
        #expect(errors.contains { $0.hasPrefix("Templates/partials/footer.mustache:1:") && $0.contains("partials/footer") }, "\(errors)")
        #expect(server.waitForError("Templates/partials/footer.mustache:1:") != nil)

        try FileManager.default.removeItem(at: fixture.site.appendingPathComponent("Templates/partials/footer.mustache"))
        let fixed = try afterNextBuild(tab, server)
        #expect(fixed.status == 200 && Self.overlay(fixed) == nil)
    }
}
