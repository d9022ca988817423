import AlmanacMarkup

/// The built-in `partials/table`: a table of figures with its caption and note, in a wrapper
/// that lets a wide table scroll by itself rather than the page. Written as bytes: tables are
/// most of a data-heavy page (an indicator page of a county-level report has thousands of cells).
enum TableMarkup {
    static func write(_ table: TableModel, words: Words, into out: inout MarkupBytes) {
        out.reserveCapacity(out.count + 256 + table.rows.count * table.columns.count * 48)
        out.append("<div class=\"table-wrap\">\n<table class=\"data")
        if table.figureColumns { out.append(" figures") }
        if !table.classes.isEmpty {
            out.append(" ")
            out.append(escaping: table.classes)
        }
        out.append("\">\n")
        let byTable = table.figureColumns
        if let caption = table.caption {
            out.append("<caption>")
            out.append(escaping: caption)
            if let unit = table.unit { unitText(unit, words, " <span class=\"table-unit\">", "</span>", into: &out) }
            out.append("</caption>\n")
        } else if let unit = table.unit {
            unitText(unit, words, "<caption class=\"table-unit\">", "</caption>\n", into: &out)
        }
        out.append("<thead>\n<tr>")
        for column in table.columns {
            let classes = byTable ? withoutNum(column.classes) : column.classes
            if classes.isEmpty { out.append("<th scope=\"col\">") } else { wrapped("<th scope=\"col\" class=\"", classes, "\">", into: &out) }
            out.append(escaping: column.label)
            out.append("</th>")
        }
        out.append("</tr>\n</thead>\n<tbody>\n")
        for row in table.rows {
            out.append("<tr>")
            // Each cell passed by index, so borrowed rather than copied with its strings.
            for index in row.indices { write(row[index], byTable: byTable, into: &out) }
            out.append("</tr>\n")
        }
        out.append("</tbody>\n</table>\n")
        if let provenance = table.provenance { wrapped("<p class=\"table-note\">", provenance, "</p>\n", into: &out) }
        if let footnote = table.footnote { wrapped("<p class=\"table-note\">", footnote, "</p>\n", into: &out) }
        out.append("</div>\n")
    }

    /// `byTable`: the table right-aligns its figures by its class (``TableModel/figureColumns``).
    private static func write(_ cell: TableModel.Cell, byTable: Bool, into out: inout MarkupBytes) {
        out.append(cell.header ? "<th scope=\"row\"" : "<td")
        let classes = byTable ? withoutNum(cell.classes) : cell.classes
        // No empty `class` attribute: a chart's table has a row header in every row.
        if !classes.isEmpty || cell.depth > 0 {
            out.append(" class=\"")
            out.append(escaping: classes)
            if cell.depth > 0 {
                out.append(classes.isEmpty ? "depth-" : " depth-")
                out.append(String(min(cell.depth, 4)))
            }
            out.append("\"")
        }
        if let title = cell.title { wrapped(" title=\"", title, "\"", into: &out) }
        out.append(">")
        if let href = cell.href { wrapped("<a href=\"", href, "\">", into: &out) }
        out.append(escaping: cell.text)
        if cell.href != nil { out.append("</a>") }
        if let unit = cell.unit { wrapped(" <span class=\"unit\">", unit, "</span>", into: &out) }
        if !cell.header, let html = cell.html { out.append(html) }
        out.append(cell.header ? "</th>" : "</td>")
    }

    /// The classes without the leading `num` that every figure's cell and column has.
    private static func withoutNum(_ classes: String) -> String {
        if classes == "num" { return "" }
        return classes.hasPrefix("num ") ? String(classes.dropFirst(4)) : classes
    }

    /// `单位：亿元` — a statistical table's unit, said once for all its figures.
    private static func unitText(_ unit: String, _ words: Words, _ open: String, _ close: String, into out: inout MarkupBytes) {
        wrapped(open, words[.unit] + words.colon + unit, close, into: &out)
    }

    /// `open`, the text escaped, `close`.
    private static func wrapped(_ open: String, _ text: String, _ close: String, into out: inout MarkupBytes) {
        out.append(open)
        out.append(escaping: text)
        out.append(close)
    }
}
