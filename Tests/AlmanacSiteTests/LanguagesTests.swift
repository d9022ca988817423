/// One report in two languages from the same data: the main language at the top, the other under
/// `en/` with the same layout; names from the `_en` columns and prose from `NAME.en.md`, falling
/// back to the main language (marked with `lang`) where a translation is missing, which `check`
/// lists; every page linked to its counterpart.
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct LanguagesTests {
    static let site: [String: String] = TestSite.basic.merging([
        "Content/site.yml": "title: {zh-CN: 测试报告, en: Test report}\nlanguages: [zh-CN, en]\nfeatured: [output]\nbase_url: https://example.org/r/\n",
        "Content/regions.csv": "id,name,parent,level,name_en,level_en\nzj,浙江省,,省,Zhejiang,Province\nhz,杭州市,zj,市,Hangzhou,City\nla,临安区,hz,区,Lin'an,District\nqz,衢州市,zj,市,,City\n",
        "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction,name_en,unit_en\noutput,规上工业总产值,亿元,经济,sum,1,up,Industrial output,CNY 100m\npatents,有效发明专利,件,创新,sum,0,up,Invention patents,\n",
        "Content/index.en.md": "---\ntitle: Welcome\n---\nLin'an made {{< value output la 2020 >}}.\n",
        "Content/regions/la.md": "临安的说明。\n",
        "Content/regions/la.en.md": "About Lin'an.\n",
        "Content/regions/qz.md": "衢州的说明。\n",
        "Content/pages/2024/quzhou.en.md": "---\ntitle: Quzhou's patents\n---\nPatents: {{< value patents qz 2024 >}}.\n",
        "Content/pages/only-chinese.md": "---\ntitle: 只有中文\ndate: 2024-01-02\n---\n中文正文。\n",
        "Content/pages/only-english.en.md": "---\ntitle: Only in English\ndate: 2024-03-04\n---\nEnglish text.\n",
    ]) { _, new in new }

    @Test func theOtherLanguageHasTheSameLayoutUnderItsFolder() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.build()
        let en = try site.read("en/regions/la/index.html")
        #expect(en.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(en.contains("<h1>Lin&#39;an <span class=\"level\">District</span></h1>"))
        #expect(en.contains("<p>About Lin'an.</p>"))
        #expect(en.contains(">Industrial output</a> <span class=\"unit\">CNY 100m</span></th>") && en.contains(">974.2</td>"))
        #expect(try site.read("regions/la/index.html").contains("<h1>临安区 <span class=\"level\">区</span></h1>"))
        // Falling back: Quzhou has no name_en, its prose no translation.
        let quzhou = try site.read("en/regions/qz/index.html")
        #expect(quzhou.contains("<h1>衢州市 <span class=\"level\">City</span></h1>"))
        #expect(quzhou.contains("<div lang=\"zh-CN\">\n<p>衢州的说明。</p>\n</div>"))
        #expect(try site.read("en/index.html").contains("<h1>Welcome</h1>"))
        #expect(try site.read("en/index.html").contains("<a class=\"site-title\" href=\"../en/\">Test report</a>"))
        #expect(try brokenLinks(in: site.output).isEmpty)
    }

    @Test func articlesAreTranslatedOrShownInTheMainLanguage() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.build()
        let translated = try site.read("en/pages/2024/quzhou/index.html")
        #expect(translated.contains("<article class=\"article\">\n<header class=\"article-header\">\n<h1>Quzhou&#39;s patents</h1>"))
        #expect(translated.contains("<time datetime=\"2024-09-01\">1 September 2024</time>"))
        #expect(try site.read("pages/2024/quzhou/index.html").contains("<time datetime=\"2024-09-01\">2024年9月1日</time>"))
        #expect(try site.read("en/pages/only-chinese/index.html").contains("<article class=\"article\" lang=\"zh-CN\">"))
        #expect(site.exists("en/pages/only-english/index.html") && !site.exists("pages/only-english/index.html"))
        let index = try site.read("en/pages/index.html")
        #expect(index.contains("Only in English") && index.contains("只有中文") && index.contains("Quzhou&#39;s patents"))
        #expect(!(try site.read("pages/index.html")).contains("Only in English"))
    }

    @Test func everyPageLinksToItsCounterparts() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.build()
        let zh = try site.read("regions/la/index.html")
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/r/regions/la/\">"))
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/r/en/regions/la/\">"))
        #expect(zh.contains("<li><a href=\"../../en/regions/la/\" hreflang=\"en\" lang=\"en\">English</a></li>"))
        #expect(zh.contains("<li><a href=\"../../regions/la/\" hreflang=\"zh-CN\" lang=\"zh-CN\" aria-current=\"page\">中文</a></li>"))
        let en = try site.read("en/regions/la/index.html")
        #expect(en.contains("<li><a href=\"../../../regions/la/\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a></li>"))
        // An article in one language only has no counterpart to name.
        let only = try site.read("en/pages/only-english/index.html")
        #expect(!only.contains("hreflang=\"zh-CN\""))
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/r/en/regions/la/</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/r/regions/la/\"/>"))
        #expect(try site.read("en/feed.xml").contains("<title>Test report</title>"))
        #expect(try site.read("feed.xml").contains("<title>测试报告</title>"))
    }

    @Test func checkListsWhatIsNotTranslated() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains("Content/regions/qz.md:1:1: warning: no en translation (Content/regions/qz.en.md); the en edition shows this one"))
        #expect(messages.contains("Content/pages/only-chinese.md:1:1: warning: no en translation (Content/pages/only-chinese.en.md); the en edition shows this one"))
        #expect(messages.contains("Content/regions.csv:5:1: warning: no name_en of qz; the en edition shows the zh-CN one"))
        #expect(messages.contains("Content/indicators.csv:3:1: warning: no unit_en of patents; the en edition shows the zh-CN one"))
        #expect(!messages.contains { $0.contains("error") })
    }

    @Test func bothLanguagesAreDeterministic() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.build()
        let first = files(under: site.output).map { ($0, try? Data(contentsOf: site.output.appendingPathComponent($0))) }
        try FileManager.default.removeItem(at: site.output)
        try site.build()
        let second = files(under: site.output).map { ($0, try? Data(contentsOf: site.output.appendingPathComponent($0))) }
        #expect(first.map(\.0) == second.map(\.0) && first.count > 30)
        #expect(zip(first, second).allSatisfy { $0.1 == $1.1 })
    }
}
