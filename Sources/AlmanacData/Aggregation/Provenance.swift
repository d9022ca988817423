/// Where a reported figure comes from: the publication, the reader's note and the data file's
/// cell. Kept by the ``Dataset`` in one list that figures point into (see ``Figure``).
struct Provenance: Sendable {
    var source: String?
    var note: String?
    var location: SourceLocation

    init(_ observation: Observation) {
        source = observation.source
        note = observation.note
        location = observation.location
    }
}

extension [Provenance] {
    /// The provenance of `figure`, if it is a reported one of these.
    subscript(of figure: Figure) -> Provenance? {
        indices.contains(Int(figure.provenance)) ? self[Int(figure.provenance)] : nil
    }
}
