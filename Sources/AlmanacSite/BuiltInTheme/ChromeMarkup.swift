import AlmanacMarkup

/// The built-in header (the site's title and navigation) and footer of every page.
enum ChromeMarkup {
    static func header(_ frame: PageFrame, into out: inout MarkupBytes) {
        out.append("<header class=\"site-header\">\n<div class=\"wrap\">\n<a class=\"site-title\" href=\"")
        out.append(escaping: frame.home)
        out.append("\">")
        out.append(escaping: frame.site.title)
        out.append("</a>\n<nav class=\"site-nav\" aria-label=\"")
        out.append(escaping: frame.site.title)
        out.append("\">\n<ul>\n")
        for item in frame.nav {
            out.append("<li><a href=\"")
            out.append(escaping: item.href)
            out.append(item.current ? "\" aria-current=\"page\">" : "\">")
            out.append(escaping: item.label)
            out.append("</a></li>\n")
        }
        out.append("</ul>\n</nav>\n")
        if !frame.alternates.isEmpty {
            // The page in the other languages, each named in its own.
            out.append("<nav class=\"languages\" aria-label=\"")
            out.append(escaping: frame.words[.languages])
            out.append("\">\n<ul>\n")
            for alternate in frame.alternates {
                out.append("<li><a href=\"")
                out.append(escaping: alternate.href)
                out.append("\" hreflang=\"")
                out.append(escaping: alternate.hreflang)
                out.append("\" lang=\"")
                out.append(escaping: alternate.hreflang)
                out.append(alternate.current ? "\" aria-current=\"page\">" : "\">")
                out.append(escaping: alternate.name)
                out.append("</a></li>\n")
            }
            out.append("</ul>\n</nav>\n")
        }
        out.append("</div>\n</header>\n")
    }

    static func footer(_ frame: PageFrame, into out: inout MarkupBytes) {
        out.append("<footer class=\"site-footer\">\n<div class=\"wrap\">\n<p>")
        out.append(escaping: frame.site.title)
        out.append(" · ")
        out.append(escaping: frame.t["generatedBy"] ?? "")
        out.append("</p>\n</div>\n</footer>\n")
    }
}
