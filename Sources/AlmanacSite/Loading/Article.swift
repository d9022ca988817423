import AlmanacData
import AlmanacMarkdown

/// An article under `Content/pages/`: its front matter interpreted and checked, its body kept
/// for rendering. Known keys: title, date (YYYY-MM-DD), summary, tags, region, year, draft, slug.
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
    init(_ source: MarkdownSource, path: String, language: Language? = nil, regions: RegionTree, diagnostics: inout [Diagnostic]) {
        self.source = source
        self.language = language
        given = Set(source.fields.entries.map(\.key))
        let fields = source.fields
        var problems: [Diagnostic] = []
        func fail(_ key: String, _ message: String) {
            let entry = fields.entry(key)
            problems.append(.error(source.file, line: entry?.line ?? 1, column: entry?.column ?? 1, message))
        }
        var slug = path
        if slug.hasSuffix("/index") { slug = String(slug.dropLast("/index".count)) }
        if let value = fields["slug"] {
            if let text = value.string { slug = text } else { fail("slug", "slug must be text") }
        }
        if let problem = Self.slugProblem(slug) { fail("slug", "slug \"\(slug)\" \(problem)") }
        self.slug = slug
        title = fields["title"]?.string ?? String(path.split(separator: "/").last ?? Substring(path))
        var date: String?
        if let value = fields["date"] {
            if let text = value.string, Self.isDate(text) { date = text } else {
                fail("date", "date \"\(value.string ?? "")\" is not a date written YYYY-MM-DD")
            }
        }
        self.date = date
        summary = fields["summary"]?.string
        tags = (fields["tags"]?.list ?? []).compactMap(\.string)
        var region: String?
        if let value = fields["region"] {
            if let id = value.string, regions[id] != nil { region = id } else {
                fail("region", "region \"\(value.string ?? "")\" is not in regions.csv")
            }
        }
        self.region = region
        var year: Int?
        if let value = fields["year"] {
            if let number = value.int, (1...9999).contains(number) { year = number } else {
                fail("year", "year \"\(value.string ?? "")\" is not a whole number")
            }
        }
        self.year = year
        var draft = false
        if let value = fields["draft"] {
            if let flag = value.bool { draft = flag } else { fail("draft", "draft must be true or false") }
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

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && (1...days[month - 1]).contains(day)
    }
}
