import Testing

@testable import AlmanacData

/// Formula indicators: computed at every level from the components there (a ratio of sums),
/// division by zero and its reason, a region's own report winning, and every catalogue error
/// with its cell and message.
@Suite struct FormulaTests {
    typealias S = Stats

    static func indicators(_ formula: String = "patents / pop * 10000") -> [Indicator] {
        [
            Indicator(id: "patents", name: "patents", aggregate: .sum),
            Indicator(id: "pop", name: "pop", aggregate: .sum),
            Indicator(id: "ppc", name: "per 10,000", decimals: 2, formula: try! Formula.parse(formula).get()),
            Indicator(id: "twice", name: "twice", decimals: 2, formula: try! Formula.parse("ppc * 2").get()),
        ]
    }

    /// patents x1..x5 = 5, 10, 15, 20, 0; pop = 1000, 2000, 5000, 2000, 0.
    static let observations =
        S.rows("patents", 2020, [("x1", 5), ("x2", 10), ("x3", 15), ("x4", 20), ("x5", 0)])
        + S.rows("pop", 2020, [("x1", 1000), ("x2", 2000), ("x3", 5000), ("x4", 2000), ("x5", 0)], line: 20)

    @Test func aRatioOfSumsAtEveryLevel() throws {
        let (data, issues) = S.build(S.uneven, Self.indicators(), Self.observations)
        #expect(issues.isEmpty)
        // x1 = 5 / 1000 · 10000 = 50; x2 = 50; x3 = 15 / 5000 · 10000 = 30.
        // c1 = (5 + 10 + 15) / (1000 + 2000 + 5000) · 10000 = 30 / 8000 · 10000 = 37.5
        // (the sum of the ratios would be 130, their mean 43.33).
        // p = (30 + 20) / (8000 + 2000) · 10000 = 50; w = (50 + 0) / (10000 + 0) · 10000 = 50.
        let expected: [(String, Double)] = [("x1", 50), ("x2", 50), ("x3", 30), ("c1", 37.5), ("c2", 100), ("p", 50), ("w", 50)]
        for (region, value) in expected {
            let figure = try #require(data.figure("ppc", region, 2020), "\(region)")
            #expect(figure.value == value, "\(region)")
            #expect(figure.origin == .computed(partial: false), "\(region)")
        }
        // A formula of a formula: twice = ppc · 2, at every level too.
        #expect(data.figure("twice", "c1", 2020)?.value == 75)
        #expect(data.figure("twice", "w", 2020)?.value == 100)
        #expect(data.figure("ppc", "c1", 2020)?.isComputed == true)
    }

    @Test func divisionByZeroLeavesTheFigureMissingAndSaysWhy() throws {
        let (data, _) = S.build(S.uneven, Self.indicators(), Self.observations)
        // x5 and q (pop rolled up from x5 alone) have pop 0.
        #expect(data.figure("ppc", "x5", 2020) == nil)
        #expect(data.figure("ppc", "q", 2020) == nil)
        #expect(data.missingReason("ppc", "x5", 2020) == "pop is 0 in 2020, and the formula divides by it")
        #expect(data.missingReason("ppc", "q", 2020, language: .zhCN) == "2020年pop为0，公式以其为除数")
        #expect(data.missingCause("ppc", "q", 2020) == .divisionByZero(divisor: "pop", year: 2020))
        #expect(data.missingReason("ppc", "x1", 2020) == nil)  // it has a figure
        #expect(data.missingReason("ppc", "x1", 2019) == nil)  // nothing to compute from
        // A dependent formula has nothing to compute from, and no reason of its own.
        #expect(data.figure("twice", "q", 2020) == nil)
        // The divisor named is the whole expression divided by.
        let (other, _) = S.build(S.uneven, Self.indicators("patents / (pop - pop)"), Self.observations)
        #expect(other.missingReason("ppc", "x1", 2020) == "(pop - pop) is 0 in 2020, and the formula divides by it")
    }

    @Test func partialWhenAComponentIs() throws {
        // x2 has no pop: c1's pop is a partial sum, so c1's ratio is partial too.
        let observations = Self.observations.filter { !($0.indicator == "pop" && $0.region == "x2") }
        let (data, _) = S.build(S.uneven, Self.indicators(), observations)
        #expect(data.figure("ppc", "c1", 2020)?.origin == .computed(partial: true))
        #expect(data.figure("ppc", "x2", 2020) == nil)
        #expect(data.figure("ppc", "x1", 2020)?.isPartial == false)
        #expect(data.rank("ppc", "c1", 2020) == nil)
    }

    @Test func aReportedFigureWinsAndADisagreementIsAWarning() throws {
        let reported = [S.obs("ppc", "c1", 2020, 40, line: 31), S.obs("ppc", "p", 2020, 50.004, line: 32)]
        let (data, issues) = S.build(S.uneven, Self.indicators(), Self.observations + reported)
        #expect(data.figure("ppc", "c1", 2020)?.value == 40 && data.figure("ppc", "c1", 2020)?.isReported == true)
        #expect(data.figure("twice", "c1", 2020)?.value == 80)  // computed from the reported 40
        // p's 50.004 is within rounding of 50 at 2 decimals: nothing to say.
        #expect(issues.map(\.message) == ["ppc for c1 in 2020 is reported as 40 but its formula patents / pop * 10000 gives 37.5"])
        #expect(issues.map(\.location) == [SourceLocation(file: S.file, line: 31, column: 4)])
        #expect(issues.map(\.severity) == [.warning])
    }

    /// Columns: 1 id, 2 name, 3 unit, 4 aggregate, 5 decimals, 6 formula, 7 step, 8 format, 9 unit_position.
    static let catalogue = """
        id,name,unit,aggregate,decimals,formula,step,format,unit_position
        pop,Population,,sum,0,,,compact,
        patents,Patents,,sum,0,,,,
        ppc,Per 10k,,,2,patents / / pop,,,
        gpc,Per head,,sum,2,patents / pop,,,
        bad,Bad,,,0,pop-patents * 2,,,
        nope,Nope,,,0,foo + pop / bar,,,
        a,A,,,0,b * 2,,,
        b,B,,,0,a / 2,,,
        life,Life,,weighted:popu,1,,0,short,left
        empty,Empty,,weighted:,1,,5,,before
        self,Self,,weighted:self,1,,x,,
        c,C,,weighted:d,0,,,,
        d,D,,weighted:c,0,,,,
        """

    @Test func everyCatalogueErrorAtItsCell() throws {
        let (list, issues) = S.catalog(Self.catalogue)
        // By cell (the build sorts every diagnostic so; the reader's own order is not a contract).
        let found = issues.sorted { $0.location < $1.location }.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(found == [
            "4:6 formula \"patents / / pop\" (indicator ppc): expected a number, an indicator id or \"(\" at character 11, found \"/\"",
            "5:4 indicator gpc has a formula, so its aggregate must be empty, not \"sum\" (a formula is computed at every level from its components)",
            "6:6 formula \"pop-patents * 2\" (indicator bad): unknown indicator \"pop-patents\" at character 1 "
                + "(a \"-\" between ids needs spaces to subtract: pop - patents)",
            "7:6 formula \"foo + pop / bar\" (indicator nope): unknown indicator \"foo\" at character 1; "
                + "also unknown indicator \"bar\" at character 13",
            "8:6 indicators depend on each other in a cycle: a → b → a",
            "10:4 aggregate \"weighted:popu\" weights by \"popu\", which is not an indicator (indicator life)",
            "10:7 step \"0\" is not a whole number of years from 1 up (indicator life)",
            "10:8 format \"short\" is not one of plain, compact (indicator life)",
            "10:9 unit_position \"left\" is not one of after, before (indicator life)",
            "11:4 aggregate \"weighted:\" names no indicator to weight by (indicator empty)",
            "12:4 aggregate \"weighted:self\" weights the indicator by itself (indicator self)",
            "12:7 step \"x\" is not a whole number of years from 1 up (indicator self)",
            "13:4 indicators depend on each other in a cycle: c → d → c",
        ])
        #expect(issues.allSatisfy { $0.severity == .error && $0.location.file == "Content/indicators.csv" })
        // Nothing cascades: every row with a good id is in the catalogue, with safe defaults.
        #expect(list.map(\.id) == ["pop", "patents", "ppc", "gpc", "bad", "nope", "a", "b", "life", "empty", "self", "c", "d"])
        let byID = Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
        #expect(byID["ppc"]?.formula == nil)
        #expect(byID["gpc"]?.formula?.text == "patents / pop" && byID["gpc"]?.aggregate == Indicator.Aggregation.none)
        #expect(byID["bad"]?.formula == nil && byID["a"]?.formula == nil && byID["b"]?.formula == nil)
        #expect(byID["life"]?.aggregate == Indicator.Aggregation.none && byID["life"]?.step == nil)
        #expect(byID["life"]?.format == .plain && byID["life"]?.unitPosition == .after && byID["life"]?.decimals == 1)
        #expect(byID["empty"]?.step == 5 && byID["empty"]?.unitPosition == .before)
        #expect(byID["c"]?.aggregate == Indicator.Aggregation.none && byID["d"]?.aggregate == Indicator.Aggregation.none)
        #expect(byID["pop"]?.format == .compact)
        // Their data is still taken: a reported figure of an indicator whose formula was bad.
        let (data, _) = S.build(S.uneven, list, [S.obs("ppc", "x1", 2020, 3), S.obs("gpc", "x1", 2020, 1)])
        #expect(data.figure("ppc", "x1", 2020)?.value == 3)
        #expect(data.figure("gpc", "x1", 2020)?.value == 1)
    }

    @Test func aGoodCatalogueOfFormulasAndWeights() throws {
        let (list, issues) = S.catalog(
            """
            id,name,aggregate,formula
            gdp-per-cap,GDP per capita,weighted:pop,
            gdp,GDP,,gdp-per-cap * pop
            pop,Population,sum,
            pc,Per capita,, gdp / pop
            """)
        #expect(issues.isEmpty)
        #expect(list.map { $0.formula?.components ?? [] } == [[], ["gdp-per-cap", "pop"], [], ["gdp", "pop"]])
        #expect(list.map(\.dependencies) == [["pop"], ["gdp-per-cap", "pop"], [], ["gdp", "pop"]])
        // Computed in dependency order: pop, then gdp-per-cap, then gdp, then pc.
        #expect(IndicatorDependencies.levels(list) == [[2], [0], [1], [3]])
    }

    @Test func aCycleBuiltByHandIsNotComputedAndDoesNotHang() {
        // A catalogue that did not pass the reader: the dataset leaves the cycle's formulas alone.
        let list = [
            Indicator(id: "a", name: "a", formula: try! Formula.parse("b * 2").get()),
            Indicator(id: "b", name: "b", formula: try! Formula.parse("a / 2").get()),
            Indicator(id: "c", name: "c", formula: try! Formula.parse("nowhere + 1").get()),
        ]
        let (data, issues) = S.build(S.uneven, list, [S.obs("a", "x1", 2020, 4)])
        #expect(issues.isEmpty)
        #expect(data.figure("a", "x1", 2020)?.value == 4)
        #expect(data.figure("b", "x1", 2020) == nil)
        #expect(IndicatorDependencies.validate(list).issues.map(\.message) == [
            "formula \"nowhere + 1\" (indicator c): unknown indicator \"nowhere\" at character 1",
            "indicators depend on each other in a cycle: a → b → a",
        ])
    }

    /// A formula of a formula carries no float noise: with `gdp = gdp-per-cap * pop` and
    /// `back = gdp / pop`, `back` is `gdp-per-cap` again, digit for digit, at every region — the
    /// countries' reported figures and the population-weighted means above them. (Before, `gdp`
    /// rounded to 15 digits made 5745.160213 come back as 5745.16021299998 for a quarter of the
    /// Gapminder panel.)
    @Test func aFormulaOfAFormulaGivesTheFigureBack() throws {
        let indicators = [
            Indicator(id: "pop", name: "pop", aggregate: .sum),
            Indicator(id: "gdppc", name: "gdp per capita", aggregate: .weighted(by: "pop"), decimals: 6),
            Indicator(id: "gdp", name: "gdp", formula: try Formula.parse("gdppc * pop").get()),
            Indicator(id: "back", name: "back", decimals: 6, formula: try Formula.parse("gdp / pop").get()),
        ]
        // Figures the size of the panel's: GDP per capita with 7 significant digits, populations
        // of 10^5 to 10^9, from a fixed linear congruential sequence.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var observations: [Observation] = []
        let bases = ["x1", "x2", "x3", "x4", "x5"]
        for year in 1...400 {
            observations += S.rows("gdppc", year, bases.map { ($0, Double(100_000 + next() % 9_900_000) / 1_000) })
            observations += S.rows("pop", year, bases.map { ($0, Double(100_000 + next() % 1_000_000_000)) })
        }
        let (data, issues) = S.build(S.uneven, indicators, observations)
        #expect(issues.isEmpty)
        var compared = 0
        for region in bases + ["c1", "c2", "p", "q", "w"] {
            for year in 1...400 {
                let gdppc = try #require(data.figure("gdppc", region, year)).value
                let back = try #require(data.figure("back", region, year)).value
                if bases.contains(region) {
                    #expect(back == gdppc, "\(region) \(year): \(back) for \(gdppc), gdp \(data.figure("gdp", region, year)!.value) pop \(data.figure("pop", region, year)!.value)")
                } else {
                    // Above the countries both are computed: the weighted mean and the ratio of sums
                    // agree to 14 digits, and neither is written with noise.
                    #expect(abs(back - gdppc) <= abs(gdppc) * 1e-13, "\(region) \(year): \(back) for \(gdppc)")
                    #expect(NumberFormat.plain(back).filter(\.isNumber).count <= 14, "\(region) \(year): \(back)")
                }
                compared += 1
            }
        }
        #expect(compared == 4_000)
    }
}
