import Foundation

/// How values map to heights (or lengths): in proportion, or by their logarithm, so that values
/// spanning orders of magnitude — a country of a million beside one of a billion — can all be read.
public enum ChartScale: String, Sendable, CaseIterable {
    case linear
    /// Only positive values can be placed; a chart on this scale leaves the others out and says
    /// how many in its `valuesLeftOut`.
    case log

    /// Whether `value` can be drawn on this scale.
    func places(_ value: Double) -> Bool { value.isFinite && (self == .linear || value > 0) }

    /// How many of `values` this scale cannot place (non-finite ones, and on a log scale zero and
    /// negative ones); nil values are missing figures, not left out.
    func leftOut(_ values: [Double?]) -> Int { values.reduce(0) { $0 + ($1.map { places($0) ? 0 : 1 } ?? 0) } }
}

/// Maps values to user units along one axis, on a linear or a logarithmic scale.
struct AxisScale {
    let low: Double
    let high: Double
    let start: Double
    let end: Double
    let log: Bool

    init(domain: (low: Double, high: Double), range: (start: Double, end: Double), log: Bool) {
        self.low = domain.low
        self.high = domain.high
        self.start = range.start
        self.end = range.end
        self.log = log
    }

    func callAsFunction(_ value: Double) -> Double {
        let (a, b, x) = log ? (log10(low), log10(high), log10(max(value, low * 1e-6))) : (low, high, value)
        guard b != a else { return (start + end) / 2 }
        return start + (x - a) / (b - a) * (end - start)
    }

    /// Where bars and columns grow from: zero, or on a log scale (which has no zero) the axis's lowest tick.
    var base: Double { log ? low : 0 }
}
