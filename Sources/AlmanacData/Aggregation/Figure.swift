/// A number as the site shows it: reported by the region itself, or rolled up from its children.
public struct Figure: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        case reported
        /// `contributors` of the region's `children` had a figure that year; `partial` when not all
        /// did, when a contributor was itself partial, or when the listed children are only some of
        /// the region's parts — so readers are never told a partial sum is whole.
        case rolledUp(contributors: Int, children: Int, partial: Bool)
    }

    /// Where a reported figure comes from, kept behind one shared reference: pages copy figures
    /// about constantly (tables, charts, rankings), and three strings and a location made each
    /// copy a dozen reference-count operations.
    private final class Provenance: Sendable {
        let source: String?
        let note: String?
        let location: SourceLocation?

        init(source: String?, note: String?, location: SourceLocation?) {
            self.source = source
            self.note = note
            self.location = location
        }
    }

    public var value: Double
    public var origin: Origin
    private let provenance: Provenance?

    public var source: String? { provenance?.source }
    public var note: String? { provenance?.note }
    /// The observation's cell, for a reported figure.
    public var location: SourceLocation? { provenance?.location }

    public init(
        value: Double, origin: Origin = .reported, source: String? = nil, note: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.value = value
        self.origin = origin
        provenance = source == nil && note == nil && location == nil
            ? nil : Provenance(source: source, note: note, location: location)
    }

    public static func == (a: Figure, b: Figure) -> Bool {
        a.value == b.value && a.origin == b.origin && a.source == b.source && a.note == b.note && a.location == b.location
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
