import AlmanacMarkup

/// The built-in `partials/page-list`: articles as a list of links with their dates and summaries.
enum ArticleListMarkup {
    static func write(_ entries: [ArticleEntry], into out: inout MarkupBytes) {
        out.append("<ul class=\"page-list\">\n")
        for entry in entries {
            out.append("<li>\n<a class=\"page-link\" href=\"")
            out.append(escaping: entry.href)
            out.append("\">")
            out.append(escaping: entry.title)
            out.append("</a>")
            if let date = entry.date, !date.isEmpty {
                out.append(" ")
                time(date, entry.dateText ?? date, into: &out)
            }
            out.append("\n")
            if !entry.summary.isEmpty {
                out.append("<p class=\"summary\">")
                out.append(escaping: entry.summary)
                out.append("</p>\n")
            }
            out.append("</li>\n")
        }
        out.append("</ul>\n")
    }

    /// `<time datetime="DATE">TEXT</time>`
    static func time(_ date: String, _ text: String, into out: inout MarkupBytes) {
        out.append("<time datetime=\"")
        out.append(escaping: date)
        out.append("\">")
        out.append(escaping: text)
        out.append("</time>")
    }

    /// `<a href="HREF">TEXT</a>`
    static func link(_ href: String, _ text: String, into out: inout MarkupBytes) {
        out.append("<a href=\"")
        out.append(escaping: href)
        out.append("\">")
        out.append(escaping: text)
        out.append("</a>")
    }
}
