import Foundation
import Testing

import AlmanacSite

/// The preview of a site in two languages: a save renders again, in both editions, what it
/// changes and only that — the Chinese pages at the top, the English ones under `en/` — and the
/// site held after it is the very bytes a fresh build of the changed folder gives.
@Suite struct LanguagesRebuildTests {
    /// Lin'an's article and prose are translated (the article's date left to the original);
    /// Quzhou's article and prose are not, so the English edition shows them in Chinese.
    static let files: [String: String] = TestSite.basic.merging([
        "Content/site.yml": "title: {zh-CN: 测试报告, en: Test report}\nlanguages: [zh-CN, en]\nfeatured: [output]\n",
        "Content/regions.csv": "id,name,parent,level,name_en,level_en\nzj,浙江省,,省,Zhejiang,Province\nhz,杭州市,zj,市,Hangzhou,City\nla,临安区,hz,区,Lin'an,District\nqz,衢州市,zj,市,Quzhou,City\n",
        "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction,name_en,unit_en,category_en\noutput,规上工业总产值,亿元,经济,sum,1,up,Industrial output,CNY 100m,Economy\npatents,有效发明专利,件,创新,sum,0,up,Invention patents,patents,Innovation\n",
        "Content/index.en.md": "---\ntitle: Welcome\n---\nLin'an made {{< value output la 2020 >}}.\n",
        "Content/pages/2020/linan.md": "---\ntitle: 临安\ndate: 2020-12-01\nsummary: 临安的质量提升。\nregion: la\nyear: 2020\n---\n产值 {{< value output la 2020 >}}。\n\n第二段。\n",
        "Content/pages/2020/linan.en.md": "---\ntitle: Lin'an\nsummary: Quality in Lin'an.\n---\nOutput {{< value output la 2020 >}}.\n\nSecond paragraph.\n",
        "Content/pages/2024/quzhou.md": "---\ntitle: 衢州专利\ndate: 2024-09-01\nregion: qz\n---\n专利数量继续增长。\n\n专利 {{< value patents qz 2024 >}}。\n",
        "Content/regions/la.md": "临安的说明。\n",
        "Content/regions/la.en.md": "About Lin'an.\n",
        "Content/regions/qz.md": "衢州的说明。\n",
    ]) { _, new in new }

    func session(_ site: TestSite) throws -> BuildSession {
        var session = try BuildSession(SiteBuilder.Options(site: site.root))
        let outcome = session.build()
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
        return session
    }

    /// Every file of the site held and its bytes.
    func contents(_ session: BuildSession) -> [String: [UInt8]] {
        guard let snapshot = session.lastGood else { return [:] }
        var result: [String: [UInt8]] = [:]
        for path in snapshot.paths { result[path] = snapshot.contents(path) }
        return result
    }

    /// The paths whose bytes differ between two sites, or that only one has.
    func differing(_ before: [String: [UInt8]], _ after: [String: [UInt8]]) -> Set<String> {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    }

    /// Expects the session's site to equal a fresh build of the same folder.
    func expectFresh(_ session: BuildSession, _ site: TestSite, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fresh = contents(try self.session(site))
        let held = contents(session)
        #expect(differing(fresh, held).isEmpty, "differ from a fresh build: \(differing(fresh, held).sorted())", sourceLocation: sourceLocation)
        #expect(fresh.keys.contains("en/index.html"), sourceLocation: sourceLocation)
    }

    func text(_ session: BuildSession, _ path: String) -> String {
        session.lastGood?.contents(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func edit(_ site: TestSite, _ file: String, _ old: String, _ new: String) throws {
        let text = Self.files[file]!
        #expect(text.contains(old), "\(file) has no \(old)")
        try site.write(file, text.replacingOccurrences(of: old, with: new))
    }

    @Test func aDataEditRendersBothLanguages() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let before = contents(session)
        try edit(site, "Content/data/patents.csv", "qz,2024,5590", "qz,2024,6000")
        let outcome = session.update(["Content/data/patents.csv"])
        #expect(outcome.succeeded && outcome.full)
        for page in ["pages/2024/quzhou/index.html", "regions/qz/index.html", "indicators/patents/index.html"] {
            #expect(outcome.rendered.contains(page) && outcome.rendered.contains("en/" + page), "\(page)")
        }
        #expect(text(session, "pages/2024/quzhou/index.html").contains("6,000件"))
        #expect(text(session, "en/pages/2024/quzhou/index.html").contains("6,000 patents"))
        // What changed changed in both editions alike, and the pages that do not show Quzhou's
        // patents are as they were.
        let changed = differing(before, contents(session)).filter { $0.hasSuffix(".html") }
        let chinese = changed.filter { !$0.hasPrefix("en/") }
        #expect(chinese.contains("regions/qz/index.html"))
        #expect(Set(chinese.map { "en/" + $0 }) == changed.subtracting(chinese))
        #expect(!changed.contains("regions/la/index.html") && !changed.contains("en/indicators/output/index.html"))
        try expectFresh(session, site)
    }

    @Test func anEnglishEditRendersOnlyEnglishPages() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let file = "Content/pages/2020/linan.en.md"
        try edit(site, file, "Second paragraph", "An edited second paragraph")
        var outcome = session.update([file])
        #expect(outcome.succeeded && !outcome.full)
        #expect(outcome.rendered == ["en/pages/2020/linan/index.html"])
        #expect(text(session, "en/pages/2020/linan/index.html").contains("An edited second paragraph"))
        try expectFresh(session, site)

        // What listings show of it: the English listings that show it, not the Chinese ones.
        try edit(site, file, "Quality in Lin'an.", "Lin'an's year of quality.")
        outcome = session.update([file])
        #expect(Set(outcome.rendered) == [
            "en/pages/2020/linan/index.html", "en/index.html", "en/pages/index.html", "en/regions/la/index.html",
            "en/years/2020/index.html",
        ])
        #expect(text(session, "en/regions/la/index.html").contains("Lin&#39;an&#39;s year of quality."))
        try expectFresh(session, site)

        try site.write("Content/regions/la.en.md", "About *Lin'an*.\n")
        outcome = session.update(["Content/regions/la.en.md"])
        #expect(outcome.rendered == ["en/regions/la/index.html"])
        try expectFresh(session, site)
    }

    @Test func aChineseEditRendersTheEnglishPagesThatShowIt() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        // Translated: the English article is its own.
        let linan = "Content/pages/2020/linan.md"
        try edit(site, linan, "第二段", "改过的第二段")
        var outcome = session.update([linan])
        #expect(outcome.rendered == ["pages/2020/linan/index.html"])
        try edit(site, linan, "临安的质量提升。", "临安的新摘要。")
        outcome = session.update([linan])
        #expect(Set(outcome.rendered) == [
            "pages/2020/linan/index.html", "index.html", "pages/index.html", "regions/la/index.html", "years/2020/index.html",
        ])
        try expectFresh(session, site)

        // Not translated: the English edition shows the Chinese article, and its first
        // paragraph in its listings.
        let quzhou = "Content/pages/2024/quzhou.md"
        try edit(site, quzhou, "专利数量继续增长", "专利数量大幅增长")
        outcome = session.update([quzhou])
        #expect(Set(outcome.rendered) == [
            "pages/2024/quzhou/index.html", "index.html", "pages/index.html", "regions/qz/index.html",
            "en/pages/2024/quzhou/index.html", "en/index.html", "en/pages/index.html", "en/regions/qz/index.html",
        ])
        #expect(text(session, "en/pages/index.html").contains("专利数量大幅增长"))
        try expectFresh(session, site)

        try site.write("Content/regions/qz.md", "衢州的**说明**。\n")
        outcome = session.update(["Content/regions/qz.md"])
        #expect(Set(outcome.rendered) == ["regions/qz/index.html", "en/regions/qz/index.html"])
        try site.write("Content/regions/la.md", "临安的**说明**。\n")
        outcome = session.update(["Content/regions/la.md"])
        #expect(outcome.rendered == ["regions/la/index.html"])
        try expectFresh(session, site)
    }

    @Test func whatATranslationTakesFromItsOriginalFollowsIt() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        // The translation gives no date: it shows the original's.
        let linan = "Content/pages/2020/linan.md"
        try edit(site, linan, "date: 2020-12-01", "date: 2020-11-02")
        let outcome = session.update([linan])
        #expect(outcome.rendered.contains("en/pages/2020/linan/index.html") && outcome.rendered.contains("en/pages/index.html"))
        #expect(text(session, "en/pages/2020/linan/index.html").contains("<time datetime=\"2020-11-02\">2 November 2020</time>"))
        try expectFresh(session, site)
    }

    @Test func translationsComeAndGo() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let file = "Content/pages/2024/quzhou.en.md"
        try site.write(file, "---\ntitle: Quzhou's patents\n---\nPatents grew.\n")
        var outcome = session.update([file])
        #expect(outcome.rendered.first == "en/pages/2024/quzhou/index.html")
        #expect(!outcome.rendered.contains { !$0.hasPrefix("en/") })
        #expect(text(session, "en/pages/index.html").contains("Quzhou&#39;s patents"))
        try expectFresh(session, site)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent(file))
        outcome = session.update([file])
        #expect(outcome.rendered.first == "en/pages/2024/quzhou/index.html")
        #expect(!outcome.rendered.contains { !$0.hasPrefix("en/") })
        #expect(text(session, "en/pages/2024/quzhou/index.html").contains("<article class=\"article\" lang=\"zh-CN\">"))
        try expectFresh(session, site)
    }

    @Test func anEnglishNameChangesOnlyTheEnglishPagesThatShowIt() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = try session(site)
        let before = contents(session)
        try edit(site, "Content/indicators.csv", "Industrial output", "Output of industry")
        let outcome = session.update(["Content/indicators.csv"])
        #expect(outcome.succeeded && outcome.full)
        let after = contents(session)
        let changed = differing(before, after)
        #expect(!changed.contains { !$0.hasPrefix("en/") }, "Chinese files changed: \(changed.sorted())")
        let pages = after.keys.filter { $0.hasPrefix("en/") && $0.hasSuffix(".html") }
        let showing = Set(pages.filter { String(decoding: after[$0]!, as: UTF8.self).contains("Output of industry") })
        #expect(showing.contains("en/indicators/output/index.html") && showing.contains("en/regions/la/index.html"))
        #expect(!showing.contains("en/pages/2024/quzhou/index.html"))
        #expect(changed.filter { $0.hasSuffix(".html") } == showing)
        try expectFresh(session, site)
    }
}
