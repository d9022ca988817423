import AlmanacMarkdown
import AlmanacMarkup

/// The built-in `region.mustache` written directly in Swift, byte for byte (a test renders the
/// example report both ways and compares); a site that overrides `region` or
/// `partials/page-list` gets its own templates. A county's page strings together a table and
/// fifty charts of several kilobytes each, and swift-mustache, which copies each value it
/// writes and grows its result as it goes, spent 6 % of the CPU of a 1,000,000-observation build
/// on these templates (perf).
enum RegionHTML {
    struct Link {
        var name: String
        var href: String
    }

    /// What the built-in region template shows; nil and empty leave their sections out.
    struct Region {
        var title: String
        var level: String?
        var breadcrumbs: [Link]
        var prose: String?
        var table: MarkupBytes?
        var charts: [MarkupBytes]
        var children: [Link]
        var compared: [MarkupBytes]
        var pages: [ArticleListHTML.Entry]
    }

    static func render(_ region: Region, words: Words) -> MarkupBytes {
        var out = MarkupBytes(
            capacity: (region.prose?.utf8.count ?? 0) + (region.table?.count ?? 0)
                + region.charts.reduce(0) { $0 + $1.count + 1 } + region.compared.reduce(0) { $0 + $1.count + 1 }
                + 1024 + 128 * (region.breadcrumbs.count + region.children.count + region.pages.count))
        var text = ""
        if !region.breadcrumbs.isEmpty {
            text += "<nav class=\"breadcrumbs\" aria-label=\""
            text += HTMLText.escape(words.t("regions"))
            text += "\">\n<ol>\n"
            links(region.breadcrumbs, into: &text)
            text += "</ol>\n</nav>\n"
        }
        text += "<h1>"
        text += HTMLText.escape(region.title)
        if let level = region.level {
            text += " <span class=\"level\">"
            text += HTMLText.escape(level)
            text += "</span>"
        }
        text += "</h1>\n"
        out.append(text)
        out.append(region.prose ?? "")
        out.append("\n")
        func section(_ opening: StaticString, _ heading: String, _ body: () -> Void) {
            out.append(opening)
            out.append("\n<h2>")
            out.append(escaping: words.t(heading))
            out.append("</h2>\n")
            body()
            out.append("</section>\n")
        }
        func lines(_ parts: [MarkupBytes]) {
            for part in parts {
                out.append(part)
                out.append("\n")
            }
        }
        if let table = region.table { section("<section>", "indicatorTable") { lines([table]) } }
        if !region.charts.isEmpty { section("<section class=\"charts\">", "trend") { lines(region.charts) } }
        if !region.children.isEmpty {
            section("<section>", "childrenCompared") {
                var list = "<ul class=\"inline-list\">\n"
                links(region.children, into: &list)
                list += "</ul>\n"
                out.append(list)
                lines(region.compared)
            }
        }
        if !region.pages.isEmpty {
            section("<section>", "relatedPages") {
                var list = ""
                ArticleListHTML.list(region.pages, into: &list)
                out.append(list)
            }
        }
        return out
    }

    private static func links(_ links: [Link], into out: inout String) {
        for link in links {
            out += "<li>"
            HTMLPieces.link(link.href, link.name, into: &out)
            out += "</li>\n"
        }
    }
}
