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

    init(source: String?, note: String?, location: SourceLocation) {
        self.source = source
        self.note = note
        self.location = location
    }
}

/// The provenances of every reported figure, in the order they were added. A national report
/// has one for each of 18,000,000 figures: kept as ``Provenance`` values (three strings and two
/// integers, 64 bytes) they were over a gigabyte of the build's memory, so each is kept as five
/// 32-bit numbers instead — its source, note and file as places in a table of the texts, which
/// runs of rows share, and its line and column.
struct Provenances: Sendable {
    private struct Entry: Sendable {
        /// Places in `texts`; -1 for none.
        var source, note, file: Int32
        var line: UInt32
        var column: Int32
    }

    private var entries: [Entry] = []
    private var texts: [String] = []
    private var places: [String: Int32] = [:]
    /// The last source, note and file looked up, and their places: consecutive rows mostly
    /// share them, and a hash of the text for every row would be most of the cost.
    private var recent: [(text: String, place: Int32)] = Array(repeating: ("", -1), count: 3)

    var count: Int { entries.count }

    mutating func append(_ observation: Observation) {
        let location = observation.location
        // Lines and columns past what 32 bits hold (a file of billions of lines) are kept as the largest.
        entries.append(
            Entry(
                source: place(of: observation.source, slot: 0), note: place(of: observation.note, slot: 1),
                file: place(of: location.file, slot: 2), line: UInt32(clamping: location.line), column: Int32(clamping: location.column)))
    }

    /// The provenance of `figure`, if it is a reported one of these.
    subscript(of figure: Figure) -> Provenance? {
        guard let entry = entry(of: figure) else { return nil }
        return Provenance(
            source: text(entry.source), note: text(entry.note),
            location: SourceLocation(file: text(entry.file) ?? "", line: Int(entry.line), column: Int(entry.column)))
    }

    /// The source of `figure`, without the rest: the downloads and tooltips ask for it for every figure.
    func source(of figure: Figure) -> String? { entry(of: figure).flatMap { text($0.source) } }

    /// The note of `figure`.
    func note(of figure: Figure) -> String? { entry(of: figure).flatMap { text($0.note) } }

    private func entry(of figure: Figure) -> Entry? {
        let index = Int(figure.provenance)
        return entries.indices.contains(index) ? entries[index] : nil
    }

    private func text(_ place: Int32) -> String? { place < 0 ? nil : texts[Int(place)] }

    /// The place of `text` in `texts`, added if new; `slot` is its kind's place in `recent`.
    private mutating func place(of text: String?, slot: Int) -> Int32 {
        guard let text else { return -1 }
        if recent[slot].place >= 0, recent[slot].text == text { return recent[slot].place }
        let place: Int32
        if let known = places[text] {
            place = known
        } else {
            place = Int32(texts.count)
            texts.append(text)
            places[text] = place
        }
        recent[slot] = (text, place)
        return place
    }
}
