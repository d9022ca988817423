import AlmanacMarkup

/// The built-in articles index and 404 page.
extension ArticlesPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n")
        out.append(prose ?? "")
        out.append("\n")
        if !pages.isEmpty { theme.pageList(pages, into: &out) }
    }
}

extension NotFoundPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n<p>")
        out.append(escaping: theme.word(.notFoundText))
        out.append("</p>\n<p><a href=\"")
        out.append(escaping: theme.frame.home)
        out.append("\">")
        out.append(escaping: theme.word(.backHome))
        out.append("</a></p>\n")
    }
}
