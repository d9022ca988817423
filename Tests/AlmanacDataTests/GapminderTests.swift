import Testing

@testable import AlmanacData

/// A small panel shaped like the Gapminder table: two continents of uneven size (Africa 3
/// countries, Oceania 2), five-yearly data (2002, 2007), population (`sum`), life expectancy
/// weighted by population, its plain mean over the countries, GDP per capita weighted by
/// population, GDP as `gdp-per-cap * pop` and GDP per head back as `gdp / pop`. Every expected
/// value is worked out by hand below.
@Suite struct GapminderTests {
    typealias S = Stats

    static let catalogue = """
        id,name,unit,aggregate,decimals,direction,formula,step,format,unit_position
        pop,Population,,sum,0,up,,,compact,
        life-exp,Life expectancy,years,weighted:pop,1,up,,,,
        life-mean,Life expectancy (mean of countries),years,mean,1,up,,,,
        gdp-per-cap,GDP per capita,US$,weighted:pop,0,up,,,,before
        gdp,GDP,US$,,0,up,gdp-per-cap * pop,,compact,before
        gdp-pc,GDP per head,US$,,0,up,gdp / pop,,,before
        """

    static let tree = S.tree([
        ("world", nil), ("africa", "world"), ("a1", "africa"), ("a2", "africa"), ("a3", "africa"),
        ("oceania", "world"), ("o1", "oceania"), ("o2", "oceania"),
    ])

    /// Per country: pop (millions), life expectancy, GDP per capita.
    static let panel: [Int: [(String, Double, Double, Double)]] = [
        2002: [("a1", 9, 48, 900), ("a2", 27, 53, 1800), ("a3", 54, 58, 1400), ("o1", 18, 79, 28000), ("o2", 4, 81, 19000)],
        2007: [("a1", 10, 50, 1000), ("a2", 30, 55, 2000), ("a3", 60, 60, 1500), ("o1", 20, 80, 30000), ("o2", 5, 82, 20000)],
    ]

    static func build() throws -> Dataset {
        let (indicators, catalogueIssues) = S.catalog(catalogue)
        #expect(catalogueIssues.isEmpty)
        var observations: [Observation] = []
        for (year, rows) in panel.sorted(by: { $0.key < $1.key }) {
            for (country, pop, life, gdpPerCap) in rows {
                observations += [
                    S.obs("pop", country, year, pop * 1_000_000), S.obs("life-exp", country, year, life),
                    S.obs("life-mean", country, year, life), S.obs("gdp-per-cap", country, year, gdpPerCap),
                ]
            }
        }
        let (data, issues) = S.build(tree, indicators, observations)
        #expect(issues.isEmpty)
        return data
    }

    @Test func lifeExpectancyWeightedByPopulation() throws {
        let data = try Self.build()
        // 2007: Africa (10·50 + 30·55 + 60·60) / 100 = 5750 / 100 = 57.5;
        // Oceania (20·80 + 5·82) / 25 = 2010 / 25 = 80.4; world (5750 + 2010) / 125 = 7760 / 125 = 62.08.
        #expect(data.figure("life-exp", "africa", 2007)?.value == 57.5)
        #expect(data.figure("life-exp", "oceania", 2007)?.value == 80.4)
        #expect(data.figure("life-exp", "world", 2007)?.value == 62.08)
        // 2002: Africa (9·48 + 27·53 + 54·58) / 90 = 4995 / 90 = 55.5; Oceania (18·79 + 4·81) / 22 =
        // 1746 / 22 = 79.363636…; world 6741 / 112 = 60.1875.
        #expect(data.figure("life-exp", "africa", 2002)?.value == 55.5)
        #expect(NumberFormat.plain(try #require(data.figure("life-exp", "oceania", 2002)).value) == "79.3636363636364")
        #expect(data.figure("life-exp", "world", 2002)?.value == 60.1875)
        #expect(data.figure("life-exp", "world", 2007)?.isPartial == false)
    }

    @Test func thePlainMeanCountsEachCountryOnce() throws {
        let data = try Self.build()
        // 2007: Africa (50 + 55 + 60) / 3 = 55; Oceania (80 + 82) / 2 = 81; world (50 + 55 + 60 +
        // 80 + 82) / 5 = 327 / 5 = 65.4 — not the mean of the continents' means, (55 + 81) / 2 = 68.
        #expect(data.figure("life-mean", "africa", 2007)?.value == 55)
        #expect(data.figure("life-mean", "oceania", 2007)?.value == 81)
        #expect(data.figure("life-mean", "world", 2007)?.value == 65.4)
    }

    @Test func gdpPerCapitaIsARatioOfSumsAtEveryLevel() throws {
        let data = try Self.build()
        // GDP per capita 2007, weighted by population: Africa (10·1000 + 30·2000 + 60·1500) / 100 =
        // 160000 / 100 = 1600; Oceania (20·30000 + 5·20000) / 25 = 700000 / 25 = 28000; world
        // 860000 / 125 = 6880 (the mean of the countries would be 10900, of the continents 13250).
        #expect(data.figure("gdp-per-cap", "africa", 2007)?.value == 1600)
        #expect(data.figure("gdp-per-cap", "oceania", 2007)?.value == 28000)
        #expect(data.figure("gdp-per-cap", "world", 2007)?.value == 6880)
        // GDP = GDP per capita · population, at every level: a1 1000 · 10 M = 1e10; Africa
        // 1600 · 100 M = 1.6e11; Oceania 28000 · 25 M = 7e11; world 6880 · 125 M = 8.6e11, the
        // sum of the countries' 1e10 + 6e10 + 9e10 + 6e11 + 1e11.
        let expected: [(String, Double)] = [("a1", 1e10), ("africa", 1.6e11), ("oceania", 7e11), ("world", 8.6e11)]
        for (region, value) in expected {
            #expect(data.figure("gdp", region, 2007)?.value == value, "\(region)")
            #expect(data.figure("gdp", region, 2007)?.origin == .computed(partial: false), "\(region)")
        }
        // And back: GDP / population is the weighted GDP per capita at every level.
        for region in ["a2", "africa", "oceania", "world"] {
            #expect(data.figure("gdp-pc", region, 2007)?.value == data.figure("gdp-per-cap", region, 2007)?.value, "\(region)")
        }
        // 2002: world (9·900 + 27·1800 + 54·1400 + 18·28000 + 4·19000) / 112 = 712300 / 112 = 6359.821428…
        #expect(abs(try #require(data.figure("gdp-per-cap", "world", 2002)).value - 712300.0 / 112) < 1e-9)
        #expect(data.figure("gdp", "world", 2002)?.value == 7.123e11)
    }

    @Test func fiveYearlyChangesAndGrowth() throws {
        let data = try Self.build()
        for id in ["pop", "life-exp", "gdp", "gdp-pc"] {
            #expect(data.step(of: id) == 5, "\(id)")
        }
        // Africa's life expectancy since 2002: 57.5 - 55.5 = +2.0 years, base 2002 named.
        let change = try #require(data.change("life-exp", "africa", 2007))
        #expect(change.fromYear == 2002 && change.absolute == 2 && change.namesBase)
        // World population 112 M → 125 M: +11.6 %.
        #expect(abs(try #require(data.change("pop", "world", 2007)?.ratio) - 13.0 / 112) < 1e-12)
        // World GDP 7.123e11 → 8.6e11 over 5 years: (8.6 / 7.123)^(1/5) - 1 = 3.84 % a year.
        #expect(abs(try #require(data.cagr("gdp", "world", from: 2002, to: 2007)) - 0.038405790845810) < 1e-12)
        // No growth rate for a weighted mean.
        #expect(data.cagr("life-exp", "world", from: 2002, to: 2007) == nil)
    }

    @Test func ranksSharesAndFormats() throws {
        let data = try Self.build()
        // Life expectancy 2007 among the five countries: o2 82, o1 80, a3 60, a2 55, a1 50.
        #expect(data.rank("life-exp", "a3", 2007, in: "world") == Rank(position: 3, of: 5))
        #expect(data.rank("life-exp", "a3", 2007) == Rank(position: 1, of: 3))
        // Population is a sum: Africa holds 100 of the world's 125 million.
        #expect(data.share("pop", "africa", 2007) == 0.8)
        #expect(data.share("life-exp", "africa", 2007) == nil)
        #expect(data.share("gdp", "africa", 2007) == nil)
        let pop = try #require(data.indicator("pop")), gdp = try #require(data.indicator("gdp"))
        let perCap = try #require(data.indicator("gdp-per-cap"))
        #expect(NumberFormat.value(125_000_000, of: pop, language: .en) == "125 M")
        #expect(NumberFormat.value(125_000_000, of: pop, language: .zhCN) == "1.25亿")
        #expect(NumberFormat.value(8.6e11, of: gdp, language: .en) == "US$ 860 bn")
        #expect(NumberFormat.value(8.6e11, of: gdp, language: .zhCN) == "US$ 8,600亿")
        #expect(NumberFormat.value(6880, of: perCap, language: .en) == "US$ 6,880")
        #expect(NumberFormat.title(of: perCap, language: .en) == "GDP per capita (US$)")
    }
}
