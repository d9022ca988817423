import AlmanacCharts
import Foundation
import Testing

@testable import AlmanacSite

/// The charts and tables of the pages and of `chart`/`table` blocks, built from ``TestSite/charts(language:)``.
@Suite struct ChartPagesTests {
    func build(_ files: [String: String]) throws -> TestSite {
        let site = try TestSite(files)
        _ = try SiteBuilder.build(SiteBuilder.Options(site: site.root))
        return site
    }

    func figure(_ caption: String, in html: String) throws -> ParsedChart {
        try #require(ParsedChart.all(in: html).first { $0.caption == caption }, "no chart \(caption)")
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func columnBlocksWithSeveralRegionsOrIndicatorsAreGrouped() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let home = try site.read("index.html")
        let regions = try figure("三市专利", in: home)
        #expect(regions.svg.contains("class=\"chart chart-column\""))
        #expect(count("<g class=\"column\">", in: regions.svg) == 9)  // 3 cities × 2020, 2022, 2024
        #expect(regions.marks.contains { $0.name == "宁波市" && $0.year == 2022 && $0.value == "58,000件" })
        // Patents are counted every other year: the years between are no columns.
        #expect(regions.table?.header == ["地区", "2020", "2022", "2024"])
        let indicators = try figure("杭州市", in: home.components(separatedBy: "三市专利").last!)
        #expect(indicators.svg.contains("class=\"chart chart-column\""))
        #expect(indicators.table?.rows.map(\.name) == ["规模以上工业总产值", "有效发明专利拥有量"])
        #expect(indicators.table?.header == ["指标", "2020", "2022", "2024"])
    }

    @Test func aSparklineBlockIsAFigureWithItsTable() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let spark = try figure("温州市：规模以上工业总产值（亿元）", in: try site.read("index.html"))
        #expect(spark.svg.contains("chart-sparkline"))
        #expect(spark.table?.header.count == 10)  // 2016–2024
        #expect(spark.table?.cell(row: "温州市", column: "2018") == "–")
        #expect(spark.description.contains("2018–2019年无数据"))
    }

    @Test func aBarBlockRanksTheLastYearGiven() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let bar = try figure("工业增加值增速（%），2020年", in: try site.read("index.html"))
        let values = bar.marks.map { Double($0.value.dropLast())! }
        #expect(values.count == 3)
        #expect(values == values.sorted(by: >))
        #expect(bar.table?.header == ["排名", "地区", "数值", "较上年"])
    }

    @Test func blockErrorsPointAtTheOptionThatIsWrong() throws {
        let blocks = [
            "```chart\ntype: pie\nindicator: output\n```",
            "```chart\ntype: [line]\nindicator: output\nregion: hz\n```",
            "```chart\nindicator: output\nregions: [hz, nowhere]\n```",
            "```chart\nindicator: [output, patents]\nregion: hz\n```",
            "```chart\nindicator: output\nchildren: la\n```",
            "```chart\ntype: sparkline\nindicator: output\nregions: [hz, nb]\n```",
            "```table\nindicator: output\nregion: hz\ncolour: red\n```",
            "```chart\nindicator: output\nregion: hz\nyears: 1990-1995\n```",
            "```chart\nindicator: output\nregion: hz\nyears: soon\n```",
            "```chart\nindicators: [output, nope]\nregion: hz\n```",
            "```chart\nindicators: [output, patents]\nregions: [hz, nb]\n```",
            "```chart\nindicator: output\n```",
            "```chart\nindicator: output\nregion: hz\nchildren: zj\n```",
            "```table\nsource: tables/x.csv\nindicator: output\n```",
        ]
        var files = TestSite.charts()
        files["Content/index.md"] = "Text.\n\n" + blocks.joined(separator: "\n\n") + "\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let messages = try SiteBuilder.check(SiteBuilder.Options(site: site.root)).map(\.description)
        #expect(messages == [
            "Content/index.md:4:1: error: chart type \"pie\" is not one of line, bar, column, sparkline, small-multiples",
            "Content/index.md:9:1: error: type must be one of line, bar, column, sparkline, small-multiples",
            "Content/index.md:16:1: error: unknown region \"nowhere\" (not in regions.csv)",
            "Content/index.md:20:1: error: indicator: takes one indicator id; for several, write indicators: [a, b]",
            "Content/index.md:26:1: error: region \"la\" has no sub-regions",
            "Content/index.md:30:1: error: a sparkline shows one indicator for one region",
            "Content/index.md:38:1: error: unknown option \"colour\" in a table block (known: children, indicator, indicators, level, region, regions, sort, source, title, top, under, year, years)",
            "Content/index.md:44:1: error: no figures for output in hz in the years given",
            "Content/index.md:50:1: error: years must be a year, a range such as 2016-2024, or a list of years",
            "Content/index.md:54:1: error: unknown indicator \"nope\" (not in indicators.csv)",
            "Content/index.md:59:1: error: indicators: compares several indicators in one region; give one region",
            "Content/index.md:63:1: error: a chart block needs regions: or children: (this page has no region of its own)",
            "Content/index.md:70:1: error: give one of region:, regions:, children:, or level: (with under: if you like)",
            "Content/index.md:74:1: error: a table shows either source: or indicator data, not both",
        ])
    }

    @Test func descriptionsSayThePeriodTheTrendTheGapsAndTheExtremes() throws {
        let zh = try build(TestSite.charts())
        defer { zh.remove() }
        let city = try figure("规模以上工业总产值（亿元）", in: try zh.read("regions/wz/index.html"))
        #expect(city.description == "温州市由2016年的13,000.0亿元增至2024年的20,200.0亿元（+55.4%），2018–2019年无数据。")
        let lines = try figure("规模以上工业总产值（亿元）", in: try zh.read("index.html"))
        #expect(lines.description.hasPrefix("2016–2024年，杭州市由2016年的8,000.0亿元增至2024年的"))
        #expect(lines.description.hasSuffix("最高为温州市2024年的20,200.0亿元，最低为杭州市2016年的8,000.0亿元。"))

        let en = try build(TestSite.charts(language: "en"))
        defer { en.remove() }
        let english = try figure("规模以上工业总产值 (亿元)", in: try en.read("regions/wz/index.html"))
        #expect(english.description == "温州市 rose from 13,000.0亿元 in 2016 to 20,200.0亿元 in 2024 (+55.4%), no figures for 2018–2019.")
    }

    /// SPEC §4: a rate (unit %) changes in percentage points — 98.13% → 99.5% is +1.37 points.
    @Test func aRateChangesInPercentagePoints() throws {
        var files = TestSite.charts()
        files["Content/pages/la.md"] = "---\ntitle: 临安\n---\n合格率 {{< change pass la 2023 >}}。\n"
        let zh = try build(files)
        defer { zh.remove() }
        #expect(try zh.read("pages/la/index.html").contains(">+1.37个百分点</span>"))
        let row = try #require(try zh.read("regions/la/index.html").components(separatedBy: "<tr>").first { $0.contains("产品监督抽查合格率") })
        #expect(row.contains(">+1.37个百分点</td>"))
        // A rate has no growth rate.
        let pass = try zh.read("indicators/pass/index.html")
        #expect(!ParsedChart.parseTable(try #require(ParsedChart.between(pass, "<table", "</table>"))).header.contains("年均增长"))
        files["Content/site.yml"] = "title: Charts\nlanguage: en\n"
        let en = try build(files)
        defer { en.remove() }
        #expect(try en.read("pages/la/index.html").contains(">+1.37 pp</span>"))
    }

    @Test func subRegionsAreComparedAsGroupedColumnsOverRecentYears() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let page = try site.read("regions/zj/index.html")
        let compared = page.components(separatedBy: "下级地区比较")[1]
        let output = try figure("规模以上工业总产值（亿元）", in: compared)
        #expect(output.svg.contains("chart-column"))
        #expect(output.table?.header == ["地区", "2020", "2021", "2022", "2023", "2024"])
        #expect(output.table?.rows.map(\.name) == ["杭州市", "宁波市", "温州市"])
        let patents = try figure("有效发明专利拥有量（件）", in: compared)
        #expect(patents.table?.header == ["地区", "2020", "2022", "2024"])
    }

    @Test func pageTablesShowTheLatestYearsAndSayWhereTheRestIs() throws {
        var files = TestSite.charts()
        files["Content/pages/zj-table.md"] = "---\ntitle: 表\n---\n\n```table\nindicators: [output, patents]\nregions: [zj]\n```\n"
        let site = try build(files)
        defer { site.remove() }
        let page = try site.read("regions/zj/index.html")
        let table = ParsedChart.parseTable(try #require(ParsedChart.between(page, "<table", "</table>")))
        // The latest five years, and 2013 for the indicator last reported then; the changes are on
        // the observation before, a year or two back, so the column says so.
        // No trend column: each indicator's chart follows the table.
        #expect(table.header == ["指标", "最新", "2013", "2020", "2021", "2022", "2023", "2024", "较上期"])
        #expect(!page.contains("chart-sparkline"))
        #expect(table.rows.first { $0.name == "质量奖获奖企业" }?.cells[1] == "7" && table.unit(of: "质量奖获奖企业") == "家")
        #expect(page.contains("表中未能列出全部年份；全部年份见数据下载。"))
        // A table block of a region's indicators has a trend column, with no chart after it. Its
        // sparkline covers every year, not only those listed; it is for wider screens, where the
        // years are (a phone's table is the latest figures and their changes).
        let block = try site.read("pages/zj-table/index.html")
        #expect(ParsedChart.parseTable(try #require(ParsedChart.between(block, "<table", "</table>"))).header.last == "趋势")
        let spark = try #require(ParsedChart.between(block, "<td class=\"spark wide-only\">", "</td>"))
        #expect(spark.contains("由2016年的31,500.0亿元增至2024年的"))
        let indicator = try site.read("indicators/output/index.html")
        let section = try #require(indicator.components(separatedBy: "<h2>各地区历年数据</h2>").dropFirst().first)
        let regions = ParsedChart.parseTable(try #require(ParsedChart.between(section, "<table", "</table>")))
        #expect(regions.header == ["地区", "最新", "2020", "2021", "2022", "2023", "2024", "较上年", "年均增长"])
    }

    @Test func trendsAreLinesThroughConsecutiveObservationsAndColumnsWhereOneIsMissing() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        // Patents, counted every other year, are a line through every count.
        let patents = try site.read("indicators/patents/index.html").components(separatedBy: "<h2>趋势</h2>")[1]
        #expect(patents.contains("class=\"chart chart-line\""))
        let output = try site.read("indicators/output/index.html").components(separatedBy: "<h2>趋势</h2>")[1]
        #expect(output.contains("class=\"chart chart-line\""))
        // Lin'an's output, due every year like the other regions', misses 2017–2019: columns with
        // empty slots, not a line through years without figures.
        let linan = try figure("规模以上工业总产值（亿元）", in: try site.read("regions/la/index.html"))
        #expect(linan.svg.contains("chart-column"))
        #expect(linan.table?.header == ["地区", "2016", "2017", "2018", "2019", "2020"])
    }

    /// A region's trends are a grid of compact charts, one drawing each, every one with its
    /// table; the other charts keep a wide and a narrow drawing. The style sheet's grid column is
    /// never narrower than the box the compact drawing's text is measured for.
    @Test func aRegionsTrendsAreAGridOfCompactCharts() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let page = try site.read("regions/zj/index.html")
        let trends = try #require(ParsedChart.between(page, "<h2>趋势</h2>", "</section>"))
        #expect(trends.hasPrefix("\n<div class=\"chart-grid\">\n"))
        let charts = ParsedChart.all(in: trends)
        #expect(charts.count >= 2 && count("<svg ", in: trends) == charts.count && !trends.contains("chart-narrow"))
        for chart in charts {
            #expect(chart.svg.contains("viewBox=\"0 0 340 ") && chart.table != nil, "\(chart.caption)")
        }
        let compared = try #require(page.components(separatedBy: "<h2>下级地区比较</h2>").last)
        #expect(count("chart-narrow", in: compared) == count("<figure", in: compared))
        let indicator = try site.read("indicators/output/index.html").components(separatedBy: "<h2>趋势</h2>")[1]
        #expect(indicator.contains("chart-narrow"))
        let css = try site.read("assets/style.css")
        let rule = try #require(css.components(separatedBy: "\n").first { $0.hasPrefix(".chart-grid {") })
        let column = try #require(ParsedChart.between(rule, "minmax(", "rem"))
        #expect(Double(column)! * 16 >= ChartLayout.narrowestBox)
    }

    @Test func aChartsDataTableAlignsItsFiguresByItsClass() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let page = try site.read("regions/zj/index.html")
        let trends = try #require(ParsedChart.between(page, "<h2>趋势</h2>", "</section>"))
        let tables = trends.components(separatedBy: "<figure class=\"chart-figure\">").dropFirst().compactMap {
            ParsedChart.between($0, "<table", "</table>")
        }
        #expect(!tables.isEmpty)
        for table in tables {
            #expect(table.hasPrefix(" class=\"data figures\">") && !table.contains("num"), "\(table.prefix(80))")
        }
        // A roll-up's cell keeps what it says besides `num`; the page's own table keeps `num`.
        #expect(tables.contains { $0.contains("<td class=\"rolled-up\">") })
        let main = try #require(ParsedChart.between(page, "<h2>指标一览</h2>", "</table>"))
        #expect(main.contains("<td class=\"num"))
        let css = try site.read("assets/style.css")
        #expect(css.contains("table.data.figures td, table.data.figures thead th + th { text-align: right;"))
    }

    @Test func yearPagesShowEachRankingAsAChartFollowedByItsTable() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let page = try site.read("years/2020/index.html")
        let section = try #require(ParsedChart.between(page, "<section class=\"year-indicator\" id=\"output\">", "</section>"))
        #expect(section.contains("<h3>市</h3>"))
        let chart = try #require(ParsedChart.all(in: section).first)
        #expect(!section.contains("<details"))
        #expect(chart.table?.header == ["排名", "地区", "数值", "较上年"])
        #expect(chart.table?.rows.map(\.name) == ["温州市", "宁波市", "杭州市"])
        #expect(section.contains("<table class=\"data ranking\">"))
    }

    @Test func cardsShowTheLatestValueChangeAndATrend() throws {
        let site = try build(TestSite.charts())
        defer { site.remove() }
        let cards = try site.read("index.html").components(separatedBy: "<article class=\"card\">").dropFirst()
        #expect(cards.count == 4)
        // The other regions report their output every year, so its step is a year and Lin'an's
        // 2020 has no figure a step before: no change, on the card as everywhere.
        let output = try #require(cards.first { $0.contains(">临安区</a>") && $0.contains("规模以上工业总产值") })
        #expect(!output.contains("card-change"))
        let pass = try #require(cards.first { $0.contains("产品监督抽查合格率") })
        #expect(pass.contains(">99.50%</p>"))
        #expect(pass.contains(">较上年 +1.37个百分点</p>"))
        let patents = try #require(cards.first { $0.contains("有效发明专利拥有量") })
        // Patents are counted every other year: consecutive counts, a line through them.
        let spark = try #require(ParsedChart.between(patents, "<svg", "</svg>"))
        #expect(spark.contains("<path d=\"M3 21L48 12L93 3\""))
    }
}
