import Testing

@testable import AlmanacData

/// Roll-ups along the tree and every derived figure, against hand-computed values.
@Suite struct AggregationTests {
    typealias F = Fixture

    @Test func sumRollsUpThroughEveryLevel() throws {
        let (data, issues) = F.dataset([
            F.observation("output", "la", 2020, 974.2), F.observation("output", "xh", 2020, 100),
            F.observation("output", "qz", 2020, 25.8),
        ])
        #expect(issues.isEmpty)
        let hz = try #require(data.figure("output", "hz", 2020))
        #expect(hz.value == 1074.2)
        #expect(hz.origin == .rolledUp(contributors: 2, children: 2, partial: false))
        let zj = try #require(data.figure("output", "zj", 2020))
        #expect(abs(zj.value - 1100) < 1e-9)
        #expect(!zj.isPartial)
    }

    @Test func observationsInAnyOrderGiveTheSameModel() throws {
        let observations = [
            F.observation("output", "qz", 2022, 3), F.observation("output", "la", 2020, 1),
            F.observation("output", "qz", 2020, 2), F.observation("output", "la", 2021, 5), F.observation("output", "qz", 2021, 4),
        ]
        let (forward, _) = F.dataset(observations)
        let (backward, _) = F.dataset(observations.reversed())
        #expect(forward.years("output", "qz") == [2020, 2021, 2022])
        #expect([2019, 2020, 2021, 2022, 2023].map { backward.figures("output", "qz").has($0) } == [false, true, true, true, false])
        #expect(forward.years == [2020, 2021, 2022])
        for region in ["zj", "hz", "la", "qz"] {
            for year in 2020...2022 {
                #expect(forward.figure("output", region, year)?.value == backward.figure("output", region, year)?.value)
            }
        }
        var builder = Dataset.Builder(tree: F.tree, indicators: F.indicators)
        for observation in observations { builder.add(observation) }
        builder.add(F.observation("output", "nowhere", 2020, 9))
        let (built, _) = builder.build()
        #expect(built.observationCount == 5)
        #expect(built.allFigures().map(\.figure.value) == forward.allFigures().map(\.figure.value))
    }

    @Test func meanAveragesTheChildren() throws {
        let (data, _) = F.dataset([F.observation("rate", "la", 2021, 100), F.observation("rate", "xh", 2021, 98)])
        #expect(try #require(data.figure("rate", "hz", 2021)).value == 99)
    }

    @Test func noneNeverRollsUp() {
        let (data, _) = F.dataset([F.observation("per-capita", "la", 2024, 6)])
        #expect(data.figure("per-capita", "hz", 2024) == nil)
    }

    @Test func partialRollUpsAreMarkedAndPropagate() throws {
        let (data, _) = F.dataset([F.observation("output", "la", 2020, 974.2)])
        let hz = try #require(data.figure("output", "hz", 2020))
        #expect(hz.origin == .rolledUp(contributors: 1, children: 2, partial: true))
        // Zhejiang: one child (hz) has a figure of two, and that figure is itself partial.
        #expect(try #require(data.figure("output", "zj", 2020)).origin == .rolledUp(contributors: 1, children: 2, partial: true))
    }

    @Test func incompleteChildListsMakeEveryRollUpPartial() throws {
        let tree = RegionTree.build([F.region("p", nil, complete: false), F.region("a", "p"), F.region("b", "p")]).tree
        let (data, _) = Dataset.build(
            tree: tree, indicators: F.indicators,
            observations: [F.observation("output", "a", 2020, 1), F.observation("output", "b", 2020, 2)])
        #expect(try #require(data.figure("output", "p", 2020)).origin == .rolledUp(contributors: 2, children: 2, partial: true))
    }

    @Test func reportedParentWinsAndDisagreementIsAWarning() throws {
        let (data, issues) = F.dataset([
            F.observation("output", "la", 2020, 974.2), F.observation("output", "xh", 2020, 100),
            F.observation("output", "hz", 2020, 1200, line: 9),
        ])
        #expect(try #require(data.figure("output", "hz", 2020)).value == 1200)
        #expect(issues.count == 1)
        #expect(issues.first?.severity == .warning)
        #expect(issues.first?.message == "output for hz in 2020 is reported as 1200 but the sum of its children is 1074.2")
        #expect(issues.first?.location.line == 9)
        // Within rounding of the indicator's decimals there is nothing to say.
        let (_, quiet) = F.dataset([
            F.observation("output", "la", 2020, 974.2), F.observation("output", "xh", 2020, 100),
            F.observation("output", "hz", 2020, 1074.24),
        ])
        #expect(quiet.isEmpty)
    }

    @Test func reportedFiguresKeepTheirSourceNoteAndCell() throws {
        var first = F.observation("output", "la", 2020, 974.2, line: 3)
        first.source = "临安统计公报"
        first.note = "初步核算"
        var second = F.observation("output", "xh", 2020, 100, line: 4)
        second.source = "萧山年鉴"
        var again = F.observation("output", "la", 2020, 974.2, line: 8)
        again.source = "另一来源"
        let (data, _) = F.dataset([first, again, second])
        let la = try #require(data.figure("output", "la", 2020))
        #expect(data.source(of: la) == "临安统计公报" && data.note(of: la) == "初步核算")
        #expect(data.location(of: la) == SourceLocation(file: "Content/data/x.csv", line: 3, column: 4))
        let xh = try #require(data.figure("output", "xh", 2020))
        #expect(data.source(of: xh) == "萧山年鉴" && data.note(of: xh) == nil && data.location(of: xh)?.line == 4)
        let hz = try #require(data.figure("output", "hz", 2020))
        #expect(data.source(of: hz) == nil && data.note(of: hz) == nil && data.location(of: hz) == nil)
        #expect(data.source(of: Figure(value: 1)) == nil)
    }

    @Test func conflictingDuplicatesNameBothLines() {
        let (_, issues) = F.dataset([F.observation("output", "la", 2020, 974.2, line: 3), F.observation("output", "la", 2020, 974.3, line: 8)])
        #expect(issues.map(\.message) == ["conflicting values for output, la, 2020: 974.3 here, 974.2 on line 3"])
        #expect(issues.map(\.location.line) == [8])
        #expect(issues.map(\.severity) == [.error])
    }

    @Test func linanCAGRIsEightPointNinePercent() throws {
        let rate = try #require(CAGR.rate(from: 693.1, to: 974.2, years: 4))
        #expect(abs(rate - 0.08884) < 0.00001)
        #expect(NumberFormat.percent(rate) == "8.9%")
        let (data, _) = F.dataset([F.observation("output", "la", 2016, 693.1), F.observation("output", "la", 2020, 974.2)])
        #expect(data.cagr("output", "la", from: 2016, to: 2020) == rate)
        #expect(data.cagr("output", "la", from: 2020, to: 2016) == nil)
        #expect(CAGR.rate(from: 0, to: 5, years: 2) == nil)
        // From a tiny start the ratio overflows: no rate rather than an infinite one.
        #expect(CAGR.rate(from: 1e-300, to: 1e14, years: 1) == nil)
        #expect(Change(fromYear: 2020, toYear: 2021, from: 1e-300, to: 1e14).ratio == nil)
        #expect(Change(fromYear: 2020, toYear: 2021, from: 0, to: 5).ratio == nil)
        #expect(CAGR.rate(from: -1, to: 5, years: 2) == nil)
    }

    @Test func changeOnThePreviousYearAndAcrossGaps() throws {
        let (data, _) = F.dataset([
            F.observation("output", "qz", 2021, 4573), F.observation("output", "qz", 2022, 5590),
            F.observation("output", "qz", 2024, 6000),
        ])
        let change = try #require(data.change("output", "qz", 2022))
        #expect(change.absolute == 1017)
        #expect(abs(try #require(change.ratio) - 0.22239) < 0.00001)
        // Annual data (step 1): 2023 is missing, so 2024 has no change — a gap, whatever the caller asks.
        #expect(data.step(of: "output") == 1)
        #expect(data.change("output", "qz", 2024) == nil)
        #expect(data.change("output", "qz", 2024, acrossGaps: true) == nil)
        #expect(data.change("output", "qz", 2021) == nil)
    }

    @Test func noDerivedFiguresFromPartialRollUps() {
        let (data, _) = F.dataset([F.observation("output", "la", 2020, 1), F.observation("output", "la", 2021, 2)])
        #expect(data.figure("output", "hz", 2021)?.isPartial == true)
        #expect(data.change("output", "hz", 2021) == nil)
        #expect(data.cagr("output", "hz", from: 2020, to: 2021) == nil)
        #expect(data.rank("output", "hz", 2021) == nil)
    }

    @Test func rankHonoursDirectionAndTies() {
        let (data, _) = F.dataset([
            F.observation("output", "la", 2020, 5), F.observation("output", "xh", 2020, 5),
            F.observation("defects", "la", 2020, 3), F.observation("defects", "xh", 2020, 7),
        ])
        #expect(data.rank("output", "la", 2020) == Rank(position: 1, of: 2))
        #expect(data.rank("output", "xh", 2020) == Rank(position: 1, of: 2))
        #expect(data.rank("defects", "la", 2020) == Rank(position: 1, of: 2))
        #expect(data.rank("defects", "xh", 2020) == Rank(position: 2, of: 2))
        #expect(data.ranking("defects", among: ["la", "xh"], 2020).map(\.region) == ["la", "xh"])
    }

    /// The position-based reads give what the reads by id give.
    @Test func aYearsFiguresByPositionAndARankingInHandMatchTheLookupsById() {
        let (data, _) = F.dataset([
            F.observation("output", "la", 2020, 5), F.observation("output", "xh", 2020, 9), F.observation("output", "la", 2021, 6),
            F.observation("defects", "la", 2020, 3), F.observation("defects", "xh", 2020, 7),
        ])
        for indicator in ["output", "defects", "nonesuch"] {
            let column = data.figures(of: indicator, in: 2020)
            #expect(column.count == data.tree.preorder.count)
            for (id, figure) in zip(data.tree.preorder, column) {
                #expect(figure == data.figure(indicator, id, 2020), "\(indicator) \(id)")
            }
            let entries = zip(data.tree.preorder, column).compactMap { id, figure in figure.map { (region: id, figure: $0) } }
            let inHand = data.ranking(indicator, of: entries)
            let byID = data.ranking(indicator, among: data.tree.preorder, 2020)
            #expect(inHand.map(\.region) == byID.map(\.region))
            #expect(!inHand.contains { $0.figure.isPartial })
        }
        #expect(data.ranking("output", of: data.tree.preorder.compactMap { id in data.figure("output", id, 2020).map { (id, $0) } })
            .map(\.region) == ["hz", "xh", "la"])
        #expect(data.figureCount(of: "output") == data.tree.preorder.reduce(0) { $0 + data.years("output", $1).count })
        #expect(data.figureCount(of: "nonesuch") == 0)
        let series = data.figures("output", "la")
        #expect(series.change(to: 2021) == data.change("output", "la", 2021))
        #expect(series.change(to: 2021)?.from == 5)
        #expect(series.cagr(from: 2020, to: 2021) == data.cagr("output", "la", from: 2020, to: 2021))
    }

    @Test func shareOfTheParentAndTargets() throws {
        let (data, _) = F.dataset(
            [F.observation("output", "la", 2020, 75), F.observation("output", "xh", 2020, 25), F.observation("defects", "la", 2020, 4)],
            targets: [
                Target(region: "la", year: 2020, indicator: "output", value: 100, location: F.location),
                Target(region: "la", year: 2020, indicator: "defects", value: 5, location: F.location),
            ])
        #expect(data.share("output", "la", 2020) == 0.75)
        #expect(data.share("output", "hz", 2020) == nil)  // its parent's figure is partial (qz is missing)
        #expect(data.attainment("output", "la", 2020) == 0.75)
        #expect(data.attainment("defects", "la", 2020) == 1.25)
        #expect(data.years == [2020])
    }

    /// Property: for any tree and any leaf values, the complete sum at the root is the sum of the leaves.
    @Test func rollUpOfSumsEqualsSumOfLeaves() throws {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<200 {
            var regions = [F.region("r0", nil)]
            for index in 1..<Int(generator.next() % 30 + 2) {
                regions.append(F.region("r\(index)", "r\(Int(generator.next() % UInt64(index)))"))
            }
            let tree = RegionTree.build(regions).tree
            let leaves = regions.map(\.id).filter { tree.children(of: $0).isEmpty }
            var total = 0.0
            var observations: [Observation] = []
            for leaf in leaves {
                let value = Double(generator.next() % 100_000) / 10
                total += value
                observations.append(F.observation("output", leaf, 2024, value))
            }
            let (data, issues) = Dataset.build(tree: tree, indicators: F.indicators, observations: observations)
            #expect(issues.isEmpty)
            let root = try #require(data.figure("output", "r0", 2024))
            #expect(abs(root.value - total) < 1e-6)
            #expect(root.isPartial == false || leaves == ["r0"])
        }
    }
}

/// A tiny deterministic random number generator, so property tests fail the same way every time.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
