import AlmanacMarkup

/// The built-in years index and annual report pages.
extension YearsPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n<ul class=\"year-list\">\n")
        for entry in years {
            out.append("<li>")
            ArticleListMarkup.link(entry.href, entry.year, into: &out)
            out.append(" <span class=\"count\">")
            out.append(integer: entry.count)
            out.append("</span></li>\n")
        }
        out.append("</ul>\n")
    }
}

extension YearPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n")
        if !pager.isEmpty { RegionPage.pager(pager, theme, into: &out) }
        if section == nil { yearNav(into: &out) }
        for section in sections { write(section, into: &out) }
        if !categories.isEmpty {
            out.append("<section class=\"sections\">\n<h2>")
            out.append(escaping: theme.word(.byCategory))
            out.append("</h2>\n")
            RegionPage.sectionList(categories, theme, into: &out)
            out.append("</section>\n")
        }
        if !pages.isEmpty {
            out.append("<section>\n<h2>")
            out.append(escaping: theme.word(.relatedPages))
            out.append("</h2>\n")
            theme.pageList(pages, into: &out)
            out.append("</section>\n")
        }
    }

    private func yearNav(into out: inout MarkupBytes) {
        out.append("<nav class=\"year-nav\">\n")
        if let previous {
            out.append("<a rel=\"prev\" href=\"")
            out.append(escaping: previous.href)
            out.append("\">← ")
            out.append(escaping: previous.name)
            out.append("</a>")
        }
        out.append("\n")
        if let next {
            out.append("<a rel=\"next\" href=\"")
            out.append(escaping: next.href)
            out.append("\">")
            out.append(escaping: next.name)
            out.append(" →</a>")
        }
        out.append("\n</nav>\n")
    }

    private func write(_ section: Section, into out: inout MarkupBytes) {
        out.append("<section class=\"year-indicator\" id=\"")
        out.append(escaping: section.id)
        out.append("\">\n<h2>")
        ArticleListMarkup.link(section.href, section.name, into: &out)
        out.append("</h2>\n")
        for group in section.groups {
            if group.single {
                out.append(group.table)
                out.append("\n")
                continue
            }
            out.append("<h3>")
            out.append(escaping: group.label)
            out.append("</h3>\n")
            for figure in [group.chart, group.map].compactMap({ $0 }) {
                out.append(figure)
                out.append("\n")
            }
            out.append(group.table)
            out.append("\n")
        }
        out.append("</section>\n")
    }
}
