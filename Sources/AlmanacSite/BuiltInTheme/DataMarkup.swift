import AlmanacMarkup

/// The built-in downloads page.
extension DataPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n<ul class=\"downloads\">\n")
        for download in all {
            out.append("<li>")
            write(download, into: &out)
            out.append("</li>\n")
        }
        out.append("</ul>\n")
        if let omitted {
            out.append("<p class=\"note\">")
            out.append(escaping: omitted)
            out.append("</p>\n")
        }
        out.append("<h2>")
        out.append(escaping: theme.word(.indicators))
        out.append("</h2>\n<ul class=\"downloads\">\n")
        for indicator in indicators {
            out.append("<li>")
            ArticleListMarkup.link(indicator.href, indicator.name, into: &out)
            out.append(" · ")
            write(indicator.csv, into: &out)
            out.append(" · ")
            write(indicator.json, into: &out)
            out.append("</li>\n")
        }
        out.append("</ul>\n")
    }

    private func write(_ download: Download, into out: inout MarkupBytes) {
        ArticleListMarkup.link(download.href, download.label, into: &out)
        if !download.size.isEmpty {
            out.append(" <span class=\"size\">")
            out.append(escaping: download.size)
            out.append("</span>")
        }
    }
}
