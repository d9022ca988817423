import AlmanacMarkdown

/// The built-in `page.mustache` (an article) written directly in Swift, byte for byte (a test
/// renders both and compares); a site that overrides `page` gets its own template. Measured with
/// `perf` on 10,000 articles: swift-mustache rendering this template and the layout was 28 % of
/// the build's CPU, most of it in the dynamic casts of its lookups; with both written here the
/// rebuild of that site took 1.45–1.53 s instead of 1.80–1.91 s.
enum ArticleHTML {
    /// What the built-in article template shows.
    struct Article {
        var title: String
        var date: String?
        var region: (name: String, href: String)?
        var year: (year: String, href: String)?
        var tags: [String]
        /// Shown when it has two entries or more.
        var toc: [(id: String, text: String, sub: Bool)]
        var contentsHeading: String
        var body: String
    }

    static func render(_ article: Article) -> String {
        var out = "<article class=\"article\">\n<header class=\"article-header\">\n<h1>"
        out.reserveCapacity(article.body.utf8.count + 1024)
        out += HTMLText.escape(article.title)
        out += "</h1>\n<p class=\"meta\">"
        if let date = article.date, !date.isEmpty { HTMLPieces.time(date, into: &out) }
        for case let (href, text)? in [article.region.map { ($0.href, $0.name) }, article.year.map { ($0.href, $0.year) }] {
            out += " · "
            HTMLPieces.link(href, text, into: &out)
        }
        out += "</p>\n"
        if !article.tags.isEmpty {
            out += "<ul class=\"tags\">\n"
            for tag in article.tags {
                out += "<li>"
                out += HTMLText.escape(tag)
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</header>\n"
        if !article.toc.isEmpty {
            out += "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">"
            out += HTMLText.escape(article.contentsHeading)
            out += "</h2>\n<ol>\n"
            for entry in article.toc {
                out += entry.sub ? "<li class=\"sub\"><a href=\"#" : "<li><a href=\"#"
                out += HTMLText.escape(entry.id)
                out += "\">"
                out += HTMLText.escape(entry.text)
                out += "</a></li>\n"
            }
            out += "</ol>\n</nav>\n"
        }
        out += "<div class=\"prose\">\n"
        out += article.body
        out += "\n</div>\n</article>\n"
        return out
    }
}
