import AlmanacMarkup

/// The built-in article page.
extension ArticlePage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.reserveCapacity(body.utf8.count + 1024)
        out.append("<article class=\"article\"")
        if let lang {
            out.append(" lang=\"")
            out.append(escaping: lang)
            out.append("\"")
        }
        out.append(">\n<header class=\"article-header\">\n<h1>")
        out.append(escaping: title)
        out.append("</h1>\n<p class=\"meta\">")
        if let date, !date.isEmpty { ArticleListMarkup.time(date, dateText ?? date, into: &out) }
        for link in [region, year].compactMap({ $0 }) {
            out.append(" · ")
            ArticleListMarkup.link(link.href, link.name, into: &out)
        }
        out.append("</p>\n")
        if !tags.isEmpty {
            out.append("<ul class=\"tags\">\n")
            for tag in tags {
                out.append("<li>")
                out.append(escaping: tag)
                out.append("</li>\n")
            }
            out.append("</ul>\n")
        }
        out.append("</header>\n")
        if !toc.isEmpty {
            out.append("<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">")
            out.append(escaping: theme.word(.contents))
            out.append("</h2>\n<ol>\n")
            for entry in toc {
                out.append(entry.sub ? "<li class=\"sub\"><a href=\"#" : "<li><a href=\"#")
                out.append(escaping: entry.id)
                out.append("\">")
                out.append(escaping: entry.text)
                out.append("</a></li>\n")
            }
            out.append("</ol>\n</nav>\n")
        }
        out.append("<div class=\"prose\">\n")
        out.append(body)
        out.append("\n</div>\n</article>\n")
    }
}
