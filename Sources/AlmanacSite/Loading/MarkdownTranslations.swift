import AlmanacData

/// The Markdown of a site's other languages: `NAME.en.md` beside `NAME.md` translates it — the
/// home prose, the articles index's prose, a region's or an indicator's prose, an article. A
/// translated article keeps its original's slug (so both editions have the same addresses) and
/// takes what its front matter leaves out (date, region, year, tags) from the original; an
/// article written only in the other language (no `NAME.md`) is only in that edition.
extension MarkdownContent {
    /// The Markdown of one other language.
    struct Translated: Sendable {
        var home: MarkdownSource?
        var pagesIntro: MarkdownSource?
        var regionProse: [String: MarkdownSource] = [:]
        var indicatorProse: [String: MarkdownSource] = [:]
        /// Translated articles, by the path of the file they translate (`Content/pages/x.md`).
        var articles: [String: Article] = [:]
        /// Every file read for it.
        var files: Set<String> = []

        mutating func take(_ file: File, original: String) {
            files.insert(file.path)
            switch file.role {
            case .home: home = file.source
            case .pagesIntro: pagesIntro = file.source
            case .article: articles[original] = file.article
            case .regionProse(let id): regionProse[id] = file.source
            case .indicatorProse(let id): indicatorProse[id] = file.source
            }
            if file.source == nil { files.remove(file.path) }
        }
    }

    /// Whether `file` translates another (`Content/pages/x.en.md`): the file it translates and
    /// the language, from the name's last suffix before `.md` (a language code: `en`, `zh-CN`).
    static func translation(_ file: String) -> (original: String, language: Language)? {
        guard file.hasSuffix(".md") else { return nil }
        let stem = file.dropLast(".md".count)
        guard let dot = stem.lastIndex(of: "."), stem[..<dot].last != "/",
            let language = Language(rawValue: String(stem[stem.index(after: dot)...]))
        else { return nil }
        return (String(stem[..<dot]) + ".md", language)
    }

    /// The articles of the `language` edition, in the order of the main list: each listed
    /// article in its translation where it has one, else as it is (shown in the main language),
    /// and the articles written only in `language`, newest first among them all.
    func articles(in language: Language, listed: [Article]) -> [Article] {
        let translations = translated[language]?.articles ?? [:]
        guard !translations.isEmpty else { return listed }
        var shown = listed.map { main in translations[main.source.file].map { $0.filling(from: main) } ?? main }
        let originals = Set(articles.keys)
        let taken = Set(listed.map(\.slug))
        for (file, article) in translations.sorted(by: { $0.key < $1.key })
        where !originals.contains(file) && !taken.contains(article.slug) && (!article.draft || includeDrafts) {
            shown.append(article)
        }
        return shown.sorted { a, b in
            (a.date ?? "") != (b.date ?? "") ? (a.date ?? "") > (b.date ?? "") : (a.title, a.slug) < (b.title, b.slug)
        }
    }
}
