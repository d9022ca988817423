import Testing

@testable import AlmanacData

/// Number styles per indicator (compact, unit before), in both languages, and titles.
@Suite struct FigureFormatTests {
    let population = Indicator(id: "pop", name: "人口", unit: "人", format: .compact)
    let people = Indicator(id: "pop", name: "Population", format: .compact)

    @Test func compactFiguresInChinese() {
        #expect(NumberFormat.value(1_318_683_096, of: population, language: .zhCN) == "13.2亿人")
        #expect(NumberFormat.value(62_510_000, of: population, language: .zhCN) == "6,251万人")
        #expect(NumberFormat.compactFigure(123_456, decimals: 0, language: .zhCN) == "12.3万")
        #expect(NumberFormat.compactFigure(99_996, decimals: 0, language: .zhCN) == "10.0万")
        #expect(NumberFormat.compactFigure(99_999_600, decimals: 0, language: .zhCN) == "1.00亿")
        #expect(NumberFormat.compactFigure(300_000_000, decimals: 0, language: .zhCN) == "3.00亿")
        #expect(NumberFormat.compactFigure(2.5e13, decimals: 0, language: .zhCN) == "25.0万亿")
        #expect(NumberFormat.compactFigure(5590, decimals: 0, language: .zhCN) == "5,590")
        #expect(NumberFormat.compactFigure(-62_510_000, decimals: 0, language: .zhCN) == "-6,251万")
    }

    @Test func compactFiguresInEnglish() {
        #expect(NumberFormat.value(1_318_683_096, of: people, language: .en) == "1.32 bn")
        #expect(NumberFormat.value(62_510_000, of: people, language: .en) == "62.5 M")
        #expect(NumberFormat.compactFigure(6_251_000, decimals: 0, language: .en) == "6.25 M")
        #expect(NumberFormat.compactFigure(999_999_999, decimals: 0, language: .en) == "1.00 bn")
        #expect(NumberFormat.compactFigure(4.2e12, decimals: 0, language: .en) == "4.20 tn")
        #expect(NumberFormat.compactFigure(62_510.5, decimals: 1, language: .en) == "62,510.5")
        #expect(NumberFormat.value(1_318_683_096, of: Indicator(id: "p", name: "p", unit: "people", format: .compact), language: .en)
            == "1.32 bn people")
    }

    @Test func plainIsTheDefault() {
        let plain = Indicator(id: "pop", name: "人口", unit: "人")
        #expect(NumberFormat.value(1_318_683_096, of: plain, language: .zhCN) == "1,318,683,096人")
        #expect(NumberFormat.value(1_318_683_096, of: plain, language: .en) == "1,318,683,096人")
        #expect(NumberFormat.value(1_318_683_096, of: population) == "1,318,683,096人")  // the old one: every digit
    }

    @Test func unitsBeforeTheNumber() {
        let dollars = Indicator(id: "g", name: "GDP per capita", unit: "US$", decimals: 0, unitPosition: .before)
        let yuan = Indicator(id: "y", name: "y", unit: "¥", decimals: 0, unitPosition: .before)
        let dollar = Indicator(id: "d", name: "d", unit: "$", decimals: 1, unitPosition: .before)
        for language in Language.allCases {
            #expect(NumberFormat.value(9296.2, of: dollars, language: language) == "US$ 9,296")
            #expect(NumberFormat.value(974, of: yuan, language: language) == "¥974")
            #expect(NumberFormat.value(-5, of: yuan, language: language) == "-¥5")
            #expect(NumberFormat.value(12.34, of: dollar, language: language) == "$12.3")
        }
        #expect(NumberFormat.value(9296, of: dollars) == "US$ 9,296")
        #expect(NumberFormat.signedValue(120, of: dollars, language: .en) == "+US$ 120")
        #expect(NumberFormat.signedValue(-120, of: dollars) == "-US$ 120")
        #expect(NumberFormat.signedValue(-0.2, of: yuan, language: .zhCN) == "¥0")
        var compact = dollars
        compact.format = .compact
        #expect(NumberFormat.value(21_000_000_000_000, of: compact, language: .en) == "US$ 21.0 tn")
        #expect(NumberFormat.value(21_000_000_000_000, of: compact, language: .zhCN) == "US$ 21.0万亿")
        // After, as before: a word unit spaced, a symbol close.
        #expect(NumberFormat.attach("3.5", unit: "km", position: .after) == "3.5 km")
        #expect(NumberFormat.attach("98.2", unit: "%", position: .after) == "98.2%")
    }

    @Test func titlesNeverDoubleBrackets() {
        #expect(NumberFormat.title(name: "GDP per capita", unit: "US$", language: .en) == "GDP per capita (US$)")
        #expect(NumberFormat.title(name: "GDP per capita", unit: "US$ (PPP)", language: .en) == "GDP per capita, US$ (PPP)")
        #expect(NumberFormat.title(name: "人均GDP", unit: "美元", language: .zhCN) == "人均GDP（美元）")
        #expect(NumberFormat.title(name: "人均GDP", unit: "美元（PPP）", language: .zhCN) == "人均GDP，美元（PPP）")
        #expect(NumberFormat.title(name: "人均GDP", unit: "美元(PPP)", language: .zhCN) == "人均GDP，美元(PPP)")
        #expect(NumberFormat.title(name: "Output (industry)", unit: "bn", language: .en) == "Output (industry), bn")
        #expect(NumberFormat.title(name: "合格率", unit: "%", language: .zhCN) == "合格率（%）")
        #expect(NumberFormat.title(name: "Patents", unit: "", language: .en) == "Patents")
        #expect(NumberFormat.title(of: Indicator(id: "o", name: "产值", unit: "亿元"), language: .zhCN) == "产值（亿元）")
    }

    @Test func rateAndGrowthRules() {
        let rate = Indicator(id: "r", name: "r", unit: "%", aggregate: .mean)
        #expect(rate.isRate && !rate.hasGrowthRate && !rate.hasShare)
        #expect(Indicator(id: "s", name: "s", aggregate: .sum).hasGrowthRate)
        #expect(Indicator(id: "s", name: "s", aggregate: .sum).hasShare)
        #expect(Indicator(id: "n", name: "n", aggregate: .none).hasGrowthRate)
        #expect(!Indicator(id: "n", name: "n", aggregate: .none).hasShare)
        for aggregate: Indicator.Aggregation in [.mean, .weighted(by: "pop"), .min, .max] {
            #expect(!Indicator(id: "m", name: "m", aggregate: aggregate).hasGrowthRate)
        }
        let formula = Indicator(id: "f", name: "f", formula: try! Formula.parse("a / b").get())
        #expect(formula.hasGrowthRate && !formula.hasShare)
        #expect(!Indicator(id: "f", name: "f", unit: "%", formula: try! Formula.parse("a / b").get()).hasGrowthRate)
    }
}
