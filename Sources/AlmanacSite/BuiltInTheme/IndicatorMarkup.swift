import AlmanacMarkup

/// The built-in catalogue and indicator pages.
extension IndicatorsPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n")
        for category in categories {
            out.append("<section>\n<h2>")
            out.append(escaping: category.name)
            out.append("</h2>\n<ul class=\"indicator-list\">\n")
            for item in category.indicators {
                out.append("<li>")
                ArticleListMarkup.link(item.href, item.name, into: &out)
                if let unit = item.unit {
                    out.append(" <span class=\"unit\">")
                    out.append(escaping: unit)
                    out.append("</span>")
                }
                if let period = item.period {
                    out.append(" <span class=\"period\">")
                    out.append(escaping: period)
                    out.append("</span>")
                }
                out.append("</li>\n")
            }
            out.append("</ul>\n</section>\n")
        }
    }
}

extension IndicatorPage {
    /// What a reader came for first — the latest ranking (and its map) and the trend — then the
    /// full table, then the definition and the page's prose (how the indicator is measured).
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n")
        if facts.isEmpty {
            // A further page of the table.
            if !pager.isEmpty { RegionPage.pager(pager, theme, into: &out) }
            if let table { out.append(table) }
            return
        }
        if let description {
            out.append("<p class=\"lead\">")
            out.append(escaping: description)
            out.append("</p>\n")
        }
        for (figures, heading) in [([ranking, map], Words.Key.ranking), ([trend], .trend)] {
            let present = figures.compactMap { $0 }
            guard !present.isEmpty else { continue }
            out.append("<section>\n<h2>")
            out.append(escaping: theme.word(heading))
            out.append("</h2>\n")
            for figure in present {
                out.append(figure)
                out.append("\n")
            }
            out.append("</section>\n")
        }
        if let table {
            out.append("<section>\n<h2>")
            out.append(escaping: theme.word(.regionsByYear))
            out.append("</h2>\n")
            out.append(table)
            if !pager.isEmpty { RegionPage.pager(pager, theme, into: &out) }
            out.append("\n<p class=\"download\"><a href=\"")
            out.append(escaping: csv)
            out.append("\">")
            out.append(escaping: theme.word(.indicatorCSV))
            out.append("</a></p>\n</section>\n")
        }
        out.append("<section class=\"definition\">\n<h2>")
        out.append(escaping: theme.word(.definition))
        out.append("</h2>\n<dl class=\"facts\">\n")
        for fact in facts {
            out.append("<div><dt>")
            out.append(escaping: fact.label)
            out.append("</dt><dd>")
            out.append(escaping: fact.value)
            out.append("</dd></div>\n")
        }
        out.append("</dl>\n")
        out.append(prose ?? "")
        out.append("\n</section>\n")
    }
}
