import Foundation

/// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, covering the data with about the
/// number of ticks asked for — what a reader would draw by hand.
public enum NiceTicks {
    /// The step for spanning `span` with about `count` intervals.
    public static func step(span: Double, count: Int) -> Double {
        let (factor, exponent) = stepParts(span: span, count: count)
        return value(factor, exponent)
    }

    /// Ticks from a multiple of the step at or below `low` to one at or above `high`.
    /// Equal bounds (one value, or all values the same) widen to a span around them.
    public static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
        var low = low
        var high = high
        if low > high { swap(&low, &high) }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.5
            low = low >= 0 && low - pad < 0 ? 0 : low - pad
            high += pad
        }
        let (factor, exponent) = stepParts(span: high - low, count: count)
        let step = value(factor, exponent)
        let first = (low / step).rounded(.down)
        let last = (high / step).rounded(.up)
        guard last - first < 1000 else { return [low, high] }
        // index × factor scaled by the power of ten in one rounding, so that 3 × 0.1 is 0.3,
        // not 0.30000000000000004 as repeated or compounded products give.
        return stride(from: first, through: last, by: 1).map { value($0 * factor, exponent) }
    }

    private static func stepParts(span: Double, count: Int) -> (factor: Double, exponent: Int) {
        guard span > 0, span.isFinite, count > 0 else { return (1, 0) }
        let raw = span / Double(count)
        var exponent = Int(floor(log10(raw)))
        let residual = raw / pow(10, Double(exponent))
        var factor: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        if factor == 10 {
            factor = 1
            exponent += 1
        }
        return (factor, exponent)
    }

    /// `multiple × 10^exponent` in one rounding, so that 2 × 10⁻³ is 0.002 (and never -0).
    static func value(_ multiple: Double, _ exponent: Int) -> Double {
        let result = exponent >= 0 ? multiple * pow(10, Double(exponent)) : multiple / pow(10, Double(-exponent))
        return result == 0 ? 0 : result  // no -0
    }
}
