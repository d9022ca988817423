import AlmanacMarkdown

/// The built-in `partials/table.mustache` written directly in Swift, byte for byte (a test renders
/// both and compares). Tables are most of a data-heavy page — a county-level indicator page has
/// thousands of cells, each of them half a dozen template lookups — and swift-mustache spends
/// about 1.7 µs on each lookup (dynamic casts of `Any`), so the built-in table is rendered here;
/// a site that overrides `partials/table` gets its own template, through Mustache.
enum TableHTML {
    static func render(_ table: TableModel) -> String {
        // Appended piece by piece: `a + b + c` and interpolation make a string per step, and a
        // county-level site writes a few hundred thousand of these tables.
        var out = ""
        out.reserveCapacity(256 + table.rows.count * table.columns.count * 48)
        out += "<div class=\"table-wrap\">\n<table class=\"data"
        for name in table.classes {
            out += " "
            out += HTMLText.escape(name)
        }
        out += "\">\n"
        if let caption = table.caption {
            out += "<caption>"
            out += HTMLText.escape(caption)
            out += "</caption>\n"
        }
        out += "<thead>\n<tr>"
        for column in table.columns {
            out += column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\" class=\"\">"
            out += HTMLText.escape(column.label)
            out += "</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for cell in row {
                out += cell.header ? "<th scope=\"row\" class=\"" : "<td class=\""
                for (index, name) in cell.classes.enumerated() {
                    if index > 0 { out += " " }
                    out += HTMLText.escape(name)
                }
                out += "\""
                if let title = cell.title {
                    out += " title=\""
                    out += HTMLText.escape(title)
                    out += "\""
                }
                out += ">"
                if let href = cell.href {
                    out += "<a href=\""
                    out += HTMLText.escape(href)
                    out += "\">"
                    out += HTMLText.escape(cell.text)
                    out += "</a>"
                } else {
                    out += HTMLText.escape(cell.text)
                }
                if !cell.header, let html = cell.html { out += html }
                out += cell.header ? "</th>" : "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let footnote = table.footnote {
            out += "<p class=\"table-note\">"
            out += HTMLText.escape(footnote)
            out += "</p>\n"
        }
        out += "</div>\n"
        return out
    }
}
