import Foundation
import Testing

@testable import AlmanacSite

/// The pages' main tables as a desktop, a phone and paper get them: years chosen by width, the
/// unit said once, each row's latest figure in a phone's column, a region tree indented by level,
/// and the report's title in the printed page's margin.
@Suite struct TableLayoutTests {
    /// A country of three provinces of two cities each, with output every five years 1960–2020
    /// (13 observations) and a population counted every year 2000–2024.
    static var files: [String: String] {
        var regions = "id,name,parent,level\ncn,全国,,国\n"
        var data = "region,year,indicator,value\n"
        for p in 1...3 {
            regions += "p\(p),第\(p)省,cn,省\n"
            for c in 1...2 {
                regions += "c\(p)\(c),第\(p)省第\(c)市,p\(p),市\n"
                for year in stride(from: 1960, through: 2020, by: 5) {
                    data += "c\(p)\(c),\(year),output,\(100 * p + 10 * c + (year - 1960) * 7)\n"
                }
                for year in 2000...2024 { data += "c\(p)\(c),\(year),people,\(500 + p * 40 + c + year - 2000)\n" }
            }
        }
        return [
            "Content/site.yml": "title: \"表格 \\\"测试\\\" </style>\"\nlanguage: zh-CN\n",
            "Content/regions.csv": regions,
            "Content/indicators.csv": "id,name,unit,category,aggregate,decimals\noutput,工业总产值,亿元,经济,sum,0\npeople,常住人口,万人,人口,sum,0\n",
            "Content/data/all.csv": data,
            "Content/index.md": "---\ntitle: 首页\n---\n",
        ]
    }

    @Test func aRegionsTableKeepsTheLatestYearsThatFitAndGivesAPhoneEachRowsLatest() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let page = try site.read("regions/cn/index.html")
        let markup = try #require(ParsedChart.between(page, "<table", "</table>"))
        let table = ParsedChart.parseTable(markup)
        // Years only where there are figures, the latest of them, as many as the column holds.
        let years = table.header.compactMap(Int.init)
        #expect(years.last == 2024 && years == years.sorted() && years.count >= 2 && years.count <= 5)
        #expect(page.contains("表中未能列出全部年份；全部年份见数据下载。"))
        // Units after the names, numbers alone in the cells.
        #expect(table.unit(of: "工业总产值") == "亿元" && table.unit(of: "常住人口") == "万人")
        // The phone's column: each row's own latest figure and its year.
        #expect(table.header[1] == "最新")
        #expect(markup.contains("<th scope=\"col\" class=\"num narrow-only\">最新</th>"))
        #expect(markup.contains("<th scope=\"col\" class=\"num latest wide-only\">2024</th>"))
        let output = try #require(table.rows.first { $0.name == "工业总产值" })
        #expect(output.cells[0] == "3,810 2020")  // 100p + 10c + 420 summed over the six cities of 2020
        #expect(markup.contains("<span class=\"when\">2020</span>"))
        let cells = markup.components(separatedBy: "<td class=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(cells.filter { $0.contains("narrow-only") }.count == 2)
    }

    @Test func anIndicatorsTableIndentsTheTreeAndStatesItsUnitOnce() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let page = try site.read("indicators/output/index.html")
        let section = try #require(page.components(separatedBy: "<h2>各地区历年数据</h2>").dropFirst().first)
        let markup = try #require(ParsedChart.between(section, "<table", "</table>"))
        #expect(markup.contains("<caption class=\"table-unit\">单位：亿元</caption>"))
        #expect(markup.contains("<th scope=\"row\"><a href=\"../../regions/cn/\">全国</a></th>"))
        #expect(markup.contains("<th scope=\"row\" class=\"depth-1\"><a href=\"../../regions/p1/\">第1省</a></th>"))
        #expect(markup.contains("<th scope=\"row\" class=\"depth-2\"><a href=\"../../regions/c11/\">第1省第1市</a></th>"))
        let table = ParsedChart.parseTable(markup)
        // Five-yearly: no year without figures, changes on the observation five years before.
        #expect(table.header.compactMap(Int.init).allSatisfy { $0 % 5 == 0 })
        #expect(table.header.contains("较5年前"))
        #expect(table.cell(row: "第1省第1市", column: "2020") == "530")
    }

    @Test func aPrintedPageCarriesTheReportsTitleEscapedForCSS() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let page = try site.read("index.html")
        #expect(page.contains("<style media=\"print\">@page { @top-left { content: \"表格 \\22 测试\\22  \\3C /style\\3E \"; } }</style>"))
        let css = try site.read("assets/style.css")
        #expect(css.contains("@media print"))
        #expect(css.contains("counter(page)") && css.contains("counter(pages)"))
    }
}
