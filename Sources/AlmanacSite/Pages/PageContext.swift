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

    func baseContext(title: String, kind: String) -> [String: Any] {
        let env = environment
        let config = env.content.config
        var site: [String: Any] = [
            "title": config.title, "language": config.language.rawValue, "params": Self.any(.mapping(config.params)),
        ]
        if !config.description.isEmpty { site["description"] = config.description }
        var context: [String: Any] = [
            "site": site,
            "t": env.words.table,
            "root": links.root,
            // What a link to a folder ends with: "index.html" with --portable, where `dir/` opens no page.
            "indexFile": env.portable ? "index.html" : "",
            "kind": kind,
            "title": title,
            "pageTitle": title == config.title ? title : "\(title) · \(config.title)",
            "css": links.to("assets/style.css"),
            "home": links.to(""),
            "nav": Self.sections.map { section -> [String: Any] in
                [
                    "label": env.words[section.key], "href": links.to(section.path),
                    "current": section.kinds.contains(kind),
                ]
            },
        ]
        if let base = env.baseURL {
            let path = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            context["canonical"] = base + Links.percentEncoded(path)
        }
        return context
    }

    /// Renders `kind`'s template into the layout, which also gets the rendered header and footer.
    /// `builtIn` writes what the built-in template of `kind` would, for a site that keeps it.
    func page(_ kind: String, _ context: [String: Any], builtIn: (() -> MarkupBytes)? = nil) -> OutputFile {
        let theme = environment.theme
        var context = context
        for part in ["header", "footer"] {
            let name = "partials/" + part
            let pageContext = context
            // Without its last line end: the layout puts the part on a line of its own.
            func render() -> String {
                let text = theme.render(name, pageContext)
                return text.hasSuffix("\n") ? String(text.dropLast()) : text
            }
            context[part] = theme.overridden.contains(name)
                ? render() : environment.chrome.value("\(name) \(kind) \(links.depth)", render: render)
        }
        var content = MarkupBytes()
        if let builtIn, !theme.overridden.contains(kind) {
            content = builtIn()
        } else {
            content.append(theme.render(kind, context))
        }
        guard theme.overridden.isDisjoint(with: ["layout", "partials/head"]) else {
            context["content"] = content.string
            return OutputFile(path: path, text: theme.render("layout", context))
        }
        let site = context["site"] as? [String: Any]
        let layout = LayoutHTML.Page(
            language: site?["language"] as? String ?? "", pageTitle: context["pageTitle"] as? String ?? "",
            description: site?["description"] as? String, canonical: context["canonical"] as? String,
            css: context["css"] as? String ?? "", kind: kind, skip: environment.words.t("skip"),
            header: context["header"] as? String ?? "", content: content,
            footer: context["footer"] as? String ?? "")
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
