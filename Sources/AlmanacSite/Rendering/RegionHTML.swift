import AlmanacMarkdown

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
        var table: String?
        var charts: [String]
        var children: [Link]
        var compared: [String]
        var pages: [ArticleListHTML.Entry]
    }

    static func render(_ region: Region, words: Words) -> String {
        var out = ""
        out.reserveCapacity(
            (region.prose?.utf8.count ?? 0) + (region.table?.utf8.count ?? 0)
                + region.charts.reduce(0) { $0 + $1.utf8.count + 1 } + region.compared.reduce(0) { $0 + $1.utf8.count + 1 }
                + 1024 + 128 * (region.breadcrumbs.count + region.children.count + region.pages.count))
        if !region.breadcrumbs.isEmpty {
            out += "<nav class=\"breadcrumbs\" aria-label=\""
            out += HTMLText.escape(words.t("regions"))
            out += "\">\n<ol>\n"
            links(region.breadcrumbs, into: &out)
            out += "</ol>\n</nav>\n"
        }
        out += "<h1>"
        out += HTMLText.escape(region.title)
        if let level = region.level {
            out += " <span class=\"level\">"
            out += HTMLText.escape(level)
            out += "</span>"
        }
        out += "</h1>\n"
        out += region.prose ?? ""
        out += "\n"
        func section(_ opening: String, _ heading: String, _ body: () -> Void) {
            out += opening
            out += "\n<h2>"
            out += HTMLText.escape(words.t(heading))
            out += "</h2>\n"
            body()
            out += "</section>\n"
        }
        func lines(_ parts: [String]) {
            for part in parts {
                out += part
                out += "\n"
            }
        }
        if let table = region.table { section("<section>", "indicatorTable") { lines([table]) } }
        if !region.charts.isEmpty { section("<section class=\"charts\">", "trend") { lines(region.charts) } }
        if !region.children.isEmpty {
            section("<section>", "childrenCompared") {
                out += "<ul class=\"inline-list\">\n"
                links(region.children, into: &out)
                out += "</ul>\n"
                lines(region.compared)
            }
        }
        if !region.pages.isEmpty { section("<section>", "relatedPages") { ArticleListHTML.list(region.pages, into: &out) } }
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
