import AlmanacData
import AlmanacMarkdown
import AlmanacMarkup

/// The context every template gets — site, words (`t`), links, navigation — and the two-step
/// render: the page kind's template makes `content`, which `layout` wraps.
extension PageScope {
    /// Sections of the site navigation: (key of the words table, path, page kinds that belong to it).
    static let sections: [(key: String, path: String, kinds: Set<String>)] = [
        ("home", "", ["home"]), ("regions", "regions/", ["regions", "region"]),
        ("indicators", "indicators/", ["indicators", "indicator"]), ("years", "years/", ["years", "year"]),
        ("pages", "pages/", ["pages", "page"]), ("data", "data/", ["data"]),
    ]

    /// What the built-in layout shows of a page besides its content, as `baseContext` has it.
    private func layoutHead(title: String) -> (language: String, pageTitle: String, description: String, canonical: String?) {
        let config = environment.content.config
        var canonical: String?
        if let base = environment.baseURL {
            let path = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            canonical = base + Links.percentEncoded(path)
        }
        return (config.language.rawValue, title == config.title ? title : "\(title) · \(config.title)", config.description, canonical)
    }

    func baseContext(title: String, kind: String) -> [String: Any] {
        let env = environment
        let config = env.content.config
        let head = layoutHead(title: title)
        var site: [String: Any] = [
            "title": config.title, "language": head.language, "params": Self.any(.mapping(config.params)),
        ]
        if !head.description.isEmpty { site["description"] = head.description }
        var context: [String: Any] = [
            "site": site,
            "t": env.words.table,
            "root": links.root,
            // What a link to a folder ends with: "index.html" with --portable, where `dir/` opens no page.
            "indexFile": env.portable ? "index.html" : "",
            "kind": kind,
            "title": title,
            "pageTitle": head.pageTitle,
            "css": links.to("assets/style.css"),
            "home": links.to(""),
            "nav": Self.sections.map { section -> [String: Any] in
                [
                    "label": env.words[section.key], "href": links.to(section.path),
                    "current": section.kinds.contains(kind),
                ]
            },
        ]
        if let canonical = head.canonical { context["canonical"] = canonical }
        return context
    }

    /// Renders `kind`'s template into the layout, which also gets the rendered header and footer.
    func page(_ kind: String, _ context: [String: Any]) -> OutputFile {
        page(kind, title: context["title"] as? String ?? "", built: context)
    }

    /// A page of a kind that Swift code can also write (`builtIn`, what the built-in template of
    /// `kind` would write, for a site that keeps it). Its template context — `baseContext` with
    /// what `values` adds — is made only if a template reads it: on a site with the built-in
    /// templates an article or a region page is written without it (making it was 4 % of the CPU
    /// of a 10,000-article build).
    func page(
        _ kind: String, title: String, builtIn: @escaping () -> MarkupBytes, values: (inout [String: Any]) -> Void
    ) -> OutputFile {
        page(kind, title: title, builtIn: builtIn, make: {
            var context = baseContext(title: title, kind: kind)
            values(&context)
            return context
        })
    }

    private func page(
        _ kind: String, title: String, built: [String: Any]? = nil, builtIn: (() -> MarkupBytes)? = nil,
        make: () -> [String: Any] = { [:] }
    ) -> OutputFile {
        let theme = environment.theme
        var made = built
        func context() -> [String: Any] {
            if let made { return made }
            let context = make()
            made = context
            return context
        }
        var parts: [String: String] = [:]
        /// The context with the header and footer rendered so far.
        func withParts() -> [String: Any] {
            var full = context()
            for (key, value) in parts { full[key] = value }
            return full
        }
        for part in ["header", "footer"] {
            let name = "partials/" + part
            // Without its last line end: the layout puts the part on a line of its own.
            func render() -> String {
                let text = theme.render(name, withParts())
                return text.hasSuffix("\n") ? String(text.dropLast()) : text
            }
            parts[part] = theme.overridden.contains(name)
                ? render() : environment.chrome.value("\(name) \(kind) \(links.depth)", render: render)
        }
        var content = MarkupBytes()
        if let builtIn, !theme.overridden.contains(kind) {
            content = builtIn()
        } else {
            content.append(theme.render(kind, withParts()))
        }
        guard theme.overridden.isDisjoint(with: ["layout", "partials/head"]) else {
            var full = withParts()
            full["content"] = content.string
            return OutputFile(path: path, text: theme.render("layout", full))
        }
        let layout: LayoutHTML.Page
        let header = parts["header"] ?? "", footer = parts["footer"] ?? ""
        let skip = environment.words.t("skip")
        if let context = made {
            let site = context["site"] as? [String: Any]
            layout = LayoutHTML.Page(
                language: site?["language"] as? String ?? "", pageTitle: context["pageTitle"] as? String ?? "",
                description: site?["description"] as? String, canonical: context["canonical"] as? String,
                css: context["css"] as? String ?? "", kind: kind, skip: skip, header: header, content: content, footer: footer)
        } else {
            let head = layoutHead(title: title)
            layout = LayoutHTML.Page(
                language: head.language, pageTitle: head.pageTitle, description: head.description, canonical: head.canonical,
                css: links.to("assets/style.css"), kind: kind, skip: skip, header: header, content: content, footer: footer)
        }
        return OutputFile(path: path, bytes: LayoutHTML.render(layout))
    }

    /// A list that a template shows under a heading: `{{#key}}<h2>…</h2>{{#items}}…{{/items}}{{/key}}`.
    /// Empty lists are `false`, so the heading goes too.
    static func list(_ items: [Any]) -> Any {
        items.isEmpty ? false : ["items": items]
    }

    /// Plain Swift values for Mustache: scalars as strings, lists as arrays, mappings as dictionaries.
    static func any(_ value: YAMLValue) -> Any {
        switch value {
        case .scalar(let text, _): return text
        case .list(let items): return items.map(any)
        case .mapping(let mapping):
            var dictionary: [String: Any] = [:]
            for entry in mapping.entries { dictionary[entry.key] = any(entry.value) }
            return dictionary
        case .null: return false
        }
    }

    /// An article as list entries show it; without a `summary:` its first paragraph stands in.
    func articleEntry(_ article: Article, summaries: [String: String]) -> ArticleListHTML.Entry {
        ArticleListHTML.Entry(
            title: article.title, href: links.to("pages/\(article.slug)/"), date: article.date,
            summary: article.summary ?? summaries[article.slug] ?? "")
    }

    /// An article as a template's list entry shows it (see ``articleEntry(_:summaries:)``).
    func articleSummary(_ article: Article, summaries: [String: String]) -> [String: Any] {
        // Every key the templates use is set (false when absent): Mustache would otherwise look it
        // up in the enclosing page's context and show that page's value.
        let entry = articleEntry(article, summaries: summaries)
        return [
            "title": entry.title, "href": entry.href, "date": entry.date ?? false,
            "summary": entry.summary.isEmpty ? false : entry.summary, "tags": Self.list(article.tags),
        ]
    }
}
