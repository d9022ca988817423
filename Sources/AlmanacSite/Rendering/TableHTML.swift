import AlmanacMarkup

/// The built-in `partials/table.mustache` written directly in Swift, byte for byte (a test renders
/// both and compares). Tables are most of a data-heavy page — a county-level indicator page has
/// thousands of cells, each of them half a dozen template lookups — and swift-mustache spends
/// about 1.7 µs on each lookup (dynamic casts of `Any`), so the built-in table is rendered here,
/// as bytes (see ``MarkupBytes``); a site that overrides `partials/table` gets its own template,
/// through Mustache.
enum TableHTML {
    static func write(_ table: TableModel, into out: inout MarkupBytes) {
        out.reserveCapacity(out.count + 256 + table.rows.count * table.columns.count * 48)
        out.append("<div class=\"table-wrap\">\n<table class=\"data")
        for name in table.classes {
            out.append(" ")
            out.append(escaping: name)
        }
        out.append("\">\n")
        if let caption = table.caption { wrapped("<caption>", caption, "</caption>\n", into: &out) }
        out.append("<thead>\n<tr>")
        for column in table.columns {
            let open = column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\" class=\"\">"
            wrapped(open, column.label, "</th>", into: &out)
        }
        out.append("</tr>\n</thead>\n<tbody>\n")
        for row in table.rows {
            out.append("<tr>")
            // Each cell passed by index, so borrowed: `for cell in row` copied every cell, retaining
            // and releasing its strings (with `MarkupBytes` reading strings in place, reference
            // counting under this function went from 2.2 % to 1.0 % of a 1,000,000-observation build).
            for index in row.indices { write(row[index], into: &out) }
            out.append("</tr>\n")
        }
        out.append("</tbody>\n</table>\n")
        if let footnote = table.footnote { wrapped("<p class=\"table-note\">", footnote, "</p>\n", into: &out) }
        out.append("</div>\n")
    }

    private static func write(_ cell: TableModel.Cell, into out: inout MarkupBytes) {
        wrapped(cell.header ? "<th scope=\"row\" class=\"" : "<td class=\"", cell.classes, "\"", into: &out)
        if let title = cell.title { wrapped(" title=\"", title, "\"", into: &out) }
        out.append(">")
        if let href = cell.href { wrapped("<a href=\"", href, "\">", into: &out) }
        out.append(escaping: cell.text)
        if cell.href != nil { out.append("</a>") }
        if !cell.header, let html = cell.html { out.append(html) }
        out.append(cell.header ? "</th>" : "</td>")
    }

    /// `open`, the text escaped, `close`.
    private static func wrapped(_ open: String, _ text: String, _ close: String, into out: inout MarkupBytes) {
        out.append(open)
        out.append(escaping: text)
        out.append(close)
    }
}
