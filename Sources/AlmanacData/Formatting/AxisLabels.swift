/// Tick labels for a chart's value axis, in the language's short style.
extension NumberFormat {
    /// The ticks of one axis in one unit — the largest tick's (zh: 万 / 亿 / 万亿; en: K / M / B / T) —
    /// with the decimals their step needs, trailing zeros dropped: `0`, `0.5万`, `1万`, `1.5万`;
    /// `0`, `0.0002`, `0.0004`.
    public static func compactTicks(_ ticks: [Double], language: Language) -> [String] {
        let largest = ticks.map { abs($0) }.max() ?? 0
        let (size, suffix) = compactSteps(language).first { largest >= $0.size } ?? (1, "")
        let decimals = ticks.count > 1 ? decimalsOf(abs(ticks[1] - ticks[0]) / size) : 0
        return ticks.map { tick in
            tick == 0 ? "0" : trimmed(decimal(tick / size, decimals: decimals)) + suffix
        }
    }

    /// How many decimals a step such as `0.25` or `200` needs (at most 12).
    private static func decimalsOf(_ step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var decimals = 0
        var scaled = step
        while decimals < 12, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }
}
