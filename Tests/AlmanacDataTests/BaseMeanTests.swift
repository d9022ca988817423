import Testing

@testable import AlmanacData

/// `mean`, `weighted`, `min`, `max` and `sum` on a tree with uneven branches, against values
/// computed by hand in the comments.
@Suite struct BaseMeanTests {
    typealias S = Stats

    let indicators = [
        Indicator(id: "v", name: "v", aggregate: .mean, decimals: 1),
        Indicator(id: "pop", name: "pop", aggregate: .sum),
        Indicator(id: "wv", name: "wv", aggregate: .weighted(by: "pop"), decimals: 2),
        Indicator(id: "low", name: "low", aggregate: .min),
        Indicator(id: "high", name: "high", aggregate: .max),
        Indicator(id: "share", name: "share", aggregate: .sum, decimals: 1),
    ]

    /// x1..x5 = 10, 20, 30, 80, 50 for `key`.
    func leaves(_ key: String, _ year: Int = 2020) -> [Observation] {
        S.rows(key, year, [("x1", 10), ("x2", 20), ("x3", 30), ("x4", 80), ("x5", 50)])
    }

    @Test func meanCountsEachBaseRegionOnceNotAMeanOfMeans() throws {
        let (data, issues) = S.build(S.uneven, indicators, leaves("v"))
        #expect(issues.isEmpty)
        // c1 = (10 + 20 + 30) / 3 = 20; c2 = 80; p = (10 + 20 + 30 + 80) / 4 = 35 (the mean of
        // c1 and c2 would be 50); q = 50; w = (10 + 20 + 30 + 80 + 50) / 5 = 38 (means of means:
        // (35 + 50) / 2 = 42.5, or ((20 + 80) / 2 + 50) / 2 = 50).
        let expected: [(String, Double)] = [("c1", 20), ("c2", 80), ("p", 35), ("q", 50), ("w", 38)]
        for (region, value) in expected {
            #expect(data.figure("v", region, 2020)?.value == value, "\(region)")
        }
        #expect(data.figure("v", "p", 2020)?.origin == .rolledUp(contributors: 2, children: 2, partial: false))
        #expect(data.figure("v", "w", 2020)?.isPartial == false)
    }

    @Test func aReportedMeanWinsButTheBaseRegionsStillCount() throws {
        // c1 reports 25 of its own: shown there, with a warning (the mean of its 3 base regions is
        // 20), while p and w still average x1..x3, not c1's 25: p = 35, w = 38.
        let (data, issues) = S.build(S.uneven, indicators, leaves("v") + [S.obs("v", "c1", 2020, 25, line: 40)])
        #expect(data.figure("v", "c1", 2020)?.value == 25 && data.figure("v", "c1", 2020)?.isReported == true)
        #expect(data.figure("v", "p", 2020)?.value == 35)
        #expect(data.figure("v", "w", 2020)?.value == 38)
        #expect(issues.map(\.message) == ["v for c1 in 2020 is reported as 25 but the mean of its 3 base regions is 20"])
        #expect(issues.map(\.location) == [SourceLocation(file: S.file, line: 40, column: 4)])
        #expect(issues.map(\.severity) == [.warning])
    }

    @Test func aRegionWithoutFiguresBelowIsABaseRegionItself() throws {
        // x4 has no figure; c2 reports 70, so c2 is the base region there:
        // p = (10 + 20 + 30 + 70) / 4 = 32.5, complete (both of p's children have a figure).
        var observations = leaves("v").filter { $0.region != "x4" }
        observations.append(S.obs("v", "c2", 2020, 70))
        let (data, _) = S.build(S.uneven, indicators, observations)
        #expect(data.figure("v", "p", 2020)?.value == 32.5)
        #expect(data.figure("v", "p", 2020)?.isPartial == false)
        // w = (10 + 20 + 30 + 70 + 50) / 5 = 36.
        #expect(data.figure("v", "w", 2020)?.value == 36)
    }

    @Test func aMissingChildMakesTheMeanPartialUpTheTree() throws {
        let (data, _) = S.build(S.uneven, indicators, leaves("v").filter { $0.region != "x2" })
        // c1 = (10 + 30) / 2 = 20 from 2 of 3 children; p = (10 + 30 + 80) / 3 = 40; both partial.
        #expect(data.figure("v", "c1", 2020)?.origin == .rolledUp(contributors: 2, children: 3, partial: true))
        #expect(data.figure("v", "p", 2020)?.value == 40)
        #expect(data.figure("v", "p", 2020)?.isPartial == true)
        #expect(data.figure("v", "w", 2020)?.isPartial == true)
    }

    @Test func weightedMeanOverTheBaseRegions() throws {
        // pop x1..x5 = 1, 1, 2, 4, 2; v as wv = 10, 20, 30, 80, 50.
        // c1 = (1·10 + 1·20 + 2·30) / 4 = 90 / 4 = 22.5; c2 = 80; p = (90 + 4·80) / 8 = 410 / 8 = 51.25;
        // q = 50; w = (410 + 2·50) / 10 = 51.
        let pop = S.rows("pop", 2020, [("x1", 1), ("x2", 1), ("x3", 2), ("x4", 4), ("x5", 2)])
        let (data, issues) = S.build(S.uneven, indicators, leaves("wv") + pop)
        #expect(issues.isEmpty)
        let expected: [(String, Double)] = [("c1", 22.5), ("c2", 80), ("p", 51.25), ("q", 50), ("w", 51)]
        for (region, value) in expected {
            #expect(data.figure("wv", region, 2020)?.value == value, "\(region)")
            #expect(data.figure("wv", region, 2020)?.isPartial == false, "\(region)")
        }
        #expect(data.cagr("wv", "w", from: 2019, to: 2020) == nil)
    }

    @Test func aBaseRegionWithoutAWeightIsLeftOutAndMakesThePartial() throws {
        // x2 has a value but no pop: left out. c1 = (1·10 + 2·30) / 3 = 70 / 3 = 23.3333…;
        // w = (70 + 4·80 + 2·50) / (1 + 2 + 4 + 2) = 490 / 9 = 54.4444…; partial all the way up.
        let pop = S.rows("pop", 2020, [("x1", 1), ("x3", 2), ("x4", 4), ("x5", 2)])
        let (data, _) = S.build(S.uneven, indicators, leaves("wv") + pop)
        let c1 = try #require(data.figure("wv", "c1", 2020))
        #expect(c1.value == 23.3333333333333)  // rounded to 15 significant digits
        #expect(c1.origin == .rolledUp(contributors: 3, children: 3, partial: true))
        let w = try #require(data.figure("wv", "w", 2020))
        #expect(abs(w.value - 490.0 / 9) < 1e-12)
        #expect(w.isPartial)
        #expect(data.figure("wv", "q", 2020)?.isPartial == false)
    }

    @Test func weightsThatAreMissingOrZeroLeaveTheFigureMissingAndSayWhy() throws {
        // c1's children all weigh 0; q's only child has no weight at all.
        let pop = S.rows("pop", 2020, [("x1", 0), ("x2", 0), ("x3", 0), ("x4", 4)])
        let (data, _) = S.build(S.uneven, indicators, leaves("wv") + pop)
        #expect(data.figure("wv", "c1", 2020) == nil)
        #expect(data.missingReason("wv", "c1", 2020) == "the weights (pop) of the regions beneath add up to 0 in 2020")
        #expect(data.missingReason("wv", "c1", 2020, language: .zhCN) == "2020年下级地区的权重（pop）合计为0")
        #expect(data.figure("wv", "q", 2020) == nil)
        #expect(data.missingReason("wv", "q", 2020) == "no region beneath has a weight (pop) in 2020")
        // p: x1..x3 weigh 0, x4 weighs 4: (0 + 4·80) / 4 = 80, complete (a zero weight is a weight).
        #expect(data.figure("wv", "p", 2020)?.value == 80)
        #expect(data.figure("wv", "p", 2020)?.isPartial == false)
        // w: x5 under q has no weight, so w = 80 too, but partial.
        #expect(data.figure("wv", "w", 2020)?.value == 80)
        #expect(data.figure("wv", "w", 2020)?.isPartial == true)
        #expect(data.missingReason("wv", "p", 2020) == nil)
        #expect(data.missingReason("wv", "x1", 2020) == nil)
    }

    @Test func theWeightOfABaseRegionMayBeRolledUp() throws {
        // c2 reports wv 70 and x4 has no wv: c2 is a base region, weighted by its pop rolled up from x4 (4).
        // p = (1·10 + 1·20 + 2·30 + 4·70) / 8 = 370 / 8 = 46.25.
        let pop = S.rows("pop", 2020, [("x1", 1), ("x2", 1), ("x3", 2), ("x4", 4), ("x5", 2)])
        let values = leaves("wv").filter { $0.region != "x4" } + [S.obs("wv", "c2", 2020, 70)]
        let (data, _) = S.build(S.uneven, indicators, values + pop)
        #expect(data.figure("wv", "p", 2020)?.value == 46.25)
    }

    @Test func aNegativeWeightIsLeftOutLikeAMissingOne() throws {
        // x2 weighs -1: left out, c1 = (1·10 + 2·30) / 3 = 23.333…, partial.
        let pop = S.rows("pop", 2020, [("x1", 1), ("x2", -1), ("x3", 2)])
        let (data, _) = S.build(S.uneven, indicators, leaves("wv") + pop)
        #expect(data.figure("wv", "c1", 2020)?.value == 23.3333333333333)
        #expect(data.figure("wv", "c1", 2020)?.isPartial == true)
    }

    @Test func minAndMaxOfTheChildren() throws {
        let (data, _) = S.build(S.uneven, indicators, leaves("low") + leaves("high"))
        #expect(data.figure("low", "c1", 2020)?.value == 10)
        #expect(data.figure("high", "c1", 2020)?.value == 30)
        #expect(data.figure("low", "w", 2020)?.value == 10)
        #expect(data.figure("high", "w", 2020)?.value == 80)
        #expect(data.figure("high", "q", 2020)?.origin == .rolledUp(contributors: 1, children: 1, partial: false))
        // A reported figure disagreeing with the children's minimum is a warning.
        let (_, issues) = S.build(S.uneven, indicators, leaves("low") + [S.obs("low", "c1", 2020, 5, line: 9)])
        #expect(issues.map(\.message) == ["low for c1 in 2020 is reported as 5 but the minimum of its children is 10"])
    }

    @Test func sumsCarryNoFloatNoise() throws {
        // 0.1 + 0.2 is 0.30000000000000004 in doubles; the roll-up is rounded to 15 significant digits.
        let (data, _) = S.build(S.uneven, indicators, S.rows("share", 2020, [("x1", 0.1), ("x2", 0.2)]))
        let c1 = try #require(data.figure("share", "c1", 2020))
        #expect(c1.value == 0.3)
        #expect(NumberFormat.plain(c1.value) == "0.3")
        // Where terms cancel, the digits below the terms' 15th are noise too: 1000.1 - 1000 is
        // 0.10000000000002274 in doubles, and the sum is rounded at the scale of its terms.
        #expect(1000.1 - 1000 != 0.1)
        let (cancelling, _) = S.build(S.uneven, indicators, S.rows("share", 2021, [("x1", 1000.1), ("x2", -1000)]))
        #expect(cancelling.figure("share", "c1", 2021)?.value == 0.1)
        // Integer sums stay exact, however large below 10^15.
        let big = S.rows("pop", 2020, [("x1", 999_999_999_999_99), ("x2", 1), ("x3", 123_456_789_012)])
        let (exact, _) = S.build(S.uneven, indicators, big)
        #expect(exact.figure("pop", "c1", 2020)?.value == 100_123_456_789_012)
    }

    @Test func aMeanLikeTheGapminderOneCarriesNoFloatNoise() throws {
        // Added left to right, 42.645 + 53.437 + 83.556 + 77.996 is 257.63399999999996 and its
        // quarter 64.40849999999999; the mean of the four is 64.4085.
        var naive = 0.0
        for value in [42.645, 53.437, 83.556, 77.996] { naive += value }
        #expect(NumberFormat.plain(naive / 4) == "64.40849999999999")
        let tree = S.tree([("r", nil), ("a", "r"), ("b", "r"), ("c", "r"), ("d", "r")])
        let values = S.rows("v", 2007, [("a", 42.645), ("b", 53.437), ("c", 83.556), ("d", 77.996)])
        let (data, _) = S.build(tree, indicators, values)
        #expect(NumberFormat.plain(try #require(data.figure("v", "r", 2007)).value) == "64.4085")
    }

    @Test func noneNeverRollsUpAndTheCatalogueReadsEveryAggregation() {
        let (list, issues) = S.catalog(
            """
            id,name,aggregate
            a,A,sum
            b,B,mean
            c,C,weighted:a
            d,D,min
            e,E,max
            f,F,none
            g,G,
            """)
        #expect(issues.isEmpty)
        #expect(list.map(\.aggregate) == [.sum, .mean, .weighted(by: "a"), .min, .max, .none, .none])
        #expect(list.map(\.aggregate.text) == ["sum", "mean", "weighted:a", "min", "max", "none", "none"])
        #expect(list.map(\.aggregate.keyword) == ["sum", "mean", "weighted", "min", "max", "none", "none"])
    }
}
