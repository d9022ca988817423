import Foundation
import Testing

import AlmanacSite

/// The in-memory build behind `almanac serve`: after every change, the site it holds must be the
/// very bytes a fresh build of the changed folder gives, while it renders only what the change
/// affects.
@Suite struct BuildSessionTests {
    /// The basic site with an article that has a `summary:` (so listings do not show its first
    /// paragraph) and one that has none.
    static let files: [String: String] = TestSite.basic.merging([
        "Content/pages/2020/linan.md": "---\ntitle: 临安\ndate: 2020-12-01\nsummary: 临安的质量提升。\nregion: la\nyear: 2020\n---\n产值 {{< value output la 2020 >}}。\n\n第二段。\n",
        "Content/pages/2024/quzhou.md": "---\ntitle: 衢州专利\ndate: 2024-09-01\nregion: qz\n---\n专利数量继续增长。\n\n专利 {{< value patents qz 2024 >}}。\n",
    ]) { _, new in new }

    func session(_ site: TestSite, drafts: Bool = false, baseURL: String? = nil) throws -> BuildSession {
        var options = SiteBuilder.Options(site: site.root)
        options.drafts = drafts
        options.baseURL = baseURL
        return try session(options)
    }

    func session(_ options: SiteBuilder.Options) throws -> BuildSession {
        var session = try BuildSession(options)
        let outcome = session.build()
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        return session
    }

    /// Every file of a site and its bytes.
    func contents(_ snapshot: SiteSnapshot?) -> [String: [UInt8]] {
        guard let snapshot else { return [:] }
        var result: [String: [UInt8]] = [:]
        for path in snapshot.paths { result[path] = snapshot.contents(path) }
        return result
    }

    /// Expects the session's site to equal a fresh build of the same folder.
    func expectFresh(_ session: BuildSession, _ site: TestSite, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fresh = contents(try self.session(session.options).lastGood)
        let held = contents(session.lastGood)
        let differing = Set(fresh.keys).union(held.keys).filter { fresh[$0] != held[$0] }.sorted()
        #expect(differing.isEmpty, "differ from a fresh build: \(differing)", sourceLocation: sourceLocation)
        #expect(!fresh.isEmpty, sourceLocation: sourceLocation)
    }

    func text(_ session: BuildSession, _ path: String) -> String {
        session.lastGood?.contents(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func aBodyEditRendersOnlyThatArticle() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        try site.write("Content/pages/2020/linan.md", Self.files["Content/pages/2020/linan.md"]!.replacingOccurrences(of: "第二段", with: "改过的第二段"))
        let outcome = session.update(["Content/pages/2020/linan.md"])
        #expect(outcome.succeeded && !outcome.full)
        #expect(outcome.changes == ["Content/pages/2020/linan.md"])
        #expect(outcome.rendered == ["pages/2020/linan/index.html"])
        #expect(text(session, "pages/2020/linan/index.html").contains("改过的第二段"))
        try expectFresh(session, site)
    }

    @Test func aNewFirstParagraphRendersTheListingsThatShowIt() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        try site.write("Content/pages/2024/quzhou.md", Self.files["Content/pages/2024/quzhou.md"]!.replacingOccurrences(of: "专利数量继续增长", with: "专利数量大幅增长"))
        let outcome = session.update(["Content/pages/2024/quzhou.md"])
        #expect(Set(outcome.rendered) == ["pages/2024/quzhou/index.html", "index.html", "pages/index.html", "regions/qz/index.html"])
        #expect(text(session, "pages/index.html").contains("专利数量大幅增长"))
        try expectFresh(session, site)
    }

    @Test func whatListingsShowChangesThemWithoutReordering() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let file = "Content/pages/2020/linan.md"
        try site.write(file, Self.files[file]!.replacingOccurrences(of: "region: la", with: "region: qz")
            .replacingOccurrences(of: "临安的质量提升。", with: "新的摘要。"))
        let outcome = session.update([file])
        #expect(Set(outcome.rendered) == [
            "pages/2020/linan/index.html", "index.html", "pages/index.html", "regions/la/index.html", "regions/qz/index.html",
            "years/2020/index.html",
        ])
        #expect(text(session, "regions/qz/index.html").contains("新的摘要"))
        #expect(!text(session, "regions/la/index.html").contains("临安的质量提升"))
        try expectFresh(session, site)
    }

    @Test func aTitleEditRewritesTheFeedAndKeepsTheSitemap() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site, baseURL: "https://example.org/report/")
        let sitemap = text(session, "sitemap.xml")
        let file = "Content/pages/2024/quzhou.md"
        try site.write(file, Self.files[file]!.replacingOccurrences(of: "title: 衢州专利", with: "title: 衢州发明专利"))
        let outcome = session.update([file])
        #expect(outcome.succeeded && !outcome.full)
        #expect(text(session, "feed.xml").contains("<title>衢州发明专利</title>"))
        #expect(sitemap.contains("https://example.org/report/pages/2024/quzhou/") && text(session, "sitemap.xml") == sitemap)
        try expectFresh(session, site)
    }

    @Test func articlesComeGoAndChangeTheirSlug() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site, baseURL: "https://example.org/report/")

        try site.write("Content/pages/2024/new.md", "---\ntitle: 新文章\ndate: 2024-10-01\nyear: 2020\n---\n新内容。\n")
        var outcome = session.update(["Content/pages/2024/new.md"])
        #expect(outcome.rendered.first == "pages/2024/new/index.html")
        #expect(outcome.rendered.contains("years/2020/index.html"))
        #expect(text(session, "index.html").contains("新文章"))
        #expect(text(session, "feed.xml").contains("<title>新文章</title>"))
        #expect(text(session, "sitemap.xml").contains("https://example.org/report/pages/2024/new/"))
        try expectFresh(session, site)

        try site.write("Content/pages/2024/new.md", "---\ntitle: 新文章\ndate: 2024-10-01\nslug: renamed\n---\n新内容。\n")
        outcome = session.update(["Content/pages/2024/new.md"])
        #expect(outcome.removed == ["pages/2024/new/index.html"])
        #expect(session.lastGood?.contains("pages/renamed/index.html") == true)
        #expect(session.lastGood?.contains("pages/2024/new/index.html") == false)
        try expectFresh(session, site)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/pages/2024/new.md"))
        outcome = session.update(["Content/pages/2024/new.md"])
        #expect(outcome.removed == ["pages/renamed/index.html"])
        #expect(!text(session, "pages/index.html").contains("新文章"))
        try expectFresh(session, site)
    }

    @Test func draftsLeaveAndReturn() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let file = "Content/pages/2020/linan.md"
        try site.write(file, Self.files[file]!.replacingOccurrences(of: "year: 2020\n", with: "year: 2020\ndraft: true\n"))
        var outcome = session.update([file])
        #expect(outcome.removed == ["pages/2020/linan/index.html"])
        #expect(outcome.rendered.contains("regions/la/index.html") && outcome.rendered.contains("years/2020/index.html"))
        try expectFresh(session, site)

        var drafts = try self.session(site, drafts: true)
        #expect(drafts.lastGood?.contains("pages/2020/linan/index.html") == true)
        try site.write(file, Self.files[file]!)
        outcome = session.update([file])
        #expect(outcome.rendered.first == "pages/2020/linan/index.html")
        try expectFresh(session, site)
        outcome = drafts.update([file])
        #expect(outcome.rendered == ["pages/2020/linan/index.html"])
    }

    @Test func aFolderOfArticlesMovedAwayTakesItsPages() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        try FileManager.default.moveItem(
            at: site.root.appendingPathComponent("Content/pages/2024"), to: site.root.appendingPathComponent("elsewhere"))
        let outcome = session.update(["Content/pages/2024"])
        #expect(outcome.removed == ["pages/2024/quzhou/index.html"])
        try expectFresh(session, site)
    }

    @Test func proseRendersItsOnePage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        try site.write("Content/regions/qz.md", "衢州的**说明**。\n")
        var outcome = session.update(["Content/regions/qz.md"])
        #expect(outcome.rendered == ["regions/qz/index.html"])
        #expect(text(session, "regions/qz/index.html").contains("衢州的<strong>说明</strong>"))
        try site.write("Content/index.md", "---\ntitle: 新标题\n---\n首页。\n")
        outcome = session.update(["Content/index.md"])
        #expect(outcome.rendered == ["index.html"])
        try site.write("Content/indicators/patents.md", "专利的定义。\n")
        outcome = session.update(["Content/indicators/patents.md"])
        #expect(outcome.rendered == ["indicators/patents/index.html"])
        try expectFresh(session, site)
    }

    @Test func dataSettingsAndTemplatesRenderEverything() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        try site.write("Content/data/patents.csv", "region,year,patents,note\nqz,2023,4573,推算值\nqz,2024,6000,\n")
        var outcome = session.update(["Content/data/patents.csv"])
        #expect(outcome.full && outcome.succeeded)
        #expect(text(session, "pages/2024/quzhou/index.html").contains("6,000件"))
        try expectFresh(session, site)

        try site.write("Templates/partials/footer.mustache", "<footer>新页脚</footer>\n")
        outcome = session.update(["Templates/partials/footer.mustache"])
        #expect(outcome.full)
        #expect(text(session, "regions/la/index.html").contains("新页脚"))
        try expectFresh(session, site)

        try site.write("Content/site.yml", "title: 改名的报告\n")
        outcome = session.update(["Content/site.yml"])
        #expect(outcome.full)
        #expect(text(session, "years/index.html").contains("改名的报告"))
        try expectFresh(session, site)
    }

    @Test func assetsAndStaticFilesRenderNothing() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        try site.write("Templates/assets/style.css", "body { color: teal }\n")
        var outcome = session.update(["Templates/assets/style.css"])
        #expect(!outcome.full && outcome.rendered.isEmpty)
        #expect(text(session, "assets/style.css") == "body { color: teal }\n")
        try expectFresh(session, site)

        try site.write("Content/static/files/报告.txt", "全文\n")
        outcome = session.update(["Content/static/files/报告.txt"])
        #expect(!outcome.full && outcome.rendered.isEmpty && outcome.succeeded)
        #expect(text(session, "files/报告.txt") == "全文\n")
        try expectFresh(session, site)

        try site.write("Content/static/index.html", "clash\n")
        outcome = session.update(["Content/static/index.html"])
        #expect(outcome.diagnostics.map(\.description) == ["Content/static/index.html:1:1: error: would overwrite the generated index.html"])
    }

    @Test func scratchFilesAndUnreadFilesChangeNothing() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let outcome = session.update([
            "Content/pages/2024/.quzhou.md.swp", "Content/pages/2024/quzhou.md~", "Content/pages/2024/4913",
            "Content/pages/#quzhou.md#", "Content/notes.txt", "Output/index.html", "README.md", "Templates/.DS_Store",
            "Content/pages/2024/sedX3f9a", "Content/regions/empty-folder",
        ])
        #expect(outcome.isEmpty && outcome.rendered.isEmpty)
    }

    @Test func errorsKeepTheLastGoodSiteUntilFixed() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let file = "Content/pages/2024/quzhou.md"
        let good = text(session, "pages/2024/quzhou/index.html")

        try site.write(file, Self.files[file]!.replacingOccurrences(of: "patents qz 2024", with: "patents qz 1999"))
        var outcome = session.update([file])
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.contains { $0.file == file && $0.line == 8 && $0.severity == .error })
        #expect(text(session, "pages/2024/quzhou/index.html") == good)

        try site.write(file, "---\ntitle: 衢州\ndate: yesterday\n---\n正文。\n")
        outcome = session.update([file])
        #expect(outcome.diagnostics.map(\.description) == ["\(file):3:1: error: date \"yesterday\" is not a date written YYYY-MM-DD"])
        #expect(text(session, "pages/2024/quzhou/index.html") == good)

        try site.write("Content/pages/2020/linan.md", Self.files["Content/pages/2020/linan.md"]! + "\n新的一段。\n")
        outcome = session.update(["Content/pages/2020/linan.md"])
        #expect(!outcome.succeeded)
        #expect(!text(session, "pages/2020/linan/index.html").contains("新的一段"))

        try site.write(file, Self.files[file]!.replacingOccurrences(of: "继续增长", with: "再次增长"))
        outcome = session.update([file])
        #expect(outcome.succeeded && outcome.diagnostics.isEmpty)
        // Rendered while the errors lasted (to report them all), published now.
        #expect(text(session, "pages/2024/quzhou/index.html").contains("再次增长"))
        #expect(text(session, "pages/2020/linan/index.html").contains("新的一段"))
        try expectFresh(session, site)
    }

    @Test func aBrokenDataFileKeepsTheSiteAndItsFixRendersAll() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        try site.write("Content/data/patents.csv", "region,year,patents,note\nqz,2024,\"12,5\",\n")
        var outcome = session.update(["Content/data/patents.csv"])
        #expect(outcome.diagnostics.map(\.description).contains("Content/data/patents.csv:2:3: error: value \"12,5\" is not a number (indicator patents)"))
        #expect(text(session, "pages/2024/quzhou/index.html").contains("5,590件"))
        try site.write("Content/pages/2020/linan.md", Self.files["Content/pages/2020/linan.md"]! + "\n又一段。\n")
        outcome = session.update(["Content/pages/2020/linan.md"])
        #expect(!outcome.succeeded)
        try site.write("Content/data/patents.csv", "region,year,patents,note\nqz,2023,4573,推算值\nqz,2024,5591,\n")
        outcome = session.update(["Content/data/patents.csv"])
        #expect(outcome.succeeded && outcome.full)
        #expect(text(session, "pages/2020/linan/index.html").contains("又一段"))
        try expectFresh(session, site)
    }
}
