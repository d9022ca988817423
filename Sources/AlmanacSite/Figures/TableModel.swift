import AlmanacMarkup

/// A table as data, drawn by the theme's `partials/table`, so a theme controls the markup while
/// the numbers come from the one model. Its property names are what a site's `partials/table`
/// template reads (docs/templates.md).
struct TableModel {
    struct Column {
        /// Which screens a column is for: a page's main table shows its years on a desktop and
        /// each row's latest figure instead on a phone, where the years would not fit.
        enum Screen: String {
            case wide = "wide-only"
            case narrow = "narrow-only"
        }

        var label: String
        /// `num` for a column of figures (right-aligned), `num latest` for the most recent year's,
        /// else empty; `wide-only` or `narrow-only` for a column of one kind of screen, which
        /// every cell of the column carries too.
        var classes: String

        init(label: String, numeric: Bool = false, latest: Bool = false) {
            self.label = label
            classes = numeric ? (latest ? "num latest" : "num") : ""
        }
    }

    struct Cell {
        var text: String
        /// Space-separated, as in the `class` attribute (a list per cell was an allocation for each
        /// of the millions of cells of a county-level report).
        var classes = ""
        var title: String?
        /// Whether the cell is a figure and `title` says where it comes from (its source, note
        /// or how it was rolled up; nil for a reported figure with neither): see ``provenance``.
        var figure = false
        /// Makes the cell a link.
        var href: String?
        /// Generated markup (a sparkline) shown after the text.
        var html: MarkupBytes?
        /// A row header (`<th scope="row">`).
        var header = false
        /// The unit of a row's figures, shown after its header when they have different units.
        var unit: String?
        /// How far a row header is indented: its region's level below the table's topmost.
        var depth = 0
    }

    var caption: String?
    /// The unit of every figure in the table (`亿元`), shown with the caption, so that the cells
    /// hold numbers alone.
    var unit: String?
    /// Classes of the `<table>` besides `data`, e.g. `ranking`; space-separated.
    var classes = ""
    var columns: [Column]
    var rows: [[Cell]]
    var footnote: String?
    /// Where every figure of the table comes from, when that is the same for all of them
    /// (`来源：统计公报`): said once under the table instead of in each cell's tooltip. The figures
    /// of a county's page nearly always share one source, and repeating it in every cell made
    /// the page heavy for nothing.
    var provenance: String?
    /// Whether every column after the first holds figures, as in a chart's data (one row per
    /// series, one column per year): the table is then of class `figures` and right-aligns them
    /// by that, and the built-in theme writes no `num` on each of its cells: a region's page has
    /// a chart of every year for each of its indicators, and the class on each header and cell
    /// was a large share of its bytes. The cells' ``Cell/classes`` still say `num`.
    var figureColumns = false

    /// Moves the provenance that all of the table's figures share out of their cells into
    /// ``provenance``; a table whose figures differ (or some of which have none) keeps it per cell.
    mutating func sayProvenanceOnce() {
        var shared: String?
        // Read in place, cell by cell: a copy of each cell would retain and release its texts.
        for row in rows.indices {
            for column in rows[row].indices where rows[row][column].figure {
                guard let title = rows[row][column].title, shared == nil || shared == title else { return }
                shared = title
            }
        }
        guard let shared else { return }
        provenance = shared
        for row in rows.indices {
            for column in rows[row].indices where rows[row][column].figure { rows[row][column].title = nil }
        }
    }

    /// For a page's main table: each row's latest figure and its year in a column for phones after
    /// the row header, the year columns (`years` of them from column 1 on) for wider screens, every cell
    /// carrying its column's screen class so that a theme's CSS shows one or the other.
    mutating func addNarrowLatest(label: String, years: Int, latest: [Cell]) {
        columns.insert(Column(label: label, numeric: true), at: 1)
        for (row, cell) in zip(rows.indices, latest) { rows[row].insert(cell, at: 1) }
        mark(column: 1, .narrow)
        for column in 2..<(2 + years) { mark(column: column, .wide) }
    }

    /// Adds `screen`'s class to a column's header and to every cell under it.
    mutating func mark(column: Int, _ screen: Column.Screen) {
        func add(to classes: inout String) { classes += classes.isEmpty ? screen.rawValue : " " + screen.rawValue }
        add(to: &columns[column].classes)
        for row in rows.indices where column < rows[row].count { add(to: &rows[row][column].classes) }
    }
}
