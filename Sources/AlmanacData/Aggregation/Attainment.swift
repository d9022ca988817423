extension Dataset {
    /// How far a region got towards its target, as a ratio (1 = met). For indicators where lower is
    /// better, it is target ÷ value, so that above 1 still means better than the target.
    public func attainment(_ indicator: String, _ region: String, _ year: Int) -> Double? {
        guard let info = self.indicator(indicator), let target = target(indicator, region, year),
            let figure = figure(indicator, region, year)
        else { return nil }
        switch info.direction {
        case .up: return target.value == 0 ? nil : figure.value / target.value
        case .down: return figure.value == 0 ? nil : target.value / figure.value
        }
    }
}
