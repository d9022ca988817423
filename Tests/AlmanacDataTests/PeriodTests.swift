import Testing

@testable import AlmanacData

/// Steps: given or inferred, changes one step back, gaps, and what charts need to join points.
@Suite struct PeriodTests {
    typealias S = Stats

    static let tree = S.tree([("zj", nil), ("la", "zj"), ("qz", "zj")])

    func data(_ observations: [Observation], step: Int? = nil, unit: String = "亿元") -> Dataset {
        let indicators = [
            Indicator(id: "output", name: "产值", unit: unit, aggregate: .sum, decimals: 1, step: step),
            Indicator(id: "pop", name: "pop", aggregate: .sum),
            Indicator(id: "per", name: "per", decimals: 2, formula: try! Formula.parse("output / pop").get()),
        ]
        return S.build(Self.tree, indicators, observations).0
    }

    func series(_ region: String, _ values: [Int: Double], _ indicator: String = "output") -> [Observation] {
        values.sorted { $0.key < $1.key }.map { S.obs(indicator, region, $0.key, $0.value) }
    }

    @Test func fiveYearlyDataHasStepFive() throws {
        let data = data(series("la", [1997: 50, 2002: 53, 2007: 57.5]) + series("qz", [2002: 10, 2007: 12]))
        #expect(data.step(of: "output") == 5)
        // 2007 compares with 2002: 57.5 - 53 = 4.5, and the change says so.
        let change = try #require(data.change("output", "la", 2007))
        #expect(change.fromYear == 2002 && change.toYear == 2007)
        #expect(change.absolute == 4.5)
        #expect(change.namesBase)
        #expect(data.change("output", "la", 1997) == nil)
        #expect(data.figures("output", "la").step == 5)
        #expect(data.figures("output", "la").change(to: 2007) == change)
        #expect(data.isConsecutive("output", from: 2002, to: 2007))
        #expect(!data.isConsecutive("output", from: 2006, to: 2007))
        #expect(data.stepYears("output", from: 1997, through: 2009) == [1997, 2002, 2007])
        // The roll-up zj (2002 and 2007, complete) changes over the step too: 53 + 10 = 63 → 69.5.
        #expect(data.change("output", "zj", 2007)?.absolute == 6.5)
    }

    @Test func twoYearsFourApartGiveStepFour() throws {
        // Lin'an's output, 2016 and 2020 only: 2020 compares with 2016.
        let data = data(series("la", [2016: 693.1, 2020: 974.2]))
        #expect(data.step(of: "output") == 4)
        let change = try #require(data.change("output", "la", 2020))
        #expect(change.fromYear == 2016)
        #expect(change.absolute == 281.1)
        #expect(data.figures("output", "la").runs == [[2016, 2020]])
        #expect(abs(try #require(data.cagr("output", "la", from: 2016, to: 2020)) - 0.08884) < 0.00001)
    }

    @Test func mixedSpacingGivesOne() {
        let data = data(series("la", [2015: 1, 2020: 2]) + series("qz", [2018: 1, 2020: 3]) + series("qz", [2019: 1], "pop"))
        // Differences 5 and 2: only a step of 1 fits both.
        #expect(data.step(of: "output") == 1)
        #expect(data.change("output", "la", 2020) == nil)  // 2019 is missing: a gap
        #expect(data.step(of: "pop") == 1)  // one year only
        #expect(data.step(of: "nonesuch") == 1)
    }

    @Test func aGivenStepWins() throws {
        let data = data(series("la", [2010: 1, 2015: 2, 2020: 4]), step: 10)
        #expect(data.step(of: "output") == 10)
        #expect(data.change("output", "la", 2020)?.fromYear == 2010)
        #expect(data.change("output", "la", 2015) == nil)
        #expect(data.change("output", "la", 2020)?.absolute == 3)
    }

    @Test func aMissingObservationAtTheStepIsAGap() throws {
        // Five-yearly, 1962 missing: no change for 1962 nor 1967, and the chart breaks its line.
        let data = data(series("la", [1952: 1, 1957: 2, 1967: 4, 1972: 5]))
        #expect(data.step(of: "output") == 5)
        #expect(data.change("output", "la", 1967) == nil)
        #expect(data.change("output", "la", 1972)?.fromYear == 1967)
        #expect(data.figures("output", "la").runs == [[1952, 1957], [1967, 1972]])
        #expect(data.figures("output", "la").isConsecutive(from: 1957, to: 1962))
    }

    @Test func aFormulaTakesItsStepFromItsComputedSeries() {
        // output every 5 years, pop every year: per = output / pop exists every 5 years.
        let output = series("la", [2010: 10, 2015: 20, 2020: 30])
        let pop = series("la", [2010: 1, 2011: 1, 2012: 1, 2013: 1, 2014: 1, 2015: 2, 2016: 2, 2020: 3], "pop")
        let data = data(output + pop)
        #expect(data.step(of: "pop") == 1)
        #expect(data.step(of: "per") == 5)
        #expect(data.years(of: "per") == [2010, 2015, 2020])
        #expect(data.change("per", "la", 2020)?.absolute == 0)
    }

    @Test func aRateChangesInPointsAndHasNoGrowthRate() throws {
        let data = data(series("la", [2019: 98.2, 2020: 99.1]), unit: "%")
        let change = try #require(data.change("output", "la", 2020))
        #expect(change.isRate)
        #expect(change.absolute == 0.9)  // not 0.8999999999999915
        #expect(!change.namesBase)
        #expect(NumberFormat.points(change.absolute, decimals: 1, language: .zhCN) == "+0.9个百分点")
        #expect(NumberFormat.points(change.absolute, decimals: 1, language: .en) == "+0.9 pp")
        #expect(NumberFormat.points(-1.25, decimals: 1, language: .en) == "-1.3 pp")
        #expect(NumberFormat.points(-0.01, decimals: 1, language: .zhCN) == "0.0个百分点")
        #expect(data.cagr("output", "la", from: 2019, to: 2020) == nil)
        #expect(data.figures("output", "la").cagr(from: 2019, to: 2020) == nil)
        #expect(data.share("output", "la", 2020) == nil)
    }
}
