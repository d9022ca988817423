import Foundation

/// Ticks for a logarithmic axis: 1, 2 and 5 times each power of ten when the values span little,
/// each power of ten when they span more, every 2nd, 3rd, 5th… power when they span very many —
/// the densest of these that stays within the number of ticks asked for. Powers of ten may run to
/// a few more ticks than 1-2-5 steps, as they are evenly spaced and a sparser set would stretch
/// the axis far beyond the data (1e8 … 1e14 for values up to 1.2e12).
extension NiceTicks {
    /// Ticks from one at or below `low` to one at or above `high`, both positive: at most
    /// `count + 2` ticks of 1, 2, 5 × 10ⁿ, or `count + 2 + count / 2` powers (at least two).
    public static func logTicks(low: Double, high: Double, count: Int = 5) -> [Double] {
        var low = low
        var high = high
        if low > high { swap(&low, &high) }
        guard low > 0, high.isFinite else { return [1, 10] }
        let lowest = decade(of: low) - 1
        let highest = decade(of: high) + 1
        var sets: [[Double]] = [(lowest...highest).flatMap { exponent in [1.0, 2, 5].map { value($0, exponent) } }]
        for every in [1, 2, 3, 5, 10, 20, 50, 100] {
            let first = Int((Double(lowest) / Double(every)).rounded(.down)) * every
            sets.append(stride(from: first, through: highest + every, by: every).map { value(1, $0) })
        }
        var chosen: [Double] = [low, high]
        for (index, candidates) in sets.enumerated() {
            let most = max(count + 2 + (index == 0 ? 0 : count / 2), 2)
            guard let start = candidates.lastIndex(where: { $0 <= low * (1 + 1e-12) }),
                let end = candidates.firstIndex(where: { $0 >= high * (1 - 1e-12) })
            else { continue }
            var ticks = Array(candidates[start...end])
            if ticks.count == 1 { ticks = Array(candidates[max(start - 1, 0)...min(end + 1, candidates.count - 1)]) }
            chosen = ticks
            if ticks.count <= most { break }
        }
        return chosen
    }

    /// The power of ten at or below `value`, exact at the powers themselves (where `log10` may round down).
    private static func decade(of value: Double) -> Int {
        var exponent = Int(floor(log10(value)))
        while NiceTicks.value(1, exponent + 1) <= value { exponent += 1 }
        while NiceTicks.value(1, exponent) > value { exponent -= 1 }
        return exponent
    }

}
