/// How much of a long ranking a page shows: the first 15 places and the last 5 when there are more
/// than 20 (with a row that says how many are left out), so that a county-level report's year
/// page stays a page — ranking 2,000 counties for each of 50 indicators made it 94 MB. Every
/// figure stays on the indicator's page and in the downloads.
enum RankingCut {
    static let head = 15
    static let tail = 5

    /// The places shown and how many were left out between them.
    static func select<Entry>(_ ranked: [Entry]) -> (head: ArraySlice<Entry>, tail: ArraySlice<Entry>, omitted: Int) {
        guard ranked.count > head + tail else { return (ranked[...], [], 0) }
        return (ranked.prefix(head), ranked.suffix(tail), ranked.count - head - tail)
    }
}
