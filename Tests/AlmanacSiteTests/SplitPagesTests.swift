/// At national scale pages split: a region or year with more indicators than a page may show
/// becomes an overview with a page per category, a long indicator table goes on over pages.
/// The limits are set low here so that a small site shows every split.
import AlmanacData
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct SplitPagesTests {
    func site() throws -> TestSite {
        var files = TestSite.basic
        files["Content/data/patents.csv"] = "region,year,patents,note\nqz,2020,4000,\nla,2020,900,\nqz,2023,4573,推算值\nqz,2024,5590,\n"
        return try TestSite(files)
    }

    func build(_ site: TestSite) throws {
        try site.build {
            $0.limits.regionIndicators = 1
            $0.limits.parentRegionIndicators = 1
            $0.limits.yearIndicators = 1
            $0.limits.tableRows = 2
        }
    }

    /// A region whose page compares its sub-regions on every indicator splits sooner than one
    /// without: each of its indicators weighs a ranking of them more.
    @Test func aRegionWithSubRegionsSplitsSooner() throws {
        let site = try site()
        defer { site.remove() }
        try site.build {
            $0.limits.regionIndicators = 2
            $0.limits.parentRegionIndicators = 1
        }
        #expect(site.exists("regions/zj/创新/index.html") && site.exists("regions/hz/创新/index.html"))
        #expect(!site.exists("regions/qz/创新/index.html") && !site.exists("regions/la/创新/index.html"))
        #expect(try site.read("regions/qz/index.html").contains(">有效发明专利</a> <span class=\"unit\">"))
    }

    /// A category over the limit is cut into as few pages as it allows, evenly filled.
    @Test func aLongCategoryIsCutIntoEvenPages() throws {
        let indicators = (0..<7).map { Indicator(id: "i\($0)", name: "指标\($0)", unit: "", category: $0 < 6 ? "经济" : "创新") }
        let split = try #require(IndicatorSections.split(indicators, featured: [], limit: 4) { $0.category })
        #expect(split.sections.map(\.name) == ["经济", "创新"])
        #expect(split.sections[0].pages.map { $0.map(\.id) } == [["i0", "i1", "i2"], ["i3", "i4", "i5"]])
        #expect(split.sections[1].pages.map { $0.map(\.id) } == [["i6"]])
        #expect(split.key.map(\.id) == ["i0", "i6"])
        #expect(IndicatorSections.split(indicators, featured: [], limit: 7) { $0.category } == nil)
    }

    @Test func aRegionWithManyIndicatorsGetsAPagePerCategory() throws {
        let site = try site()
        defer { site.remove() }
        try build(site)
        let overview = try site.read("regions/zj/index.html")
        // The featured indicator (output) is the key one; each category links to its page.
        #expect(overview.contains("<li><a href=\"../../regions/zj/%E7%BB%8F%E6%B5%8E/\">经济</a> <span class=\"count\">1项指标</span></li>"))
        #expect(overview.contains("<li><a href=\"../../regions/zj/%E5%88%9B%E6%96%B0/\">创新</a> <span class=\"count\">1项指标</span></li>"))
        #expect(overview.contains("规上工业总产值") && !overview.contains(">有效发明专利</a> <span class=\"unit\">"))
        let innovation = try site.read("regions/zj/创新/index.html")
        #expect(innovation.contains("<h1>浙江省：创新 <span class=\"level\">省</span></h1>"))
        #expect(innovation.contains(">有效发明专利</a> <span class=\"unit\">") && !innovation.contains(">规上工业总产值</a> <span class=\"unit\">"))
        #expect(innovation.contains("<li><a href=\"../../../regions/zj/\">浙江省</a></li>"))
        // With the standard limits the same site has no such pages.
        try site.build()
        #expect(!site.exists("regions/zj/创新/index.html") && !site.exists("indicators/output/2/index.html"))
    }

    @Test func aLongIndicatorTableGoesOnOverPages() throws {
        let site = try site()
        defer { site.remove() }
        try build(site)
        let first = try site.read("indicators/output/index.html")
        let second = try site.read("indicators/output/2/index.html")
        #expect(first.contains("<nav class=\"pager\"") && first.contains("<li><a href=\"../../indicators/output/\" aria-current=\"page\">1</a></li>"))
        #expect(first.contains("<li><a href=\"../../indicators/output/2/\">2</a></li>"))
        #expect(second.contains("<h1>规上工业总产值（第2页，共2页）</h1>"))
        #expect(second.contains("<li><a href=\"../../../indicators/output/\">1</a></li>") && second.contains("aria-current=\"page\">2</a>"))
        // Every region with a figure is in exactly one of the pages' tables.
        let tables = [first, second].map { page in
            // The table after its heading on the first page, the only table on a further page.
            page.components(separatedBy: "<h2>各地区历年数据</h2>").last!.components(separatedBy: "</table>")[0]
        }
        for name in ["浙江省", "杭州市", "临安区", "衢州市"] {
            #expect(tables.filter { $0.contains(">\(name)</a></th>") }.count == 1, "\(name)")
        }
        #expect(try brokenLinks(in: site.output).isEmpty)
    }

    @Test func aYearWithManyIndicatorsGetsAPagePerCategory() throws {
        let site = try site()
        defer { site.remove() }
        try build(site)
        let overview = try site.read("years/2020/index.html")
        #expect(overview.contains("<li><a href=\"../../years/2020/%E5%88%9B%E6%96%B0/\">创新</a>"))
        #expect(overview.contains("id=\"output\"") && !overview.contains("id=\"patents\""))
        let innovation = try site.read("years/2020/创新/index.html")
        #expect(innovation.contains("id=\"patents\"") && innovation.contains("<h1>年度报告 2020年：创新</h1>"))
        #expect(try brokenLinks(in: site.output).isEmpty)
    }
}
