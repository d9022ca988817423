import Foundation

/// How figures are written: fixed decimals with thousands grouping, the indicator's unit,
/// signed percentages for changes, and compact forms for chart axes (zh: 万 / 亿, en: K / M / B).
public enum NumberFormat {
    /// `1234567.891` with 1 decimal → `1,234,567.9`. Rounds half away from zero; never `-0`.
    ///
    /// Written with integer arithmetic where the scaled value fits 53 bits (every figure a report
    /// has): a county-level site formats millions of figures, and `String(format:)` for each
    /// led the profile of its build.
    public static func decimal(_ value: Double, decimals: Int, grouping: Bool = true) -> String {
        let decimals = max(0, min(decimals, 12))
        let scale = powersOfTen[decimals]
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled < 9e15 { return digits(UInt64(scaled), decimals: decimals, negative: value < 0, grouping: grouping) }
        // From 2^53 on a Double has no fraction left to round, and scaling a huge value overflows.
        let rounded = abs(value)
        var text = String(format: "%.\(decimals)f", rounded)
        let negative = value < 0 && rounded != 0
        if grouping {
            let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let integer = Array(parts[0])
            var grouped = ""
            for (index, digit) in integer.enumerated() {
                if index > 0, (integer.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            text = parts.count > 1 ? grouped + "." + parts[1] : grouped
        }
        return negative ? "-" + text : text
    }

    /// 10^0 … 10^12, exact, made once: not a `pow` for each of the millions of figures a page writes.
    private static let powersOfTen: [Double] = (0...12).map { Foundation.pow(10, Double($0)) }

    /// `scaled` (the value times 10^decimals) written out, with a point, grouping and sign.
    private static func digits(_ scaled: UInt64, decimals: Int, negative: Bool, grouping: Bool) -> String {
        // Filled from the end of a stack buffer: at most 16 digits, 5 commas, a point and a sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var index = buffer.count
            func put(_ byte: UInt8) {
                index -= 1
                buffer[index] = byte
            }
            var rest = scaled
            for _ in 0..<decimals {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            if decimals > 0 { put(UInt8(ascii: ".")) }
            var count = 0
            repeat {
                if grouping, count > 0, count % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
                count += 1
            } while rest > 0
            if negative, scaled != 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[index...]), as: UTF8.self)
        }
    }

    /// The shortest text that reads back as `value` (`5590`, `693.1`), for messages and data files.
    /// Computed figures are rounded to 15 significant digits by the model, so a mean reads
    /// `64.4085`, not `64.40849999999999`.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `974.2` and `亿元` → `974.2亿元`; `3.5` and `km` → `3.5 km`; `%` always sits close.
    public static func attach(_ number: String, unit: String) -> String {
        guard !unit.isEmpty else { return number }
        return isWordUnit(unit) ? number + " " + unit : number + unit
    }

    /// A figure of `indicator`, with its decimals and unit (before or after, as it says); every
    /// digit written. ``value(_:of:language:)`` also follows its number style.
    public static func value(_ value: Double, of indicator: Indicator) -> String {
        attach(decimal(value, decimals: indicator.decimals), unit: indicator.unit, position: indicator.unitPosition)
    }

    /// A ratio as a percentage: `0.0889` → `8.9%`, signed (`+8.9%`, `-4.0%`) for changes.
    public static func percent(_ ratio: Double, decimals: Int = 1, signed: Bool = false) -> String {
        let text = decimal(ratio * 100, decimals: decimals)
        let isZero = !hasNonzeroDigit(text)
        if signed, text.utf8.first != UInt8(ascii: "-"), !isZero { return "+" + text + "%" }
        return (isZero ? text.replacingOccurrences(of: "-", with: "") : text) + "%"
    }

    /// A signed absolute change with the indicator's decimals and unit: `+281.1亿元`.
    public static func signedValue(_ delta: Double, of indicator: Indicator) -> String {
        let text = value(delta, of: indicator)
        let isZero = !hasNonzeroDigit(text)
        if isZero { return text.replacingOccurrences(of: "-", with: "") }
        return delta > 0 ? "+" + text : text
    }

    /// Whether `text` has a digit 1–9 (by byte: a figure is checked like this a million times).
    private static func hasNonzeroDigit(_ text: String) -> Bool {
        text.utf8.contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
    }

    /// A short form for axis labels and cards: zh `1.2万`, `3亿`; en `1.2K`, `3B`. Below the first
    /// step the number is written out with up to `decimals` decimals, trailing zeros dropped.
    public static func compact(_ value: Double, language: Language, decimals: Int = 1) -> String {
        for (size, suffix) in compactSteps(language) where abs(value) >= size {
            return trimmed(decimal(value / size, decimals: decimals, grouping: true)) + suffix
        }
        return trimmed(decimal(value, decimals: decimals, grouping: true))
    }

    /// The units of the short style, largest first.
    static func compactSteps(_ language: Language) -> [(size: Double, suffix: String)] {
        switch language {
        case .zhCN: [(1e12, "万亿"), (1e8, "亿"), (1e4, "万")]
        case .en: [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        }
    }

    static func trimmed(_ text: String) -> String {
        // By byte: `contains(".")` is Foundation's substring search, run for every figure shown.
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result == "-0" ? "0" : result
    }
}
