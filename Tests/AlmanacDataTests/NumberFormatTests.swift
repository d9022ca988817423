import Testing

@testable import AlmanacData

@Suite struct NumberFormatTests {
    @Test func decimalsAndGrouping() {
        #expect(NumberFormat.decimal(1234567.891, decimals: 1) == "1,234,567.9")
        #expect(NumberFormat.decimal(5590, decimals: 0) == "5,590")
        #expect(NumberFormat.decimal(0.05, decimals: 1) == "0.1")
        #expect(NumberFormat.decimal(-0.04, decimals: 1) == "0.0")
        #expect(NumberFormat.decimal(-1234.5, decimals: 0) == "-1,235")
        #expect(NumberFormat.decimal(98.13, decimals: 2, grouping: false) == "98.13")
    }

    @Test func units() {
        let output = Indicator(id: "output", name: "产值", unit: "亿元", decimals: 1)
        #expect(NumberFormat.value(974.2, of: output) == "974.2亿元")
        #expect(NumberFormat.value(100, of: Indicator(id: "r", name: "r", unit: "%", decimals: 2)) == "100.00%")
        #expect(NumberFormat.value(3.5, of: Indicator(id: "d", name: "d", unit: "km", decimals: 1)) == "3.5 km")
        #expect(NumberFormat.value(7, of: Indicator(id: "n", name: "n")) == "7")
        #expect(NumberFormat.signedValue(281.1, of: output) == "+281.1亿元")
        #expect(NumberFormat.signedValue(-0.01, of: output) == "0.0亿元")
    }

    @Test func percentages() {
        #expect(NumberFormat.percent(0.2223, signed: true) == "+22.2%")
        #expect(NumberFormat.percent(-0.04, signed: true) == "-4.0%")
        #expect(NumberFormat.percent(-0.0001, signed: true) == "0.0%")
        #expect(NumberFormat.percent(0.0889) == "8.9%")
    }

    @Test func compactForms() {
        #expect(NumberFormat.compact(12000, language: .zhCN) == "1.2万")
        #expect(NumberFormat.compact(845_300_000_000, language: .zhCN) == "8,453亿")
        #expect(NumberFormat.compact(300_000_000, language: .zhCN) == "3亿")
        #expect(NumberFormat.compact(1500, language: .zhCN) == "1,500")
        #expect(NumberFormat.compact(1500, language: .en) == "1.5K")
        #expect(NumberFormat.compact(2_000_000_000, language: .en) == "2B")
        #expect(NumberFormat.compact(0.25, language: .en) == "0.3")
        #expect(NumberFormat.compact(-12000, language: .zhCN) == "-1.2万")
    }

    @Test func plain() {
        #expect(NumberFormat.plain(5590) == "5590")
        #expect(NumberFormat.plain(693.1) == "693.1")
    }

    @Test func languageCodes() {
        #expect(Language(code: "zh") == .zhCN)
        #expect(Language(code: "zh-Hans") == .zhCN)
        #expect(Language(code: "en-US") == .en)
        #expect(Language(code: "fr") == nil)
    }

    /// Found by fuzzing (Fuzz/FuzzObservations): a change from a tiny base, written as a
    /// percentage, overflowed while rounding and came out as "inf%".
    @Test func hugeFiniteValuesAreWrittenInFull() {
        let text = NumberFormat.percent(3.9e305, signed: true)
        #expect(text.hasPrefix("+3") && text.hasSuffix(".0%") && !text.contains("inf"))
        #expect(text.count > 300)  // every digit of 3.9 × 10^307
        #expect(NumberFormat.decimal(9.99e14, decimals: 6) == "999,000,000,000,000.000000")
        #expect(NumberFormat.decimal(-1.5e300, decimals: 2).hasPrefix("-1,500,000,000"))
    }
}
