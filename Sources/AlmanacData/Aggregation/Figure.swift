/// A number as the site shows it: reported by the region itself, rolled up from the regions
/// beneath it, or computed by the indicator's formula from other figures of the region.
///
/// Plain values, no references: pages copy figures constantly (tables, charts, rankings), and
/// when a reported figure held its source, note and cell through a shared object, every copy
/// retained and released it, a cache miss apiece. Kept by the dataset instead
/// (``Dataset/source(of:)``, ``Dataset/note(of:)``, ``Dataset/location(of:)``), a large build
/// takes less CPU and less memory (the million-observation and national cases of `make bench`
/// print both).
public struct Figure: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        case reported
        /// `contributors` of the region's `children` had a figure that year; `partial` when not all
        /// did, when a contributor was itself partial, or when the listed children are only some of
        /// the region's parts — so readers are never told a partial sum is whole.
        case rolledUp(contributors: Int, children: Int, partial: Bool)
        /// From a formula indicator's components in the same region and year; `partial` when one
        /// of them is.
        case computed(partial: Bool)
    }

    public var value: Double
    public var origin: Origin
    /// Where the dataset keeps the reported figure's provenance; -1 for none.
    let provenance: Int32

    public init(value: Double, origin: Origin = .reported) {
        self.init(value: value, origin: origin, provenance: -1)
    }

    init(value: Double, origin: Origin, provenance: Int32) {
        self.value = value
        self.origin = origin
        self.provenance = provenance
    }

    public var isRolledUp: Bool {
        if case .rolledUp = origin { return true }
        return false
    }

    public var isComputed: Bool {
        if case .computed = origin { return true }
        return false
    }

    /// Whether the figure is reported by the region itself (not rolled up nor computed).
    public var isReported: Bool { origin == .reported }

    public var isPartial: Bool {
        switch origin {
        case .reported: false
        case .rolledUp(_, _, let partial): partial
        case .computed(let partial): partial
        }
    }
}
