/// A number as the site shows it: reported by the region itself, or rolled up from its children.
public struct Figure: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        case reported
        /// `contributors` of the region's `children` had a figure that year; `partial` when not all
        /// did, when a contributor was itself partial, or when the listed children are only some of
        /// the region's parts — so readers are never told a partial sum is whole.
        case rolledUp(contributors: Int, children: Int, partial: Bool)
    }

    public var value: Double
    public var origin: Origin
    public var source: String?
    public var note: String?
    /// The observation's cell, for a reported figure.
    public var location: SourceLocation?

    public init(
        value: Double, origin: Origin = .reported, source: String? = nil, note: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.value = value
        self.origin = origin
        self.source = source
        self.note = note
        self.location = location
    }

    public var isRolledUp: Bool {
        if case .rolledUp = origin { return true }
        return false
    }

    public var isPartial: Bool {
        if case .rolledUp(_, _, let partial) = origin { return partial }
        return false
    }
}
