import AlmanacMarkdown

/// The built-in `pages.mustache` (the articles index) with its `partials/page-list` written
/// directly in Swift, byte for byte (a test renders both and compares); a site that overrides
/// either gets its own templates. The index lists every article, so on a 10,000-article site it
/// is one page that swift-mustache took 0.2 s to render while the other core had nothing left
/// to do: the pages after the articles took 0.21 s, and 0.03 s with the index written here.
enum ArticleListHTML {
    struct Entry {
        var title: String
        var href: String
        var date: String?
        /// Empty for none.
        var summary: String
    }

    static func indexPage(title: String, prose: String?, entries: [Entry]) -> String {
        var out = "<h1>"
        out += HTMLText.escape(title)
        out += "</h1>\n"
        out += prose ?? ""
        out += "\n"
        if !entries.isEmpty { list(entries, into: &out) }
        return out
    }

    /// `partials/page-list`, for a non-empty list.
    static func list(_ entries: [Entry], into out: inout String) {
        out.reserveCapacity(entries.reduce(out.utf8.count + 64) { $0 + $1.title.utf8.count + $1.summary.utf8.count + 160 })
        out += "<ul class=\"page-list\">\n"
        for entry in entries {
            out += "<li>\n<a class=\"page-link\" href=\""
            out += HTMLText.escape(entry.href)
            out += "\">"
            out += HTMLText.escape(entry.title)
            out += "</a>"
            if let date = entry.date, !date.isEmpty {
                out += " "
                HTMLPieces.time(date, into: &out)
            }
            out += "\n"
            if !entry.summary.isEmpty {
                out += "<p class=\"summary\">"
                out += HTMLText.escape(entry.summary)
                out += "</p>\n"
            }
            out += "</li>\n"
        }
        out += "</ul>\n"
    }
}
