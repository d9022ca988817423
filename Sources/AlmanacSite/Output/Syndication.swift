import AlmanacMarkdown
/// `sitemap.xml` and an Atom `feed.xml` of the articles, written when a base URL is known
/// (they need absolute addresses). Dates come from the articles, never the clock, so two
/// builds stay identical.
enum Syndication {
    static func sitemap(base: String, pages: [Route]) -> OutputFile {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            out += "  <url><loc>\(HTMLText.escape(base + Links.percentEncoded(page.address)))</loc></url>\n"
        }
        return OutputFile(path: Route.sitemap.file, text: out + "</urlset>\n")
    }

    static func feed(base: String, title: String, articles: [Article]) -> OutputFile {
        let dated = articles.filter { $0.date != nil }
        let updated = (dated.compactMap(\.date).max() ?? "1970-01-01") + "T00:00:00Z"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        out += "  <title>\(HTMLText.escape(title))</title>\n  <id>\(HTMLText.escape(base))</id>\n"
        out += "  <link href=\"\(HTMLText.escape(base))\"/>\n  <link rel=\"self\" href=\"\(HTMLText.escape(base + Route.feed.address))\"/>\n"
        out += "  <updated>\(updated)</updated>\n  <author><name>\(HTMLText.escape(title))</name></author>\n"
        for article in dated {
            let url = base + Links.percentEncoded(Route.article(article.slug).address)
            out += "  <entry>\n    <title>\(HTMLText.escape(article.title))</title>\n    <id>\(HTMLText.escape(url))</id>\n"
            out += "    <link href=\"\(HTMLText.escape(url))\"/>\n    <updated>\(article.date!)T00:00:00Z</updated>\n"
            if let summary = article.summary { out += "    <summary>\(HTMLText.escape(summary))</summary>\n" }
            out += "  </entry>\n"
        }
        return OutputFile(path: Route.feed.file, text: out + "</feed>\n")
    }
}
