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
        if let caption = table.caption {
            out.append("<caption>")
            out.append(escaping: caption)
            out.append("</caption>\n")
        }
        out.append("<thead>\n<tr>")
        for column in table.columns {
            out.append(column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\" class=\"\">")
            out.append(escaping: column.label)
            out.append("</th>")
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
        if let footnote = table.footnote {
            out.append("<p class=\"table-note\">")
            out.append(escaping: footnote)
            out.append("</p>\n")
        }
        out.append("</div>\n")
    }

    private static func write(_ cell: TableModel.Cell, into out: inout MarkupBytes) {
        out.append(cell.header ? "<th scope=\"row\" class=\"" : "<td class=\"")
        out.append(escaping: cell.classes)
        out.append("\"")
        if let title = cell.title {
            out.append(" title=\"")
            out.append(escaping: title)
            out.append("\"")
        }
        out.append(">")
        if let href = cell.href {
            out.append("<a href=\"")
            out.append(escaping: href)
            out.append("\">")
            out.append(escaping: cell.text)
            out.append("</a>")
        } else {
            out.append(escaping: cell.text)
        }
        if !cell.header, let html = cell.html { out.append(html) }
        out.append(cell.header ? "</th>" : "</td>")
    }
}
