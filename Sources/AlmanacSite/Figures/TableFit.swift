import AlmanacCharts

/// Chooses a table's year columns by width, so that a page's main table fits the built-in
/// theme's desktop column instead of scrolling: the table's text is measured as the charts
/// measure theirs (``TextWidth``, which errs wide), and year columns are dropped, in the order
/// given, until the estimate fits. Widths are in em of the table's text.
enum TableFit {
    /// The desktop column of the built-in theme (64rem less 2.5rem of margins) in em of the
    /// table's .92rem text, less a margin for the browser's own rounding and borders.
    static let desktopWidth = 61.5 / 0.92 - 4

    /// A cell's padding either side (.6rem) in the table's em, both sides.
    private static let padding = 1.2 / 0.92
    /// The sparkline's 6rem.
    private static let sparkline = 6 / 0.92
    /// A row header wraps; it is given room for this many em before its words break, so that
    /// an indicator's name is not a column of single words.
    static let nameWidth = 15.0

    /// `table` less the fewest of `droppable` (column indices, the first to go first) that make
    /// it fit `width`; at least `keep` of them stay. Returns the columns dropped.
    @discardableResult
    static func fit(_ table: inout TableModel, dropping droppable: [Int], keep: Int = 1, width: Double = desktopWidth) -> [Int] {
        var widths = columnWidths(table)
        var total = widths.reduce(0, +)
        var dropped: [Int] = []
        for column in droppable where total > width && droppable.count - dropped.count > keep {
            total -= widths[column]
            widths[column] = 0
            dropped.append(column)
        }
        for column in dropped.sorted(by: >) {
            table.columns.remove(at: column)
            for row in table.rows.indices { table.rows[row].remove(at: column) }
        }
        return dropped
    }

    /// Each column's estimated width: its widest cell or header, padded.
    static func columnWidths(_ table: TableModel) -> [Double] {
        table.columns.indices.map { column in
            let header = TextWidth.of(table.columns[column].label, fontSize: 1)
            var widest = header
            for row in table.rows where column < row.count {
                widest = max(widest, width(of: row[column]))
            }
            return widest + padding
        }
    }

    private static func width(of cell: TableModel.Cell) -> Double {
        if cell.html != nil, !cell.header { return sparkline }
        var text = TextWidth.of(cell.text, fontSize: 1)
        if let unit = cell.unit { text += TextWidth.of(" " + unit, fontSize: 0.85) }
        return cell.header ? min(text, nameWidth) + Double(cell.depth) : text
    }
}
