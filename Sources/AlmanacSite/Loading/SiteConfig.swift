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
    /// The site's main language: the first of `languages`.
    var language: Language
    /// Every edition's language, the main one first (`languages: [zh-CN, en]`; `language: en` for one).
    var languages: [Language]
    /// `title` and `description` in the other languages (site.yml may give either as a mapping by language).
    var titles: [Language: String] = [:]
    var descriptions: [Language: String] = [:]
    var baseURL: String?
    var description: String
    var featured: [Featured]
    var unsafeHTML: Bool
    /// `loaders: true`: run the programs `data/NAME.csv.*` (they run code, so never by default).
    var loaders = false
    /// `loader_timeout:` seconds a loader may take before it is stopped.
    var loaderTimeout: Double = 60
    var params: YAMLMapping
    /// The boundary files that maps are drawn on (`maps:`, see ``SiteMaps``), in the order given.
    var maps: [MapSpec] = []

    /// One map of `maps:`: `provinces: {file: maps/china.geojson, key: name_zh, match: name}`.
    struct MapSpec: Sendable, Equatable {
        var id: String
        /// Under `Content/`.
        var file: String
        /// The feature property that names a region, and the regions.csv column it is matched with.
        var key: String
        var match: String
        var projection: String?
        /// TopoJSON: the object to read.
        var object: String?
        var line: Int
        var column: Int
    }

    static let file = "Content/site.yml"

    /// The title in `language`, the main one where site.yml gives none.
    func title(in language: Language) -> String { language == self.language ? title : titles[language] ?? title }

    /// The description in `language`, likewise.
    func description(in language: Language) -> String {
        language == self.language ? description : descriptions[language] ?? description
    }

    static func parse(_ text: String?, defaultTitle: String, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig(
            title: defaultTitle, language: .zhCN, languages: [.zhCN], baseURL: nil, description: "", featured: [], unsafeHTML: false,
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
        if let language = mapping["language"] {
            if let code = language.string, let value = Language(code: code) {
                config.language = value
                config.languages = [value]
            } else {
                fail("language", "language \"\(language.string ?? "")\" is not one of zh-CN, en")
            }
        }
        if let languages = mapping["languages"] {
            let codes = languages.list?.compactMap(\.string) ?? languages.string.map { [$0] } ?? []
            let parsed = codes.compactMap(Language.init(code:))
            if codes.isEmpty || parsed.count != codes.count || Set(parsed).count != parsed.count {
                fail("languages", "languages must be a list of languages, each once, from zh-CN, en (the first is the main one)")
            } else if mapping["language"] != nil, mapping["language"]?.string.flatMap(Language.init(code:)) != parsed[0] {
                fail("language", "language and languages disagree: give languages alone (its first is the main language)")
            } else {
                config.languages = parsed
                config.language = parsed[0]
            }
        }
        func localized(_ key: String, _ set: (String) -> Void, _ setOther: (Language, String) -> Void) {
            guard let value = mapping[key] else { return }
            if let text = value.string {
                set(text)
            } else if let byLanguage = value.mapping {
                for entry in byLanguage.entries {
                    guard let language = Language(code: entry.key), config.languages.contains(language), let text = entry.value.string else {
                        diagnostics.append(
                            .error(file, line: entry.line, column: entry.column,
                                "\(key) in \"\(entry.key)\": give one text per language of the site (\(config.languages.map(\.rawValue).joined(separator: ", ")))"))
                        continue
                    }
                    if language == config.language { set(text) } else { setOther(language, text) }
                }
            } else {
                fail(key, "\(key) must be text, or a mapping of texts by language")
            }
        }
        localized("title", { if !$0.isEmpty { config.title = $0 } }, { config.titles[$0] = $1 })
        localized("description", { config.description = $0 }, { config.descriptions[$0] = $1 })
        if let base = mapping["base_url"], base != .null {
            if let url = base.string, url.hasPrefix("http://") || url.hasPrefix("https://") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                fail("base_url", "base_url must be an http:// or https:// URL")
            }
        }
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
        if let maps = mapping.entry("maps") {
            parseMaps(maps, into: &config, diagnostics: &diagnostics)
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

    private static func parseMaps(_ entry: YAMLMapping.Entry, into config: inout SiteConfig, diagnostics: inout [Diagnostic]) {
        guard let maps = entry.value.mapping else {
            diagnostics.append(
                .error(file, line: entry.line, column: entry.column, "maps must be a mapping of map ids to {file, key, match}"))
            return
        }
        let known: Set<String> = ["file", "key", "match", "projection", "object"]
        for map in maps.entries {
            guard let fields = map.value.mapping else {
                diagnostics.append(.error(file, line: map.line, column: map.column, "map \"\(map.key)\" must be a mapping with file and key"))
                continue
            }
            var ok = true
            func fail(_ line: Int, _ column: Int, _ message: String) {
                diagnostics.append(.error(file, line: line, column: column, message))
                ok = false
            }
            for field in fields.entries where !known.contains(field.key) {
                fail(field.line, field.column, "unknown key \"\(field.key)\" in map \"\(map.key)\" (known: \(known.sorted().joined(separator: ", ")))")
            }
            for field in fields.entries where field.value.string == nil {
                fail(field.line, field.column, "\(field.key) of map \"\(map.key)\" must be text")
            }
            let path = fields["file"]?.string ?? ""
            if path.isEmpty || path.hasPrefix("/") || path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) {
                fail(map.line, map.column, "map \"\(map.key)\" needs file: a path under Content/, e.g. maps/world.geojson")
            }
            if fields["key"]?.string?.isEmpty ?? true { fail(map.line, map.column, "map \"\(map.key)\" needs key: the feature property that names a region") }
            if let projection = fields.entry("projection"), let text = projection.value.string, !["equal-earth", "albers"].contains(text) {
                fail(projection.line, projection.column, "projection \"\(text)\" is not one of equal-earth, albers")
            }
            guard ok else { continue }
            config.maps.append(
                MapSpec(
                    id: map.key, file: "Content/" + path, key: fields["key"]!.string!, match: fields["match"]?.string ?? "id",
                    projection: fields["projection"]?.string, object: fields["object"]?.string, line: map.line,
                    column: map.column))
        }
    }
}
