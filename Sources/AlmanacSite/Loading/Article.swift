import AlmanacData
import AlmanacMarkdown

/// An article under `Content/pages/`: its front matter interpreted and checked, its body kept
/// for rendering. Known keys: title, date (YYYY-MM-DD), summary, tags, region, year, draft, slug,
/// each checked for its type (a value of another type is an error at its key, never passed over).
/// Immutable, and a class so that lists of thousands of articles copy and sort by reference:
/// a preview puts the list together again on every save.
final class Article: Sendable {
    let source: MarkdownSource
    /// Output folder under `pages/`, e.g. `2024/linan`.
    let slug: String
    let title: String
    let date: String?
    let summary: String?
    let tags: [String]
    let region: String?
    let year: Int?
    let draft: Bool
    /// The language it is written in, when it is a translation (`x.en.md`); nil for the site's main language.
    let language: Language?
    /// The front matter keys it gives itself (a translation takes the others from its original).
    private let given: Set<String>

    static let knownKeys: Set<String> = ["title", "date", "summary", "tags", "region", "year", "draft", "slug"]

    /// Interprets the front matter of `source` (`pages/<path>.md`); errors go to `diagnostics`.
    /// `regionsRead` false: regions.csv could not be read, and `region:` is taken unchecked.
    init(
        _ source: MarkdownSource, path: String, language: Language? = nil, regions: RegionTree, regionsRead: Bool = true,
        diagnostics: inout [Diagnostic]
    ) {
        self.source = source
        self.language = language
        given = Set(source.fields.entries.map(\.key))
        let fields = source.fields
        var problems: [Diagnostic] = []
        func fail(_ key: String, _ message: String) {
            let entry = fields.entry(key)
            problems.append(.error(source.file, line: entry?.line ?? 1, column: entry?.column ?? 1, message))
        }
        // Each key's value is checked for its type: a value of the wrong type is an error at
        // its key, never passed over (a key with no value is as if it were not there).
        func valueOf(_ key: String) -> YAMLValue? {
            guard let value = fields[key], value != .null else { return nil }
            return value
        }
        func text(_ key: String, _ what: String) -> String? {
            guard let value = valueOf(key) else { return nil }
            guard let text = value.string else {
                fail(key, "\(key) must be \(what), not \(Self.kind(of: value))")
                return nil
            }
            return text
        }
        var slug = path
        if slug.hasSuffix("/index") { slug = String(slug.dropLast("/index".count)) }
        if let text = text("slug", "text (the page's folder under pages/)") { slug = text }
        if let problem = Self.slugProblem(slug) { fail("slug", "slug \"\(slug)\" \(problem)") }
        self.slug = slug
        var title = String(path.split(separator: "/").last ?? Substring(path))
        if let text = text("title", "text") {
            if text.isEmpty { fail("title", "title is empty (leave it out to take the file's name)") } else { title = text }
        }
        self.title = title
        var date: String?
        if let text = text("date", "a date written YYYY-MM-DD") {
            if Self.isDate(text) { date = text } else { fail("date", "date \"\(text)\" is not a date written YYYY-MM-DD") }
        }
        self.date = date
        summary = text("summary", "text")
        tags = Self.tags(valueOf("tags")) { fail("tags", $0) }
        var region: String?
        if let id = text("region", "a region's id from regions.csv") {
            if regions[id] != nil || !regionsRead { region = id } else { fail("region", "region \"\(id)\" is not in regions.csv") }
        }
        self.region = region
        var year: Int?
        if let value = valueOf("year") {
            if let number = value.int {
                if (1...9999).contains(number) { year = number } else { fail("year", "year \(number) is not from 1 to 9999") }
            } else {
                fail("year", "year must be a whole number (year: 2024), not \(Self.kind(of: value))")
            }
        }
        self.year = year
        var draft = false
        if let value = valueOf("draft") {
            if let flag = value.bool { draft = flag } else { fail("draft", "draft must be true or false, not \(Self.kind(of: value))") }
        }
        self.draft = draft
        for entry in fields.entries where !Self.knownKeys.contains(entry.key) {
            problems.append(
                .warning(
                    source.file, line: entry.line, column: entry.column,
                    "unknown front matter key \"\(entry.key)\" (known: \(Self.knownKeys.sorted().joined(separator: ", ")))"))
        }
        diagnostics += problems
    }

    private init(
        source: MarkdownSource, slug: String, title: String, date: String?, summary: String?, tags: [String], region: String?,
        year: Int?, draft: Bool, language: Language?, given: Set<String>
    ) {
        self.source = source
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.tags = tags
        self.region = region
        self.year = year
        self.draft = draft
        self.language = language
        self.given = given
    }

    /// This translation with its original's slug, and what its front matter leaves out (date,
    /// region, year, tags, draft) taken from the original.
    func filling(from original: Article) -> Article {
        Article(
            source: source, slug: original.slug, title: given.contains("title") ? title : original.title,
            date: given.contains("date") ? date : original.date, summary: summary,
            tags: given.contains("tags") ? tags : original.tags, region: given.contains("region") ? region : original.region,
            year: given.contains("year") ? year : original.year, draft: draft || original.draft, language: language, given: given)
    }

    /// Why a slug cannot be an output folder under `pages/`, or nil when it can.
    static func slugProblem(_ slug: String) -> String? {
        if slug.isEmpty { return "is empty" }
        if slug.hasPrefix("/") || slug.hasSuffix("/") { return "must not start or end with /" }
        for segment in slug.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty || segment == "." || segment == ".." { return "would write outside pages/" }
        }
        if slug.unicodeScalars.contains(where: { $0 == "\\" || $0 == "?" || $0 == "#" || $0 == "%" || $0.value < 0x20 || $0.value == 0x7F }) {
            return "must not contain \\ ? # % or control characters"
        }
        if slug.split(separator: "/").contains(where: { $0.utf8.count > 255 }) {
            return "has a part longer than 255 bytes, more than a file name can hold"
        }
        return nil
    }

    /// `tags:` as a list of texts (one text is a list of one); anything else is reported through `fail`.
    static func tags(_ value: YAMLValue?, fail: (String) -> Void) -> [String] {
        guard let value else { return [] }
        guard case .list(let items) = value else {
            if let text = value.string { return text.isEmpty ? [] : [text] }
            fail("tags must be a list of texts (tags: [质量, 标准]), not \(kind(of: value))")
            return []
        }
        var tags: [String] = []
        for (index, item) in items.enumerated() {
            if let text = item.string, !text.isEmpty {
                tags.append(text)
            } else {
                fail("tags must be a list of texts (tags: [质量, 标准]); item \(index + 1) is \(kind(of: item))")
            }
        }
        return tags
    }

    /// What a value is, for messages about a value of the wrong type.
    static func kind(of value: YAMLValue) -> String {
        switch value {
        case .scalar(let text, let plain):
            if text.isEmpty { return "empty" }
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return plain ? "\"\(shown)\"" : "the quoted text \"\(shown)\""
        case .list: return "a list"
        case .mapping: return "a mapping (key: value)"
        case .null: return "empty"
        }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && (1...days[month - 1]).contains(day)
    }
}
