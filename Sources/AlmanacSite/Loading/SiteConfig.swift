import AlmanacData
import AlmanacMarkdown

/// `Content/site.yml`: the report's title and language, the optional base URL, the featured
/// indicators on the home page, whether raw HTML is allowed, whether the data loaders may run
/// and for how long, and anything else a theme wants (every key is also available to templates
/// as `site.params.KEY`).
struct SiteConfig: Sendable {
    struct Featured: Sendable, Equatable {
        var indicator: String
        var region: String?
        var line: Int
    }

    var title: String
    var language: Language
    var baseURL: String?
    var description: String
    var featured: [Featured]
    var unsafeHTML: Bool
    /// `loaders: true`: run the programs `data/NAME.csv.*` (they run code, so never by default).
    var loaders = false
    /// `loader_timeout:` seconds a loader may take before it is stopped.
    var loaderTimeout: Double = 60
    var params: YAMLMapping

    static let file = "Content/site.yml"

    static func parse(_ text: String?, defaultTitle: String, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig(
            title: defaultTitle, language: .zhCN, baseURL: nil, description: "", featured: [], unsafeHTML: false,
            params: YAMLMapping(entries: []))
        guard let text else { return config }
        let mapping: YAMLMapping
        do {
            guard let parsed = try YAMLValue.parse(text).mapping else {
                diagnostics.append(.error(file, "site.yml must be a mapping of keys to values"))
                return config
            }
            mapping = parsed
        } catch {
            diagnostics.append(.error(file, line: error.line, column: error.column, error.message))
            return config
        }
        config.params = mapping
        func fail(_ key: String, _ message: String) {
            let entry = mapping.entry(key)
            diagnostics.append(.error(file, line: entry?.line ?? 1, column: entry?.column ?? 1, message))
        }
        if let title = mapping["title"] {
            if let text = title.string, !text.isEmpty { config.title = text } else { fail("title", "title must be text") }
        }
        if let language = mapping["language"] {
            if let code = language.string, let value = Language(code: code) {
                config.language = value
            } else {
                fail("language", "language \"\(language.string ?? "")\" is not one of zh-CN, en")
            }
        }
        if let base = mapping["base_url"], base != .null {
            if let url = base.string, url.hasPrefix("http://") || url.hasPrefix("https://") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                fail("base_url", "base_url must be an http:// or https:// URL")
            }
        }
        if let description = mapping["description"]?.string { config.description = description }
        if let unsafe = mapping["unsafe_html"] {
            if let value = unsafe.bool { config.unsafeHTML = value } else { fail("unsafe_html", "unsafe_html must be true or false") }
        }
        if let loaders = mapping["loaders"] {
            if let value = loaders.bool { config.loaders = value } else { fail("loaders", "loaders must be true or false") }
        }
        if let timeout = mapping["loader_timeout"] {
            if let value = timeout.double, value > 0, value <= 86_400 {
                config.loaderTimeout = value
            } else {
                fail("loader_timeout", "loader_timeout must be a number of seconds, more than 0")
            }
        }
        if let featured = mapping.entry("featured") {
            for item in featured.value.list ?? [] {
                if let id = item.string {
                    config.featured.append(Featured(indicator: id, region: nil, line: featured.line))
                } else if let entry = item.mapping, let id = entry["indicator"]?.string {
                    config.featured.append(
                        Featured(indicator: id, region: entry["region"]?.string, line: entry.entries.first?.line ?? featured.line))
                } else {
                    fail("featured", "each featured item is an indicator id or {indicator: ID, region: ID}")
                }
            }
        }
        return config
    }
}
