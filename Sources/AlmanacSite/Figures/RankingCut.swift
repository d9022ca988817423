import AlmanacData

/// How much of a long ranking a page shows: the first 15 places and the last 5 when there are more
/// than 20 (with a row that says how many are left out), so that a county-level report's year
/// page stays a page — ranking 2,000 counties for each of 50 indicators made it 94 MB. Every
/// figure stays on the indicator's page and in the downloads.
enum RankingCut {
    static let head = 15
    static let tail = 5

    /// Each entry of a ranking with its place: 1 is best, ties share a place ("1, 2, 2, 4").
    static func places(_ ranked: [(region: String, figure: Figure)]) -> [(position: Int, entry: (region: String, figure: Figure))] {
        var places: [(position: Int, entry: (region: String, figure: Figure))] = []
        for (index, entry) in ranked.enumerated() {
            let tied = index > 0 && entry.figure.value == ranked[index - 1].figure.value
            places.append((tied ? places[index - 1].position : index + 1, entry))
        }
        return places
    }

    /// The places shown and how many were left out between them: the first 15 and the last 5,
    /// or with `first` (a block's `top:`) only that many.
    static func select<Entry>(_ ranked: [Entry], first: Int? = nil) -> (head: ArraySlice<Entry>, tail: ArraySlice<Entry>, omitted: Int) {
        if let first { return (ranked.prefix(first), [], max(0, ranked.count - first)) }
        guard ranked.count > head + tail else { return (ranked[...], [], 0) }
        return (ranked.prefix(head), ranked.suffix(tail), ranked.count - head - tail)
    }
}
