/// Change on an earlier year, absolute and relative.
public struct Change: Sendable, Equatable {
    public var fromYear: Int
    public var toYear: Int
    public var from: Double
    public var to: Double

    public init(fromYear: Int, toYear: Int, from: Double, to: Double) {
        self.fromYear = fromYear
        self.toYear = toYear
        self.from = from
        self.to = to
    }

    public var absolute: Double { to - from }
    /// The relative change as a ratio (0.1 for +10 %), or nil when the base is zero.
    public var ratio: Double? {
        let ratio = (to - from) / abs(from)
        return ratio.isFinite ? ratio : nil  // nil from zero, and where a tiny base overflows
    }
}

extension Dataset {
    /// Change of `indicator` in `region` from the previous year to `year`. Across a gap (no figure
    /// for `year - 1`) there is none unless `acrossGaps`, which then compares with the latest
    /// earlier year that has a figure. Partial roll-ups cover different parts in different years,
    /// so no change is computed from or to one.
    public func change(_ indicator: String, _ region: String, _ year: Int, acrossGaps: Bool = false) -> Change? {
        figures(indicator, region).change(to: year, acrossGaps: acrossGaps)
    }
}

extension Series {
    /// ``Dataset/change(_:_:_:acrossGaps:)`` of a series in hand: a table of a few thousand
    /// regions looked each one's series up again for the change, and again for the CAGR.
    public func change(to year: Int, acrossGaps: Bool = false) -> Change? {
        guard let current = figure(year), !current.isPartial else { return nil }
        let previousYear: Int
        if acrossGaps {
            guard let earlier = years.last(where: { $0 < year }) else { return nil }
            previousYear = earlier
        } else {
            previousYear = year - 1
        }
        guard let previous = figure(previousYear), !previous.isPartial else { return nil }
        return Change(fromYear: previousYear, toYear: year, from: previous.value, to: current.value)
    }
}
