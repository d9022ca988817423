import AlmanacData
import AlmanacMarkup

/// Which picture shows a trend honestly. Lines, where the figures run on from year to year; columns,
/// where a line would be a few dots with gaps between them (two figures four years apart), since a
/// column per year shows a missing year as an empty slot without suggesting a path through it.
extension PageInput {
    /// Most columns a chart may have before lines (with their gaps) read better.
    static let maxColumns = 40

    /// `indicator` in `regions` over the years from `first` to `last`.
    func trendChart(_ indicator: Indicator, regions: [String], first: Int, last: Int, title: String) -> MarkupBytes {
        let rows = rows(indicator, regions: regions, years: Array(first...last))
        return Self.readsAsLines(rows) ? lineChart(rows, title: title) : columnChart(rows, title: title)
    }

    /// True when some row has three or more figures and none has a missing year between its
    /// first and last figure, or when there are too many columns for columns to be legible.
    static func readsAsLines(_ rows: SeriesRows) -> Bool {
        let present = rows.figures.map { row in row.indices.filter { row[$0] != nil } }
        let gapFree = present.allSatisfy { indices in indices.isEmpty || indices.last! - indices.first! + 1 == indices.count }
        let long = present.contains { $0.count >= 3 }
        return (gapFree && long) || rows.names.count * rows.years.count > maxColumns
    }
}
