import AlmanacMarkup

/// The built-in region page.
extension RegionPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.reserveCapacity(
            (prose?.utf8.count ?? 0) + (table?.count ?? 0) + charts.reduce(0) { $0 + $1.count + 1 }
                + compared.reduce(0) { $0 + $1.count + 1 } + 1024 + 128 * (breadcrumbs.count + children.count + pages.count))
        if !breadcrumbs.isEmpty {
            out.append("<nav class=\"breadcrumbs\" aria-label=\"")
            out.append(escaping: theme.word(.regions))
            out.append("\">\n<ol>\n")
            links(breadcrumbs, into: &out)
            out.append("</ol>\n</nav>\n")
        }
        out.append("<h1>")
        out.append(escaping: title)
        if let level {
            out.append(" <span class=\"level\">")
            out.append(escaping: level)
            out.append("</span>")
        }
        out.append("</h1>\n")
        if !pager.isEmpty { Self.pager(pager, theme, into: &out) }
        out.append(prose ?? "")
        out.append("\n")
        func section(_ opening: StaticString, _ heading: Words.Key, _ body: (inout MarkupBytes) -> Void) {
            out.append(opening)
            out.append("\n<h2>")
            out.append(escaping: theme.word(heading))
            out.append("</h2>\n")
            body(&out)
            out.append("</section>\n")
        }
        func lines(_ parts: [MarkupBytes], into out: inout MarkupBytes) {
            for part in parts {
                out.append(part)
                out.append("\n")
            }
        }
        if let table { section("<section>", .indicatorTable) { lines([table], into: &$0) } }
        if !charts.isEmpty {
            section("<section class=\"charts\">", .trend) { out in
                out.append("<div class=\"chart-grid\">\n")
                lines(charts, into: &out)
                out.append("</div>\n")
            }
        }
        if !sections.isEmpty {
            section("<section class=\"sections\">", .byCategory) { Self.sectionList(sections, theme, into: &$0) }
        }
        if !children.isEmpty {
            section("<section>", .childrenCompared) { out in
                out.append("<ul class=\"inline-list\">\n")
                links(children, into: &out)
                out.append("</ul>\n")
                lines(compared, into: &out)
            }
        }
        if !pages.isEmpty { section("<section>", .relatedPages) { theme.pageList(pages, into: &$0) } }
    }

    /// Links to the categories of indicators that have pages of their own, with their counts.
    static func sectionList(_ links: [SectionLink], _ theme: ThemeParts, into out: inout MarkupBytes) {
        out.append("<ul class=\"section-list\">\n")
        for link in links {
            out.append("<li>")
            ArticleListMarkup.link(link.href, link.name, into: &out)
            out.append(" <span class=\"count\">")
            out.append(escaping: theme.frame.phrase(.indicatorCount, ["count": String(link.count)]))
            out.append("</span></li>\n")
        }
        out.append("</ul>\n")
    }

    /// Links to the pages of a category, the current one marked.
    static func pager(_ pages: [PageLink], _ theme: ThemeParts, into out: inout MarkupBytes) {
        out.append("<nav class=\"pager\" aria-label=\"")
        out.append(escaping: theme.word(.pagesNav))
        out.append("\">\n<ol>\n")
        for page in pages {
            out.append("<li><a href=\"")
            out.append(escaping: page.href)
            out.append(page.current ? "\" aria-current=\"page\">" : "\">")
            out.append(escaping: page.name)
            out.append("</a></li>\n")
        }
        out.append("</ol>\n</nav>\n")
    }

    private func links(_ links: [Link], into out: inout MarkupBytes) {
        for link in links {
            out.append("<li>")
            ArticleListMarkup.link(link.href, link.name, into: &out)
            out.append("</li>\n")
        }
    }
}
