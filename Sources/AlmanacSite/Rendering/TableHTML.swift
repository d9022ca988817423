import AlmanacMarkdown

/// The built-in `partials/table.mustache` written directly in Swift, byte for byte (a test renders
/// both and compares). Tables are most of a data-heavy page — a county-level indicator page has
/// thousands of cells, each of them half a dozen template lookups — and swift-mustache spends
/// about 1.7 µs on each lookup (dynamic casts of `Any`), so the built-in table is rendered here;
/// a site that overrides `partials/table` gets its own template, through Mustache.
enum TableHTML {
    static func render(_ table: TableModel) -> String {
        let classes = table.classes.map { " " + HTMLText.escape($0) }.joined()
        var out = "<div class=\"table-wrap\">\n<table class=\"data\(classes)\">\n"
        if let caption = table.caption { out += "<caption>\(HTMLText.escape(caption))</caption>\n" }
        out += "<thead>\n<tr>"
        for column in table.columns {
            out += "<th scope=\"col\" class=\"\(column.numeric ? "num" : "")\">\(HTMLText.escape(column.label))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for cell in row {
                let tag = cell.header ? "th" : "td"
                out += "<\(tag)" + (cell.header ? " scope=\"row\"" : "") + " class=\"\(HTMLText.escape(cell.classes.joined(separator: " ")))\""
                if let title = cell.title { out += " title=\"\(HTMLText.escape(title))\"" }
                out += ">"
                if let href = cell.href {
                    out += "<a href=\"\(HTMLText.escape(href))\">\(HTMLText.escape(cell.text))</a>"
                } else {
                    out += HTMLText.escape(cell.text)
                }
                if !cell.header, let html = cell.html { out += html }
                out += "</\(tag)>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let footnote = table.footnote { out += "<p class=\"table-note\">\(HTMLText.escape(footnote))</p>\n" }
        return out + "</div>\n"
    }
}
