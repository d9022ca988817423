import Foundation
import Testing

@testable import AlmanacSite

/// Small sites built in temporary folders: the pages, the numbers, and what goes wrong.
@Suite struct FixtureSiteTests {
    func build(_ site: TestSite, configure: (inout SiteBuilder.Options) -> Void = { _ in }) throws -> SiteBuilder.Report {
        var options = SiteBuilder.Options(site: site.root)
        configure(&options)
        return try SiteBuilder.build(options)
    }

    @Test func buildsTheSiteWithFiguresFromTheModel() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        let report = try build(site)
        #expect(report.rows == 6)
        #expect(report.pages == 18)
        let home = try site.read("index.html")
        #expect(home.contains("<html lang=\"zh-CN\">"))
        #expect(home.contains(">974.2亿元</span>"))
        #expect(home.contains(">8.9%</span>"))
        let article = try site.read("pages/2024/quzhou/index.html")
        #expect(article.contains(">5,590件</span>"))
        #expect(article.contains(">+22.2%</span>"))
        #expect(article.contains("<h2 id=\"图\">图</h2>"))
        #expect(article.contains("role=\"img\""))
        // Zhejiang: Hangzhou's own report (974.2) plus Quzhou (500), complete, so not partial.
        let zj = try site.read("regions/zj/index.html")
        #expect(zj.contains(">1,474.2</td>"))
        let data = try site.read("data/observations.csv")
        #expect(data.contains("zj,浙江省,2020,output,规上工业总产值,1474.2,亿元,rolled-up,,\r\n"))
        #expect(data.contains("qz,衢州市,2023,patents,有效发明专利,4573,件,reported,,推算值\r\n"))
        #expect(site.exists("data/indicators/patents.csv"))
        #expect(site.exists(".almanac-output"))
    }

    @Test func allErrorsAtOnceInCompilerFormatAndNothingWritten() throws {
        var files = TestSite.basic
        files["Content/data/2024.csv"] = "region,year,patents\nqz,2022,1\nqz,2021,\"12,5\"\n"
        files["Content/data/bad.csv"] = "region,year,indicator,value\nnowhere,2020,output,1\n"
        files["Content/pages/x.md"] = "---\ntitle: x\n---\n\nSee {{< value patents qz 1999 >}}.\n"
        let site = try TestSite(files)
        defer { site.remove() }
        do {
            _ = try build(site)
            Issue.record("a site with errors was built")
        } catch let error as ContentErrors {
            #expect(error.diagnostics.map(\.description) == [
                "Content/data/2024.csv:3:3: error: value \"12,5\" is not a number (indicator patents)",
                "Content/data/bad.csv:2:1: error: unknown region \"nowhere\" (not in regions.csv)",
                "Content/pages/x.md:5:5: error: no figure for patents in qz in 1999",
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        // With the data fixed, the Markdown error stays.
        try site.write("Content/data/2024.csv", "region,year,patents\nqz,2022,1\n")
        try site.write("Content/data/bad.csv", "region,year,indicator,value\n")
        #expect(throws: ContentErrors.self) { try build(site) }
        let diagnostics = try SiteBuilder.check(SiteBuilder.Options(site: site.root))
        #expect(diagnostics.map(\.description) == ["Content/pages/x.md:5:5: error: no figure for patents in qz in 1999"])
    }

    /// Rows reach the model in batches from the reader's thread: the places a duplicate or a
    /// roll-up that disagrees points to must still name each row's own file and line.
    @Test func dataDiagnosticsNameTheirFileAcrossBatches() throws {
        var files = TestSite.basic
        files["Content/data/a-many.csv"] = "region,year,indicator,value\n"
            + (0..<9000).map { "la,\(1000 + $0),patents,\($0)\n" }.joined()
        files["Content/data/b-more.csv"] = "region,year,indicator,value\nla,8999,patents,1\nhz,1001,patents,5\n"
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(try site.check() == [
            "Content/data/b-more.csv:2:4: error: conflicting values for patents, la, 8999: 1 here, 7999 on Content/data/a-many.csv:8001",
            "Content/data/b-more.csv:3:4: warning: patents for hz in 1001 is reported as 5 but the sum of its children is 1",
        ])
    }

    @Test func aFailedBuildLeavesTheLastOutputWhole() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        _ = try build(site)
        let before = files(under: site.output)
        let home = try site.read("index.html")
        try site.write("Content/index.md", "{{< value output la 1900 >}}")
        #expect(throws: ContentErrors.self) { try build(site) }
        #expect(files(under: site.output) == before)
        #expect(try site.read("index.html") == home)
        // Nothing of the failed build is left; the records of the first output's files stay next to it.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("almanac-") }
        #expect(leftovers == [".Output.almanac-records"])
    }

    @Test func refusesOutputFoldersItDidNotWrite() throws {
        let site = try TestSite(TestSite.basic.merging(["Output/notes.txt": "mine"]) { a, _ in a })
        defer { site.remove() }
        do {
            _ = try build(site)
            Issue.record("foreign output folder replaced")
        } catch let error as UsageError {
            #expect(error.message.contains("holds files Almanac did not write"))
        }
        #expect(try String(contentsOf: site.output.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        _ = try build(site) { $0.force = true }
        #expect(site.exists("index.html") && !site.exists("notes.txt"))
        #expect(throws: UsageError.self) { try build(site) { $0.output = site.root } }
        #expect(throws: UsageError.self) { try build(site) { $0.output = site.root.deletingLastPathComponent() } }
    }

    @Test func portableLinksNameIndexHTMLAndResolve() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        _ = try build(site) { $0.portable = true }
        let region = try site.read("regions/la/index.html")
        #expect(region.contains("href=\"../../index.html\""))
        #expect(region.contains("href=\"../../indicators/output/index.html\""))
        for page in files(under: site.output) where page.hasSuffix(".html") && page != "404.html" {
            for link in links(in: try site.read(page)) where !link.hasPrefix("#") && !link.hasPrefix("http") {
                #expect(!link.hasSuffix("/"), "\(page): \(link)")
            }
        }
        #expect(try brokenLinks(in: site.output) == [])
    }

    @Test func baseURLAddsCanonicalSitemapAndFeed() throws {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        _ = try build(site) { $0.baseURL = "https://example.org/reports/2024" }
        #expect(try site.read("regions/la/index.html").contains("<link rel=\"canonical\" href=\"https://example.org/reports/2024/regions/la/\">"))
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/reports/2024/pages/2024/quzhou/</loc>"))
        #expect(!sitemap.contains("404"))
        let feed = try site.read("feed.xml")
        #expect(feed.contains("<updated>2024-09-01T00:00:00Z</updated>"))
        #expect(feed.contains("<title>衢州专利</title>"))
        #expect(try site.read("404.html").contains("href=\"https://example.org/reports/2024/assets/style.css\""))
    }

    @Test func contentIsEscapedEverywhere() throws {
        let hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>"
        var files = TestSite.basic
        files["Content/regions.csv"] = "id,name,parent\nzj,\"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))\",\nhz,杭州市,zj\nla,临安区,hz\nqz,衢州市,zj\n"
        files["Content/site.yml"] = "title: '</title><svg onload=alert(3)>'\n"
        files["Content/pages/2024/quzhou.md"] = "---\ntitle: \"<b>x</b>\"\nregion: zj\n---\n<script>alert(4)</script>\n\n[x](javascript:alert(5))\n\n```chart\nindicator: output\ntitle: \"<svg onload=alert(6)>\"\n```\n"
        let site = try TestSite(files)
        defer { site.remove() }
        _ = try build(site)
        for page in FixtureSitesSupport.htmlFiles(site) {
            let html = try site.read(page)
            #expect(!html.contains("<script"), "\(page)")
            #expect(!html.contains("<img src=x"), "\(page)")
            #expect(!html.contains("<svg onload"), "\(page)")
            #expect(!html.contains("javascript:"), "\(page)")
            #expect(!html.contains("<b>x</b>"), "\(page)")
        }
        #expect(try site.read("regions/zj/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;"))
    }

    @Test func templatesOverrideTheThemeFileByFile() throws {
        let site = try TestSite(TestSite.basic.merging(["Templates/partials/footer.mustache": "<footer>自定义页脚 {{site.title}}</footer>"]) { a, _ in a })
        defer { site.remove() }
        _ = try build(site)
        let home = try site.read("index.html")
        #expect(home.contains("<footer>自定义页脚 测试报告</footer>"))
        #expect(home.contains("class=\"site-header\""))  // the rest is still the built-in theme
        try site.write("Templates/partials/header.mustache", "{{#nav}}\n<a>{{label}}</a>\n")
        do {
            _ = try build(site)
            Issue.record("broken template accepted")
        } catch let error as ContentErrors {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].file == "Templates/partials/header.mustache")
            #expect(error.diagnostics[0].message.hasPrefix("template:"))
        }
    }

    @Test func englishSites() throws {
        var files = TestSite.basic
        files["Content/site.yml"] = "title: Test report\nlanguage: en\n"
        files["Content/data/big.csv"] = "region,year,indicator,value\nla,2019,output,12000\n"
        let site = try TestSite(files)
        defer { site.remove() }
        _ = try build(site)
        let region = try site.read("regions/la/index.html")
        #expect(region.contains("<html lang=\"en\">"))
        #expect(region.contains(">Regions</a>"))
        #expect(region.contains(">12K</text>") || region.contains(">10K</text>"))
    }

    @Test func draftsOnlyWhenAsked() throws {
        let site = try TestSite(TestSite.basic.merging(["Content/pages/draft.md": "---\ntitle: 草稿\ndraft: true\n---\ntext\n"]) { a, _ in a })
        defer { site.remove() }
        _ = try build(site)
        #expect(!site.exists("pages/draft/index.html"))
        _ = try build(site) { $0.drafts = true }
        #expect(site.exists("pages/draft/index.html"))
    }

    @Test func blocksAndShortcodesReportBadReferencesWithLines() throws {
        var files = TestSite.basic
        files["Content/index.md"] = "text\n\n```chart\ntype: pie\nindicator: output\n```\n\n```table\nindicator: nope\n```\n\n{{< value output la >}} {{< bogus a >}}\n\n```table\nsource: ../secret.csv\n```\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let diagnostics = try SiteBuilder.check(SiteBuilder.Options(site: site.root))
        #expect(diagnostics.map(\.description) == [
            "Content/index.md:4:1: error: chart type \"pie\" is not one of line, bar, column, sparkline, small-multiples",
            "Content/index.md:9:1: error: unknown indicator \"nope\" (not in indicators.csv)",
            "Content/index.md:12:1: error: shortcode value takes indicator region year, e.g. {{< value patents quzhou 2024 >}}",
            "Content/index.md:12:25: error: unknown shortcode \"bogus\" (known: cagr, change, rank, value)",
            "Content/index.md:15:1: error: source \"../secret.csv\" must be a path inside Content/",
        ])
    }

    @Test func sourceTablesShowAnyCSVAsItIs() throws {
        var files = TestSite.basic
        files["Content/tables/awards.csv"] = "奖项,家数\n中国质量奖提名奖,1\n\"省质量奖, 含提名\",4\n"
        files["Content/index.md"] = "```table\nsource: tables/awards.csv\ntitle: 获奖\n```\n\n```table\nsource: data/output.csv\n```\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let diagnostics = try SiteBuilder.check(SiteBuilder.Options(site: site.root))
        #expect(diagnostics.map(\.message) == ["source \"data/output.csv\" is an observations file; show its data with indicator: instead"])
        try site.write("Content/index.md", "```table\nsource: tables/awards.csv\ntitle: 获奖\n```\n")
        _ = try build(site)
        let home = try site.read("index.html")
        #expect(home.contains("<caption>获奖</caption>"))
        #expect(home.contains("<th scope=\"col\">奖项</th>"))
        #expect(home.contains("<td>省质量奖, 含提名</td>"))
    }
}

enum FixtureSitesSupport {
    static func htmlFiles(_ site: TestSite) -> [String] {
        files(under: site.output).filter { $0.hasSuffix(".html") }
    }
}

/// Share of the parent and attainment of targets in region tables (issue 3: every derived figure shown).
@Suite struct DerivedFigureTests {
    @Test func regionTablesShowShareAndTargetWhereTheyExist() throws {
        var files = TestSite.basic
        files["Content/targets.csv"] = "region,year,indicator,target\nqz,2020,output,600\n"
        let site = try TestSite(files)
        defer { site.remove() }
        _ = try SiteBuilder.build(SiteBuilder.Options(site: site.root))
        let quzhou = try site.read("regions/qz/index.html")
        #expect(quzhou.contains(">占上级比重</th>"))
        #expect(quzhou.contains(">目标完成率</th>"))
        let row = try #require(quzhou.components(separatedBy: "<tr>").first { $0.contains("规上工业总产值") })
        // 500 of Zhejiang's complete 1,474.2 (Hangzhou 974.2 + Quzhou 500); 500 of a 600 target.
        #expect(row.contains(">33.9%</td>"))
        #expect(row.contains("title=\"目标：600.0亿元，2020年\">83.3%</td>"))
        // Lin'an's parent figure (Hangzhou) is reported, and Lin'an has no target: share only.
        let linan = try site.read("regions/la/index.html")
        #expect(linan.contains(">占上级比重</th>"))
        #expect(!linan.contains(">目标完成率</th>"))
        // Zhejiang has no parent and no target: neither column.
        let zhejiang = try site.read("regions/zj/index.html")
        #expect(!zhejiang.contains(">占上级比重</th>") && !zhejiang.contains(">目标完成率</th>"))
    }
}
