import AlmanacData
import AlmanacMarkdown

/// What every template and partial of a page sees besides its own model (docs/templates.md):
/// the site's settings, the theme's words, links to the top and to the stylesheet, and the
/// navigation with the page's section marked.
struct PageFrame: Sendable {
    struct Site: Sendable {
        var title: String
        /// The page's language code, for `<html lang>`.
        var language: String
        var description: String?
        /// Every key of site.yml.
        var params: YAMLMapping
    }

    var site: Site
    /// The theme's words in the page's language (`t` in templates).
    var words: Words
    var t: [String: String] { words.table }
    /// From the page to the top of the site (`../../`).
    var root: String
    /// `index.html` in a `--portable` build, else empty: write a link to a folder as `{{root}}data/{{indexFile}}`.
    var indexFile: String
    /// The page kind (`region`, `page`…), also the `<body>` class `kind-…`.
    var kind: String
    var css: String
    var home: String
    var nav: [NavItem]
    /// The page's absolute address, when the site has a base URL.
    var canonical: String?
    /// The page in each of the site's languages (none for a site in one): `hreflang`, `name`
    /// (the language's own name), `href`, `current`.
    var alternates: [Alternate]

    struct Alternate: Sendable {
        var hreflang: String
        var name: String
        /// The link to it from this page.
        var href: String
        /// Its absolute address when the site has a base URL (for `<link rel="alternate">`), else `href`.
        var url: String
        var current: Bool
    }

    init(links: Links, route: Route, env: RenderEnvironment) {
        let kind = PageKind(route) ?? .notFound
        let config = env.content.config
        let language = env.edition.language
        let description = config.description(in: language)
        site = Site(
            title: config.title(in: language), language: language.rawValue, description: description.isEmpty ? nil : description,
            params: config.params)
        words = env.words
        root = links.root
        indexFile = links.indexFile
        self.kind = kind.rawValue
        css = links.href(.stylesheet)
        home = links.href(.home)
        nav = Self.sections.map { section, route in
            NavItem(label: env.words[section], href: links.href(route), current: kind.section == section)
        }
        canonical = env.baseURL.map { $0 + Links.percentEncoded(route.address) }
        alternates = env.editions.count < 2 ? [] : env.editions.compactMap { edition in
            guard env.exists(route, in: edition) else { return nil }
            let href = links.href(route, edition: edition.folder)
            return Alternate(
                hreflang: edition.language.rawValue, name: Words(edition.language)[.languageName], href: href,
                url: env.baseURL.map { $0 + Links.percentEncoded(Route(route.kind, edition: edition.folder).address) } ?? href,
                current: edition == env.edition)
        }
    }

    /// The sections of the navigation, in order.
    static let sections: [(Words.Key, Route)] = [
        (.home, .home), (.regions, .regions), (.indicators, .indicators), (.years, .years), (.pages, .articles), (.data, .data),
    ]

    func phrase(_ key: Words.Key, _ values: KeyValuePairs<String, String>) -> String { words.phrase(key, values) }

    /// The page's `<title>`: its own title, then the site's.
    func pageTitle(_ title: String) -> String { title == site.title ? title : "\(title) · \(site.title)" }

    /// The frame's values for a template.
    func child(named name: String) -> Any? {
        switch name {
        case "site":
            var site: [String: Any] = ["title": self.site.title, "language": self.site.language, "params": Self.any(.mapping(self.site.params))]
            if let description = self.site.description { site["description"] = description }
            return site
        case "t": return t
        case "root": return root
        case "indexFile": return indexFile
        case "kind": return kind
        case "css": return css
        case "home": return home
        case "nav": return TemplateValue.convert(nav)
        case "canonical": return canonical ?? false
        case "alternates": return TemplateValue.convert(alternates)
        default: return nil
        }
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
}
