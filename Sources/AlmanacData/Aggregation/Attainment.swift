extension Dataset {
    /// How far a region got towards its target, as a ratio (1 = met). For indicators where lower is
    /// better, it is target ÷ value, so that above 1 still means better than the target.
    public func attainment(_ indicator: String, _ region: String, _ year: Int) -> Double? {
        guard let info = self.indicator(indicator), let target = target(indicator, region, year),
            let figure = figure(indicator, region, year)
        else { return nil }
        let ratio: Double
        switch info.direction {
        case .up: ratio = figure.value / target.value
        case .down: ratio = target.value / figure.value
        }
        return ratio.isFinite ? ratio : nil  // nil for a zero, and where a tiny one overflows
    }
}
