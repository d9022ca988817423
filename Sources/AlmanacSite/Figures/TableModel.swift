import AlmanacMarkup

/// A table as data, drawn by the theme's `partials/table`, so a theme controls the markup while
/// the numbers come from the one model. Its property names are what a site's `partials/table`
/// template reads (docs/templates.md).
struct TableModel {
    struct Column {
        var label: String
        /// `num` for a column of figures (right-aligned), else empty.
        var classes: String

        init(label: String, numeric: Bool = false) {
            self.label = label
            classes = numeric ? "num" : ""
        }
    }

    struct Cell {
        var text: String
        /// Space-separated, as in the `class` attribute (a list per cell was an allocation for each
        /// of the millions of cells of a county-level report).
        var classes = ""
        var title: String?
        /// Makes the cell a link.
        var href: String?
        /// Generated markup (a sparkline) shown after the text.
        var html: MarkupBytes?
        /// A row header (`<th scope="row">`).
        var header = false
    }

    var caption: String?
    /// Classes of the `<table>` besides `data`, e.g. `ranking`; space-separated.
    var classes = ""
    var columns: [Column]
    var rows: [[Cell]]
    var footnote: String?
}
