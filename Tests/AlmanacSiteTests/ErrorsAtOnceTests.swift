/// One run reports the errors of every stage: a data file's error does not hide the Markdown's,
/// a `site.yml` error does not hide a block's, and nothing is written while any remains.
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct ErrorsAtOnceTests {
    @Test func dataAndMarkdownErrorsComeTogether() throws {
        let site = try TestSite(
            TestSite.basic.merging([
                "Content/data/patents.csv": "region,year,patents,note\nqz,2023,4573,推算值\nqz,2024,5x90,\n",
                "Content/pages/bad.md": "---\ntitle: 坏\n---\n{{< value output la 1999 >}}\n\n```chart\ntype: pie\nindicator: output\n```\n",
                "Content/site.yml": "title: 测试报告\nunsafe_html: maybe\n",
            ]) { _, new in new })
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix("Content/data/patents.csv:3:3: error:") })
        #expect(messages.contains { $0.hasPrefix("Content/site.yml:2:1: error: unsafe_html") })
        #expect(messages.contains("Content/pages/bad.md:4:1: error: no figure for output in la in 1999"))
        #expect(messages.contains { $0.hasPrefix("Content/pages/bad.md:7:1: error: chart type \"pie\"") })
        let error = try #require(throws: ContentErrors.self) { try site.build() }
        #expect(error.diagnostics.count == messages.count)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// A page with errors of its own that no data error explains: each must be reported.
    static let badPage =
        "---\ntitle: 坏\n---\n{{< value output la 1999 >}}\n\n```chart\ntype: pie\nindicator: output\n```\n\n{{< value nosuch la 2020 >}}\n"

    static func pageErrors(_ messages: [String]) -> [String] { messages.filter { $0.hasPrefix("Content/pages/bad.md:") } }

    static let expectedPageErrors = [
        "Content/pages/bad.md:4:1: error: no figure for output in la in 1999",
        "Content/pages/bad.md:7:1: error: chart type \"pie\" is not one of line, bar, column, sparkline, small-multiples",
        "Content/pages/bad.md:11:1: error: unknown indicator \"nosuch\" (not in indicators.csv)",
    ]

    /// Each way a data file can fail, beside the same bad page: the page's errors come too. A
    /// file of which no row could be read leaves the model without its figures, so a missing
    /// figure is then no error of the page (the file is); everything else the page has wrong is.
    @Test(arguments: [
        ("Content/data/gbk.csv", nil, "Content/data/gbk.csv:2:", false),
        ("Content/data/wide.csv", "region,year,output\nla,2021,1,2\n", "Content/data/wide.csv:2:", false),
        ("Content/data/cols.csv", "region,year,nosuch\nla,2021,1\n", "Content/data/cols.csv:1:3: error: unknown column", true),
        ("Content/data/more.csv", "region,year,output\nla,2021,1\nla,2022,x\n", "Content/data/more.csv:3:3: error: value \"x\"", true),
        ("Content/data/output.yml", "header_row: nope\n", "Content/data/output.yml:1:1: error: header_row", true),
        ("Content/targets.csv", "region,year,indicator,target\nla,2020,output,abc\n", "Content/targets.csv:2:", true),
    ] as [(String, String?, String, Bool)])
    func aDataErrorDoesNotHideThePageErrors(path: String, text: String?, dataError: String, figuresChecked: Bool) throws {
        var files = TestSite.basic
        files["Content/pages/bad.md"] = Self.badPage
        files[path] = text
        let site = try TestSite(files)
        defer { site.remove() }
        if text == nil { try site.write(path, bytes: Array("region,year,output\nla,2021,".utf8) + [0xD6, 0xD0, 0x0A]) }
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix(dataError) }, "\(messages)")
        let expected = figuresChecked ? Self.expectedPageErrors : Array(Self.expectedPageErrors.dropFirst())
        #expect(Self.pageErrors(messages) == expected, "\(messages)")
    }

    /// site.yml that does not parse, or is not UTF-8, or has a bad value: the blocks and
    /// shortcodes of the pages are still checked.
    @Test(arguments: [
        ("title: [unclosed\n", "Content/site.yml:2:1: error: YAML"),
        ("title: 测试\nlanguage: xx\n", "Content/site.yml:2:1: error: language \"xx\""),
        ("title: 测试\nfeatured: [nosuch]\n", "Content/site.yml:2:1: error: featured indicator \"nosuch\""),
        ("title: 测试\nmaps:\n  china: {file: maps/none.geojson, key: name}\n", "Content/site.yml:3:3: error: map \"china\""),
    ])
    func aSiteYmlErrorDoesNotHideBlockErrors(config: String, configError: String) throws {
        var files = TestSite.basic
        files["Content/pages/bad.md"] = Self.badPage
        files["Content/site.yml"] = config
        let site = try TestSite(files)
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix(configError) }, "\(messages)")
        #expect(Self.pageErrors(messages) == Self.expectedPageErrors, "\(messages)")
    }

    @Test func aSiteYmlThatIsNotUTF8DoesNotHideBlockErrors() throws {
        var files = TestSite.basic
        files["Content/pages/bad.md"] = Self.badPage
        let site = try TestSite(files)
        defer { site.remove() }
        try site.write("Content/site.yml", bytes: Array("title: ".utf8) + [0xB2, 0xE2, 0xCA, 0xD4, 0x0A])
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix("Content/site.yml:1:1: error: file is not UTF-8") }, "\(messages)")
        #expect(Self.pageErrors(messages) == Self.expectedPageErrors, "\(messages)")
    }

    /// One bad cell of indicators.csv is one error: the indicator stays, its rows are read, and
    /// the figures its roll-up would have made are not reported missing page by page.
    @Test(arguments: [
        ("output,规上工业总产值,亿元,经济,summ,1,up", "Content/indicators.csv:2:5: error: aggregate \"summ\""),
        ("output,规上工业总产值,亿元,经济,weighted:nosuch,1,up", "Content/indicators.csv:2:5: error: aggregate \"weighted:nosuch\""),
        ("output,规上工业总产值,亿元,经济,sum,1,up,extra", "Content/indicators.csv:2:8: error: row has too many fields"),
        ("output,规上工业总产值,亿元,经济,sum,1", "Content/indicators.csv:2:7: error: row has too few fields"),
        ("output,规上工业总产值,亿元,经济,sum,seven,up", "Content/indicators.csv:2:6: error: decimals \"seven\""),
    ])
    func aBadIndicatorCellIsOneError(row: String, message: String) throws {
        var files = TestSite.basic
        files["Content/indicators.csv"] = files["Content/indicators.csv"]!.replacingOccurrences(of: "output,规上工业总产值,亿元,经济,sum,1,up", with: row)
        // The home page asks for Zhejiang's output in 2020, a roll-up of its cities.
        files["Content/index.md"] = "---\ntitle: 欢迎\n---\n浙江 {{< value output zj 2020 >}}，临安 {{< value output la 2020 >}}。\n"
        files["Content/pages/bad.md"] = "---\ntitle: 坏\n---\n```chart\ntype: pie\nindicator: output\n```\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let messages = try site.check().filter { $0.contains(": error: ") }
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.first { $0.hasPrefix("Content/indicators.csv:") }?.hasPrefix(message) == true, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("Content/pages/bad.md:5:1: error: chart type \"pie\"") }, "\(messages)")
    }

    /// A region row of the wrong width keeps its region: its data and its pages' references stay good.
    @Test func aMisshapenRegionRowIsOneError() throws {
        var files = TestSite.basic
        files["Content/regions.csv"] = files["Content/regions.csv"]!.replacingOccurrences(of: "la,临安区,hz,区\n", with: "la,临安区,hz,区,extra\n")
        let site = try TestSite(files)
        defer { site.remove() }
        let messages = try site.check().filter { $0.contains(": error: ") }
        #expect(messages == ["Content/regions.csv:4:5: error: row has too many fields: 5 where the header has 4"])
    }

    /// A catalogue that cannot be read at all is its one error, not one for every row, block,
    /// shortcode and front matter that names a region or indicator; the rest of the pages' errors stay.
    @Test(arguments: [
        ("Content/regions.csv", "id,name\nzj,浙江省\n", "Content/regions.csv:1:1: error: missing column \"parent\""),
        ("Content/indicators.csv", "code,name\noutput,产值\n", "Content/indicators.csv:1:1: error: missing column \"id\""),
        ("Content/regions.csv", nil, "Content/regions.csv:1:1: error: is missing"),
    ])
    func anUnreadableCatalogueIsItsOneError(path: String, text: String?, message: String) throws {
        var files = TestSite.basic
        files[path] = text
        files["Content/regions/la.md"] = "临安。\n"
        files["Content/pages/bad.md"] = "---\ntitle: 坏\nregion: la\n---\n```chart\ntype: pie\nindicator: output\n```\n\n{{< nosuch >}}\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let messages = try site.check().filter { $0.contains(": error: ") }
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.hasPrefix(message) }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("Content/pages/bad.md:6:1: error: chart type \"pie\"") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("Content/pages/bad.md:10:1: error:") }, "\(messages)")
    }

    /// A workbook that cannot be read, a bad sidecar and bad front matter: all in one run.
    @Test func workbookSidecarAndFrontMatterErrorsComeTogether() throws {
        var files = TestSite.basic
        files["Content/data/book.yml"] = "sheet: 产值\nheadr_row: 2\n"
        files["Content/pages/bad.md"] = Self.badPage.replacingOccurrences(of: "title: 坏", with: "title: 坏\ntags: {a: 1}")
        let site = try TestSite(files)
        defer { site.remove() }
        try site.write("Content/data/book.xlsx", bytes: try DataAsItComesTests.fixture("workbooks/truncated.xlsx"))
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix("Content/data/book.xlsx:1:1: error: file is not a readable .xlsx workbook") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("Content/data/book.yml:2:1: error: unknown key \"headr_row\"") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("Content/pages/bad.md:3:1: error: tags must be a list of texts") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("Content/pages/bad.md:8:1: error: chart type \"pie\"") }, "\(messages)")
    }
}
