extension Dataset {
    /// The part of its parent's figure that `region` accounts for, as a ratio; only for indicators
    /// that add up (``Indicator/hasShare``: `aggregate: sum`, not a rate) and a complete parent
    /// figure above zero.
    public func share(_ indicator: String, _ region: String, _ year: Int) -> Double? {
        guard self.indicator(indicator)?.hasShare == true, let parent = tree[region]?.parentID,
            let own = figure(indicator, region, year), let whole = figure(indicator, parent, year), whole.value > 0,
            !own.isPartial, !whole.isPartial
        else { return nil }
        let share = own.value / whole.value
        return share.isFinite ? share : nil
    }
}
