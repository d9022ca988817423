/// A region's place among its siblings for one indicator and year.
public struct Rank: Sendable, Equatable {
    /// 1 is best; ties share a place ("1, 2, 2, 4").
    public var position: Int
    /// How many siblings have a comparable figure that year.
    public var of: Int
}

/// Rankings compare like with like: a partial roll-up (a sum over only some of a region's parts)
/// is not comparable with complete figures, so it neither gets a rank nor counts in others'.
extension Dataset {
    /// Rank of `region` among the regions that share its parent, best first by the indicator's
    /// direction (highest first for `up`, lowest first for `down`).
    public func rank(_ indicator: String, _ region: String, _ year: Int) -> Rank? {
        guard let info = self.indicator(indicator), let own = figure(indicator, region, year), !own.isPartial else {
            return nil
        }
        let values = tree.siblings(of: region).compactMap { id in
            figure(indicator, id, year).flatMap { $0.isPartial ? nil : $0.value }
        }
        let better = values.filter { info.direction == .up ? $0 > own.value : $0 < own.value }.count
        return Rank(position: better + 1, of: values.count)
    }

    /// The regions in `ids` with a comparable (not partial) figure in `year`, best first; ties
    /// keep the given order.
    public func ranking(_ indicator: String, among ids: [String], _ year: Int) -> [(region: String, figure: Figure)] {
        let direction = self.indicator(indicator)?.direction ?? .up
        let entries = ids.enumerated().compactMap { offset, id in
            figure(indicator, id, year).flatMap { $0.isPartial ? nil : (offset, id, $0) }
        }
        return entries.sorted { a, b in
            if a.2.value != b.2.value { return direction == .up ? a.2.value > b.2.value : a.2.value < b.2.value }
            return a.0 < b.0
        }.map { ($0.1, $0.2) }
    }
}
