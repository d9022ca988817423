import AlmanacMarkdown

/// `sitemap.xml` and an Atom `feed.xml` of the articles per edition, written when a base URL is
/// known (they need absolute addresses). Dates come from the articles, never the clock, so two
/// builds stay identical. A site in several languages lists each page's counterparts in the
/// sitemap (`xhtml:link` alternates, as search engines read them).
enum Syndication {
    static func sitemap(base: String, pages: [Route], editions: [Edition]) -> OutputFile {
        let several = editions.count > 1
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        out += several ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n"
        let present = Set(pages)
        // Sorted by their files worked out once each: `Route`'s `<` works them out for every
        // comparison, and a national site has tens of thousands of pages to sort.
        let sorted = pages.map { (file: $0.file, route: $0) }.sorted { $0.file < $1.file }.map(\.route)
        for page in sorted {
            let loc = HTMLText.escape(base + Links.percentEncoded(page.address))
            guard several else {
                out += "  <url><loc>\(loc)</loc></url>\n"
                continue
            }
            out += "  <url>\n    <loc>\(loc)</loc>\n"
            for edition in editions {
                let counterpart = Route(page.kind, edition: edition.folder)
                guard present.contains(counterpart) else { continue }
                let href = HTMLText.escape(base + Links.percentEncoded(counterpart.address))
                out += "    <xhtml:link rel=\"alternate\" hreflang=\"\(edition.language.rawValue)\" href=\"\(href)\"/>\n"
            }
            out += "  </url>\n"
        }
        return OutputFile(path: Route.sitemap.file, text: out + "</urlset>\n")
    }

    /// The edition's articles with a date, newest first.
    static func feed(base: String, env: RenderEnvironment) -> OutputFile {
        let folder = env.edition.folder
        let title = env.content.config.title(in: env.edition.language)
        let dated = env.articles.filter { $0.date != nil }
        let updated = (dated.compactMap(\.date).max() ?? "1970-01-01") + "T00:00:00Z"
        let home = base + Links.percentEncoded(Route(.home, edition: folder).address)
        let feed = Route(.feed, edition: folder)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
        out += folder.isEmpty ? ">\n" : " xml:lang=\"\(env.edition.language.rawValue)\">\n"
        out += "  <title>\(HTMLText.escape(title))</title>\n  <id>\(HTMLText.escape(home))</id>\n"
        out += "  <link href=\"\(HTMLText.escape(home))\"/>\n  <link rel=\"self\" href=\"\(HTMLText.escape(base + feed.address))\"/>\n"
        out += "  <updated>\(updated)</updated>\n  <author><name>\(HTMLText.escape(title))</name></author>\n"
        for article in dated {
            let url = base + Links.percentEncoded(Route(.article(article.slug), edition: folder).address)
            out += "  <entry>\n    <title>\(HTMLText.escape(article.title))</title>\n    <id>\(HTMLText.escape(url))</id>\n"
            out += "    <link href=\"\(HTMLText.escape(url))\"/>\n    <updated>\(article.date!)T00:00:00Z</updated>\n"
            if let summary = article.summary { out += "    <summary>\(HTMLText.escape(summary))</summary>\n" }
            out += "  </entry>\n"
        }
        return OutputFile(path: feed.file, text: out + "</feed>\n")
    }
}
