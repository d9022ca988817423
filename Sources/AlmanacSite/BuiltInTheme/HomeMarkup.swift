import AlmanacMarkup

/// The built-in home page.
extension HomePage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<article class=\"home\">\n<h1>")
        out.append(escaping: heading)
        out.append("</h1>\n")
        out.append(prose ?? "")
        out.append("\n</article>\n")
        if !featured.isEmpty {
            out.append("<section class=\"featured\" aria-labelledby=\"featured-heading\">\n<h2 id=\"featured-heading\">")
            out.append(escaping: theme.word(.featured))
            out.append("</h2>\n<div class=\"cards\">\n")
            for card in featured { write(card, into: &out) }
            out.append("</div>\n</section>\n")
        }
        if !latestPages.isEmpty {
            out.append("<section class=\"latest\">\n<h2>")
            out.append(escaping: theme.word(.latestPages))
            out.append("</h2>\n")
            theme.pageList(latestPages, into: &out)
            out.append("<p><a href=\"")
            out.append(escaping: allPages)
            out.append("\">")
            out.append(escaping: theme.word(.allPages))
            out.append("</a></p>\n</section>\n")
        }
    }

    private func write(_ card: Card, into out: inout MarkupBytes) {
        out.append("<article class=\"card\">\n<h3>")
        ArticleListMarkup.link(card.href, card.name, into: &out)
        out.append("</h3>\n<p class=\"card-region\">")
        ArticleListMarkup.link(card.regionHref, card.region, into: &out)
        out.append(" · ")
        out.append(escaping: card.year)
        out.append("</p>\n<p class=\"card-value\"")
        if let provenance = card.provenance {
            out.append(" title=\"")
            out.append(escaping: provenance)
            out.append("\"")
        }
        out.append(">")
        out.append(escaping: card.value)
        out.append("</p>\n")
        if let change = card.change {
            out.append("<p class=\"card-change ")
            out.append(escaping: change.classes)
            out.append("\">")
            out.append(escaping: change.label)
            out.append(" ")
            out.append(escaping: change.text)
            out.append("</p>\n")
        }
        if let sparkline = card.sparkline {
            out.append("<div class=\"card-spark\">")
            out.append(sparkline)
            out.append("</div>\n")
        }
        out.append("</article>\n")
    }
}
