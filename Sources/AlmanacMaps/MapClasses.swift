import Foundation

/// The classes a choropleth shades its regions by: value ranges, each with a colour from a
/// colour-blind-safe ramp (``MapColors``), so that "better" is always the same end of the ramp.
///
/// - Sequential maps (the default) use quantiles: each class holds about as many regions, so the
///   whole ramp is used however skewed the figures are; the class limits are rounded to two
///   significant digits, so the legend reads `220 – 420`, not `215.696 – 421.022`. `nice` gives equal steps of 1, 2, 2.5 or 5 × 10ⁿ instead.
/// - Diverging maps split at the caller's midpoint (0 for changes): equal nice steps on both sides,
///   the middle class (with an odd count) holding the midpoint.
/// - Direction: the darkest (most salient) end of a sequential ramp is "better": the highest
///   figures when higher is better or the figure has no direction, the lowest when lower is better.
///   On a diverging map the better side is blue (RdBu); without a direction the sides are purple
///   (above) and orange (below) (PuOr).
public struct MapClasses: Sendable, Equatable {
    public enum Method: String, Sendable {
        case quantiles
        case nice
    }

    public enum Scheme: Sendable, Equatable {
        case sequential
        case diverging(midpoint: Double)
    }

    public enum Direction: String, Sendable {
        case higherIsBetter
        case lowerIsBetter
        case neutral
    }

    public struct Class: Sendable, Equatable {
        /// The lowest value of the class: the smallest figure for the first class, else a limit.
        public var lower: Double
        /// The class holds values up to, not including, `upper`, except the last, which holds the
        /// largest figure, its `upper`.
        public var upper: Double
        /// Position on the ramp, 1…9.
        public var position: Int
        /// CSS colour: a custom property with the light-scheme colour as fallback.
        public var color: String
    }

    /// Lowest values first.
    public var classes: [Class]
    public var ramp: MapColors.Ramp

    public static let maximumCount = 7

    /// Classes for `values` (non-finite values ignored). `count` is clamped to 1…7 and to the number
    /// of distinct values; rounding or nice steps can give fewer classes than asked for.
    public init(
        values: [Double], count: Int = 5, method: Method = .quantiles, scheme: Scheme = .sequential, direction: Direction = .neutral
    ) {
        let sorted = values.filter(\.isFinite).sorted()
        let wanted = min(max(count, 1), Self.maximumCount, Set(sorted).count)
        guard let low = sorted.first, let high = sorted.last else {
            ramp = .sequential
            classes = []
            return
        }
        // Slots: limits between them, and each slot's ramp position, lowest first.
        var limits: [Double] = []
        var positions: [Int]
        switch scheme {
        case .sequential:
            ramp = .sequential
            if wanted > 1 {
                limits = method == .quantiles ? Self.quantileLimits(sorted, wanted) : Self.niceLimits(sorted, wanted)
            }
            positions = MapColors.positions(.sequential, count: limits.count + 1)
        case .diverging(let midpoint):
            ramp = direction == .neutral ? .purpleOrange : .redBlue
            limits = wanted > 1 ? Self.divergingLimits(sorted, max(wanted, 2), midpoint: midpoint) : []
            positions = limits.isEmpty ? [low > midpoint ? 7 : high < midpoint ? 3 : 5] : MapColors.positions(ramp, count: limits.count + 1)
        }
        if direction == .lowerIsBetter {
            // The same colours, the better end at the low values.
            positions = ramp == .sequential ? positions.reversed() : positions.map { 10 - $0 }
        }
        let edges = [-Double.infinity] + limits + [Double.infinity]
        var found: [Class] = []
        for slot in 0..<(edges.count - 1) where edges[slot] <= high && edges[slot + 1] > low {
            let position = positions[slot]
            found.append(
                Class(lower: max(low, edges[slot]), upper: min(high, edges[slot + 1]), position: position, color: MapColors.color(ramp, position)))
        }
        classes = found
    }

    /// The class of `value`: the last whose lower limit it reaches; nil for a non-finite value or no classes.
    public func classIndex(of value: Double) -> Int? {
        guard value.isFinite, !classes.isEmpty else { return nil }
        var index = 0
        while index + 1 < classes.count, value >= classes[index + 1].lower { index += 1 }
        return index
    }

    public func color(of value: Double) -> String? { classIndex(of: value).map { classes[$0].color } }

    /// `value` to two significant digits (`215.7` → `220`, `2.84` → `2.8`), dividing by an exact power
    /// of ten so that the limit is the nearest double to its decimal.
    static func twoDigits(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let exponent = Int(log10(abs(value)).rounded(.down)) - 1
        if exponent < 0 {
            let power = pow(10, Double(-exponent))
            return (value * power).rounded() / power
        }
        let power = pow(10, Double(exponent))
        return (value / power).rounded() * power
    }

    /// Limits at the quantiles i/k (linear interpolation between order statistics) to two
    /// significant digits; only those strictly above the smallest value, at most the largest and
    /// increasing are kept.
    static func quantileLimits(_ sorted: [Double], _ count: Int) -> [Double] {
        var limits: [Double] = []
        for index in 1..<count {
            let position = Double(sorted.count - 1) * Double(index) / Double(count)
            let below = Int(position.rounded(.down))
            let fraction = position - Double(below)
            let above = min(below + 1, sorted.count - 1)
            let limit = twoDigits(sorted[below] + (sorted[above] - sorted[below]) * fraction)
            if limit > sorted[0], limit <= sorted[sorted.count - 1], limit > (limits.last ?? -.infinity) { limits.append(limit) }
        }
        return limits
    }

    /// 1, 2, 2.5 or 5 × 10ⁿ: the smallest such step at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, log10(raw).rounded(.down))
        for factor in [1, 2, 2.5, 5, 10] where factor * power >= raw * (1 - 1e-12) { return factor * power }
        return 10 * power
    }

    /// Equal nice steps from a multiple of the step below the smallest value; the step grows until
    /// no more than `count` classes are needed.
    static func niceLimits(_ sorted: [Double], _ count: Int) -> [Double] {
        let low = sorted[0]
        let high = sorted[sorted.count - 1]
        var step = niceStep((high - low) / Double(count))
        while true {
            let start = (low / step).rounded(.down) * step
            var limits: [Double] = []
            var multiple = 1.0
            while start + step * multiple < high {
                let limit = start + step * multiple
                if limit > low { limits.append(limit) }
                multiple += 1
            }
            if limits.count + 1 <= count { return limits }
            step = niceStep(step * 1.0001)
        }
    }

    /// Symmetric limits about `midpoint` in nice steps: ±s/2, ±3s/2… for an odd count, 0, ±s… for an
    /// even one; the step chosen so the outermost limit falls inside the farthest value's side.
    static func divergingLimits(_ sorted: [Double], _ count: Int, midpoint: Double) -> [Double] {
        let reach = max(abs(sorted[sorted.count - 1] - midpoint), abs(sorted[0] - midpoint))
        guard reach > 0 else { return [] }
        let perSide = count / 2
        let odd = count % 2 == 1
        var step = niceStep(reach / (Double(perSide) + (odd ? 0.5 : 0)))
        let outermost = { (step: Double) in odd ? (Double(perSide) - 0.5) * step : Double(perSide - 1) * step }
        while outermost(step) >= reach, step > 0 { step = niceStep(step * 0.5) }
        var offsets: [Double] = []
        for index in 0..<perSide {
            offsets.append(odd ? (Double(index) + 0.5) * step : Double(index) * step)
        }
        var limits = Set<Double>()
        for offset in offsets {
            limits.insert(midpoint + offset)
            limits.insert(midpoint - offset)
        }
        return limits.sorted()
    }
}
