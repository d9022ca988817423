import AlmanacData
import AlmanacMarkup

/// Which picture shows a trend honestly. Lines, where the figures run on from observation to
/// observation at their indicator's step (year after year, or 2016 to 2020 for a series given
/// for those two years); columns, where a line would have gaps in it (an observation due but
/// missing), since a column per year shows a missing year as an empty slot without suggesting a
/// path through it.
extension PageInput {
    /// Most columns a chart may have before lines (with their gaps) read better.
    static let maxColumns = 40

    /// `indicator` in `regions` over the years from `first` to `last` that observations are due in.
    func trendChart(
        _ indicator: Indicator, regions: [String], first: Int, last: Int, title: String, style: ChartStyle = .standard
    ) -> MarkupBytes {
        let rows = rows(indicator, regions: regions, years: chartYears([indicator], regions: regions, first: first, last: last))
        return Self.readsAsLines(rows) ? lineChart(rows, title: title, style: style) : columnChart(rows, title: title, style: style)
    }

    /// True when some row has two figures or more and no row misses an observation due between
    /// its first and its last figure, or when there are too many columns for columns to be legible.
    static func readsAsLines(_ rows: SeriesRows) -> Bool {
        var gapFree = true, long = false
        for (row, expected) in zip(rows.figures, rows.expected) {
            let present = row.indices.filter { row[$0] != nil }
            guard let first = present.first, let last = present.last else { continue }
            if present.count >= 2 { long = true }
            if (first...last).contains(where: { expected[$0] && row[$0] == nil }) { gapFree = false }
        }
        return (gapFree && long) || rows.names.count * rows.years.count > maxColumns
    }
}
