/// A region's place among its siblings, or among the regions of its level under an ancestor,
/// for one indicator and year.
public struct Rank: Sendable, Equatable {
    /// 1 is best; ties share a place ("1, 2, 2, 4").
    public var position: Int
    /// How many regions compared have a comparable figure that year.
    public var of: Int

    public init(position: Int, of: Int) {
        self.position = position
        self.of = of
    }
}

/// Rankings compare like with like: a partial roll-up (a sum over only some of a region's parts)
/// is not comparable with complete figures, so it neither gets a rank nor counts in others'.
extension Dataset {
    /// Rank of `region`, best first by the indicator's direction (highest first for `up`,
    /// lowest first for `down`): without `ancestor`, among the regions that share its parent;
    /// with it, among all regions under `ancestor` at `region`'s level (``RegionTree/levelKey(of:)``):
    /// Japan among the 142 countries under the world. nil when `ancestor` is not an ancestor of
    /// `region`, and for a partial figure.
    public func rank(_ indicator: String, _ region: String, _ year: Int, in ancestor: String? = nil) -> Rank? {
        guard let info = self.indicator(indicator), let at = position(of: indicator),
            let own = figure(indicator, region, year), !own.isPartial
        else { return nil }
        let compared: [String]
        if let ancestor {
            guard tree.isAncestor(ancestor, of: region) else { return nil }
            compared = tree.descendants(of: ancestor, atLevelOf: region)
        } else {
            compared = tree.siblings(of: region)
        }
        let values = figures(at, compared, year).compactMap { figure in figure.flatMap { $0.isPartial ? nil : $0.value } }
        let better = values.filter { info.direction == .up ? $0 > own.value : $0 < own.value }.count
        return Rank(position: better + 1, of: values.count)
    }

    /// The regions in `ids` with a comparable (not partial) figure in `year`, best first; ties
    /// keep the given order.
    public func ranking(_ indicator: String, among ids: [String], _ year: Int) -> [(region: String, figure: Figure)] {
        guard let at = position(of: indicator) else { return [] }
        return ranking(indicator, of: zip(ids, figures(at, ids, year)).compactMap { id, figure in figure.map { (id, $0) } })
    }

    /// `entries` (regions with their figures of `indicator`) without the partial ones, best
    /// first; ties keep the given order. For a caller that has the figures in hand already.
    public func ranking(_ indicator: String, of entries: [(region: String, figure: Figure)]) -> [(region: String, figure: Figure)] {
        let down = self.indicator(indicator)?.direction == .down
        // Filtered only when something is partial: a year page's groups come without partial
        // figures already, and copying their thousands of entries for each indicator is wasted.
        let entries = entries.contains { $0.figure.isPartial } ? entries.filter { !$0.figure.isPartial } : entries
        // Sort small keys (value, position), not the entries: a county-level year page ranks
        // thousands of regions per indicator, and moving figures around dominated it.
        let keys = entries.indices.map { (value: down ? -entries[$0].figure.value : entries[$0].figure.value, offset: $0) }
        return keys.sorted { $0.value != $1.value ? $0.value > $1.value : $0.offset < $1.offset }.map { entries[$0.offset] }
    }
}
