import Foundation

/// Computed figures without float noise: sums that compensate for rounding (Neumaier's variant
/// of Kahan summation), and every computed figure rounded to 15 significant digits, so that the
/// shortest text reading back as the same double is the figure a person would write (`64.4085`,
/// not `64.40849999999999`; `0.3` for 0.1 + 0.2). Reported figures are never touched.
struct CompensatedSum: Sendable {
    private(set) var sum = 0.0
    private var compensation = 0.0

    mutating func add(_ value: Double) {
        let total = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - total) + value
        } else {
            compensation += (value - total) + sum
        }
        sum = total
    }

    mutating func add(_ other: CompensatedSum) {
        add(other.sum)
        add(other.compensation)
    }

    var value: Double { sum + compensation }
}

enum Significant {
    /// 10^0 … 10^22: exactly representable, so scaling by them and dividing back is correctly rounded.
    private static let powers: [Double] = {
        var result: [Double] = [1]
        for _ in 1...22 { result.append(result[result.count - 1] * 10) }
        return result
    }()

    /// `value` rounded to 15 significant digits: the double nearest to its 15-digit decimal.
    /// Whole numbers below 2^53 are returned as they are (integer sums stay exact).
    static func round15(_ value: Double) -> Double { round15(value, scale: 0) }

    /// `value` rounded to the 15th significant digit of the larger of itself and `scale`, the
    /// largest term that went into it: where terms cancel (99.1 - 98.2), the digits below that
    /// are noise, and 0.8999999999999915 is 0.9.
    static func round15(_ value: Double, scale: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        if abs(value) < 9_007_199_254_740_992, value == value.rounded(.towardZero) { return value }
        let magnitude = Swift.max(abs(value), abs(scale))
        guard magnitude.isFinite else { return value }
        // The decimal exponent: the binary one times log10(2), corrected where it lands one off.
        var exponent = Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down))
        if let next = power(exponent + 1), magnitude >= next { exponent += 1 }
        if let this = power(exponent), magnitude < this { exponent -= 1 }
        let shift = 14 - exponent
        if shift >= 0, shift <= 22 {
            return (value * powers[shift]).rounded(.toNearestOrAwayFromZero) / powers[shift]
        }
        if shift < 0, -shift <= 22 {
            return (value / powers[-shift]).rounded(.toNearestOrAwayFromZero) * powers[-shift]
        }
        // Below 10^-8: through the decimal text, rare enough not to matter.
        guard magnitude == abs(value) else { return value }
        return Double(String(format: "%.14e", value)) ?? value
    }

    /// 10^exponent for |exponent| ≤ 22 (the negative ones to within rounding, enough to compare).
    private static func power(_ exponent: Int) -> Double? {
        guard abs(exponent) <= 22 else { return nil }
        return exponent >= 0 ? powers[exponent] : 1 / powers[-exponent]
    }
}
