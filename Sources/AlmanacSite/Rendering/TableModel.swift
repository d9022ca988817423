import AlmanacMarkup

/// A table as data, rendered by the theme's `partials/table` template, so a theme controls the
/// markup while the numbers come from the one model.
struct TableModel {
    struct Column {
        var label: String
        var numeric: Bool = false
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
    /// Classes of the `<table>` besides `data`, e.g. `ranking`.
    var classes: [String] = []
    var columns: [Column]
    var rows: [[Cell]]
    var footnote: String?

    var context: [String: Any] {
        var context: [String: Any] = [
            // Set even when empty: Mustache would otherwise look the key up in enclosing contexts.
            "tableClass": classes.isEmpty ? false : classes.joined(separator: " "),
            "columns": columns.map { column -> [String: Any] in
                ["label": column.label, "class": column.numeric ? "num" : ""]
            },
            "rows": rows.map { cells -> [String: Any] in
                [
                    "cells": cells.map { cell -> [String: Any] in
                        var context: [String: Any] = [
                            "text": cell.text, "class": cell.classes, "header": cell.header,
                        ]
                        if let title = cell.title { context["title"] = title }
                        if let href = cell.href { context["href"] = href }
                        if let html = cell.html { context["html"] = html.string }
                        return context
                    }
                ]
            },
        ]
        if let caption { context["caption"] = caption }
        if let footnote { context["footnote"] = footnote }
        return context
    }
}
