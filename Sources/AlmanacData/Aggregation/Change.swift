/// Change on the observation one step before, absolute and relative.
public struct Change: Sendable, Equatable {
    /// The base year: one step before `toYear` (2002 for 2007 in five-yearly data), which a page
    /// names when it is not the year before.
    public var fromYear: Int
    public var toYear: Int
    public var from: Double
    public var to: Double
    /// The indicator is a rate (unit `%`): its change is read in percentage points
    /// (``absolute``, written by ``NumberFormat/points(_:decimals:language:)``), not in per cent.
    public var isRate: Bool

    public init(fromYear: Int, toYear: Int, from: Double, to: Double, isRate: Bool = false) {
        self.fromYear = fromYear
        self.toYear = toYear
        self.from = from
        self.to = to
        self.isRate = isRate
    }

    /// `to - from`, to 15 significant digits of the larger figure (98.2 → 99.1 is 0.9 points,
    /// not 0.8999999999999915).
    public var absolute: Double { Significant.round15(to - from, scale: Swift.max(abs(to), abs(from))) }
    /// The relative change as a ratio (0.1 for +10 %), or nil when the base is zero.
    public var ratio: Double? {
        let ratio = (to - from) / abs(from)
        return ratio.isFinite ? ratio : nil  // nil from zero, and where a tiny base overflows
    }

    /// Whether the base is not the year before, so that a page must name it (较2002年 / since 2002).
    public var namesBase: Bool { toYear - fromYear != 1 }
}

extension Dataset {
    /// Change of `indicator` in `region` from the observation one step before `year` (the year
    /// before for annual data, five years before for five-yearly data: ``step(of:)``). A missing
    /// observation at the step is a gap: no change. Partial roll-ups cover different parts in
    /// different years, so no change is computed from or to one. `acrossGaps` is accepted and
    /// ignored: one rule everywhere, so cards, tables and shortcodes cannot disagree.
    public func change(_ indicator: String, _ region: String, _ year: Int, acrossGaps: Bool = false) -> Change? {
        figures(indicator, region).change(to: year)
    }
}

extension Series {
    /// ``Dataset/change(_:_:_:acrossGaps:)`` of a series in hand: a table of a few thousand
    /// regions looked each one's series up again for the change, and again for the CAGR.
    public func change(to year: Int, acrossGaps: Bool = false) -> Change? {
        guard let current = figure(year), !current.isPartial else { return nil }
        let previousYear = year - step
        guard let previous = figure(previousYear), !previous.isPartial else { return nil }
        return Change(fromYear: previousYear, toYear: year, from: previous.value, to: current.value, isRate: isRate)
    }
}
