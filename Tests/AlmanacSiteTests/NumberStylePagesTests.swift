/// Issue 14's number styles as the pages show them, not only as NumberFormat returns them: a
/// `compact` population (13.2亿 / 1.32 bn), a unit written before the number, a unit with
/// brackets of its own in titles (never "(US$ (PPP))"), and a five-yearly change naming its base.
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct NumberStylePagesTests {
    /// China's population and GDP per capita in the Gapminder table (2002 and 2007).
    static func files(language: String) -> [String: String] {
        [
            "Content/site.yml": "title: Panel\nlanguage: \(language)\n",
            "Content/regions.csv": "id,name,parent,level\nasia,Asia,,continent\nchina,China,asia,country\n",
            "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction,format,unit_position\n"
                + "pop,Population,,People,sum,0,up,compact,\n"
                + "gdp-per-cap,GDP per capita,US$ (PPP),Economy,weighted:pop,0,up,,before\n",
            "Content/data/panel.csv": "region,year,pop,gdp-per-cap\n"
                + "china,2002,1280400000,3119.280896\nchina,2007,1318683096,4959.114854\n",
            "Content/index.md": "---\ntitle: Panel\n---\n"
                + "{{< value pop china 2007 >}} {{< change pop china 2007 >}} {{< value gdp-per-cap china 2007 >}}\n",
        ]
    }

    @Test func chineseCompactFiguresAndTheBaseYear() throws {
        let site = try TestSite(Self.files(language: "zh-CN"))
        defer { site.remove() }
        try site.build()
        let home = try site.read("index.html")
        #expect(home.contains(">13.2亿</span>"))  // 1,318,683,096 in 亿, three significant digits
        #expect(home.contains(">较2002年 +3.0%</span>"))  // 1,318,683,096 / 1,280,400,000 − 1 = 2.99 %
        #expect(home.contains(">US$ (PPP) 4,959</span>"))
    }

    @Test func englishCompactFiguresUnitsBeforeAndTitlesWithoutNestedBrackets() throws {
        let site = try TestSite(Self.files(language: "en"))
        defer { site.remove() }
        try site.build()
        let home = try site.read("index.html")
        #expect(home.contains(">1.32 bn</span>"))
        #expect(home.contains(">Since 2002 +3.0%</span>"))
        #expect(home.contains(">US$ (PPP) 4,959</span>"))
        let indicator = try site.read("indicators/gdp-per-cap/index.html")
        #expect(indicator.contains("GDP per capita, US$ (PPP)"))
        #expect(!indicator.contains("(US$ (PPP))"))
    }
}
