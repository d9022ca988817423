import AlmanacMarkup

/// The built-in downloads page.
extension DataPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n<ul class=\"downloads\">\n<li>")
        ArticleListMarkup.link(observationsCSV, theme.word(.observationsCSV), into: &out)
        out.append("</li>\n<li>")
        ArticleListMarkup.link(observationsJSON, theme.word(.observationsJSON), into: &out)
        out.append("</li>\n</ul>\n<h2>")
        out.append(escaping: theme.word(.indicators))
        out.append("</h2>\n<ul class=\"downloads\">\n")
        for download in indicators {
            out.append("<li>")
            ArticleListMarkup.link(download.href, download.name, into: &out)
            out.append(" · ")
            ArticleListMarkup.link(download.csv, "CSV", into: &out)
            out.append("</li>\n")
        }
        out.append("</ul>\n")
    }
}
