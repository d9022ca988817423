/// A Gapminder-like panel of our own — two continents of uneven size, five-yearly years,
/// population weights, a formula — built end to end: the figures of tables, charts, shortcodes
/// and downloads checked against values worked out by hand (in the comments).
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct StatisticsPagesTests {
    /// Life expectancy weighted by population in 2007: Africa (2750 + 1800 + 1200) / 100 = 57.5;
    /// Oceania (1610 + 400) / 25 = 80.4; the world 7760 / 125 = 62.08 — not the mean of the two
    /// continents (68.95) nor of the five countries (67.1). In 2002 every country is one year
    /// younger: the world 62.08 − 1 = 61.08. The pass rate is a formula, passed ÷ tested: Africa
    /// 2007 (98 + 190 + 99) / (100 + 200 + 100) = 96.75 % — not the mean of 98 %, 95 % and 99 %
    /// (97.33 %) — and 2002 (95 + 180 + 90) / 400 = 91.25 %, a change of +5.50 points.
    static let files: [String: String] = [
        "Content/site.yml": "title: 面板\n",
        "Content/regions.csv": "id,name,parent,level\nworld,世界,,世界\naf,非洲,world,洲\noc,大洋洲,world,洲\n"
            + "a1,甲国,af,国\na2,乙国,af,国\na3,丙国,af,国\no1,丁国,oc,国\no2,戊国,oc,国\n",
        "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction,formula\n"
            + "pop,人口,万人,人口,sum,0,up,\nlife,预期寿命,岁,健康,weighted:pop,2,up,\n"
            + "tested,抽检批次,批,质量,sum,0,up,\npassed,合格批次,批,质量,sum,0,up,\n"
            + "rate,抽检合格率,%,质量,,2,up,passed / tested * 100\n",
        "Content/data/panel.csv": "region,year,pop,life,tested,passed\n"
            + ["a1,50,55", "a2,30,60", "a3,20,60", "o1,20,80.5", "o2,5,80"].flatMap { row -> [String] in
                let parts = row.split(separator: ",")
                let (id, pop, life) = (parts[0], parts[1], Double(parts[2])!)
                return (0..<3).map { step in
                    let year = 1997 + 5 * step
                    let quality =
                        id == "a1" ? ["", "100,95", "100,98"][step]
                        : id == "a2" ? ["", "200,180", "200,190"][step] : id == "a3" ? ["", "100,90", "100,99"][step] : ","
                    return "\(id),\(year),\(pop),\(life - Double(2 - step)),\(quality.isEmpty ? "," : quality)"
                }
            }.joined(separator: "\n") + "\n",
        "Content/pages/a.md": "---\ntitle: 面板\n---\n"
            + "{{< value life world 2007 >}} {{< change life world 2007 >}} {{< rank life o1 2007 in=world >}} "
            + "{{< rank life o1 2007 >}} {{< change rate af 2007 >}} {{< value rate af 2007 >}}\n",
    ]

    @Test func tablesShortcodesAndDownloadsGiveTheHandComputedFigures() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let article = try site.read("pages/a/index.html")
        #expect(article.contains(">62.08岁</span>"))
        // On the observation five years before, and saying so.
        #expect(article.contains(">较2002年 +1.6%</span>"))  // 62.08 / 61.08 − 1 = 1.64 %
        #expect(article.contains(">第1位（共5个）</span>"))  // 80.5, first of the five countries
        #expect(article.contains(">第1位（共2个）</span>"))  // among its siblings only
        #expect(article.contains(">较2002年 +5.50个百分点</span>") && article.contains(">96.75%</span>"))
        let regions = try #require(try site.read("indicators/life/index.html").components(separatedBy: "<h2>各地区历年数据</h2>").dropFirst().first)
        let table = ParsedChart.parseTable(try #require(ParsedChart.between(regions, "<table", "</table>")))
        #expect(table.header == ["地区", "最新", "1997", "2002", "2007", "较5年前"])  // no CAGR of a weighted mean
        #expect(table.unit == "岁" && table.cell(row: "世界", column: "2007") == "62.08")
        #expect(table.cell(row: "非洲", column: "2007") == "57.50" && table.cell(row: "大洋洲", column: "2007") == "80.40")
        let csv = try site.read("data/indicators/life.csv")
        #expect(csv.contains("world,世界,2007,life,预期寿命,62.08,岁,rolled-up,,\r\n"))
        // A formula's figures are "computed", not rolled up.
        #expect(try site.read("data/indicators/rate.csv").contains("af,非洲,2007,rate,抽检合格率,96.75,%,computed,,\r\n"))
    }

    @Test func fiveYearlyTrendsAreLinesThroughEveryPoint() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build()
        let world = try site.read("regions/world/index.html")
        let chart = try #require(ParsedChart.all(in: world).first { $0.caption.hasPrefix("预期寿命") })
        #expect(chart.svg.contains("class=\"chart chart-line\""))
        #expect(chart.table?.header == ["地区", "1997", "2002", "2007"])
        // The series is one path of three points: M, then two L.
        let series = try #require(chart.svg.components(separatedBy: "<g class=\"series\"").dropFirst().first)
        let path = try #require(ParsedChart.between(series, "<path d=\"M", "\""))
        #expect(path.components(separatedBy: "L").count == 3)
    }

    @Test func aFormulaDividingByZeroSaysWhy() throws {
        var files = Self.files
        files["Content/data/zero.csv"] = "region,year,tested,passed\no1,2007,0,0\n"
        files["Content/pages/b.md"] = "---\ntitle: 零\n---\n{{< value rate o1 2007 >}}\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix("Content/pages/b.md:4:1: error: no figure for rate in o1 in 2007: ") && $0.contains("tested") })
    }
}

@Suite struct BlockSelectionTests {
    func site(_ body: String) throws -> TestSite {
        var files = StatisticsPagesTests.files
        files["Content/pages/a.md"] = "---\ntitle: 块\n---\n" + body
        return try TestSite(files)
    }

    @Test func aRankingOfALevelCutAfterItsTopPlaces() throws {
        let site = try site("```table\nindicator: life\nlevel: 国\nsort: rank\ntop: 3\n```\n\n```chart\ntype: bar\nindicator: 预期寿命\nlevel: 国\ntop: 3\n```\n")
        defer { site.remove() }
        try site.build()
        let page = try site.read("pages/a/index.html")
        let table = ParsedChart.parseTable(try #require(ParsedChart.between(page, "<table class=\"data ranking\">", "</table>")))
        #expect(table.rows.map(\.name) == ["丁国", "戊国", "乙国", "（另有2个地区未列出，完整数据见指标页）"])
        #expect(table.rows.first?.cells == ["1", "80.50", "+1.3%"] && table.unit == "岁")  // 80.5 / 79.5 − 1 = 1.26 %
        let chart = try #require(ParsedChart.all(in: page).first { $0.svg.contains("chart-bar") })
        #expect(chart.caption.hasSuffix("前3位"))
        #expect(chart.svg.contains("…（另有2个）") && chart.svg.contains("<title>1. 丁国: 80.50岁</title>"))
    }

    @Test func underAndLevelChooseTheRegionsAndBadOptionsSaySo() throws {
        let site = try site(
            "```chart\nindicator: life\nlevel: 国\nunder: 非洲\n```\n\n```chart\nindicator: life\nlevel: 省\n```\n\n```chart\nindicator: life\nregion: world\nscale: lin\n```\n")
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix("Content/pages/a.md:12:1: error: no region of level \"省\" (the levels of regions.csv: 世界, 国, 洲)") })
        #expect(messages.contains("Content/pages/a.md:18:1: error: scale must be linear or log"))
        try site.write("Content/pages/a.md", "---\ntitle: 块\n---\n```chart\nindicator: life\nlevel: 国\nunder: 非洲\n```\n")
        try site.build()
        let chart = try #require(ParsedChart.all(in: try site.read("pages/a/index.html")).first)
        #expect(chart.table?.rows.map(\.name) == ["甲国", "乙国", "丙国"])
    }
}
