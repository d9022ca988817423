import AlmanacData

/// The Markdown files of a site — home prose, articles, the articles index's prose, region and
/// indicator prose — kept file by file with each file's own diagnostics, so that a preview can
/// re-read only the files that changed. The article list is sorted again only when an article
/// comes, goes or changes what orders it (slug, draft, date, title); an edit to anything else
/// takes the article's place in the list, which on a site of thousands of articles is what
/// keeps a save fast.
struct MarkdownContent: Sendable {
    /// What a Markdown file is to the site, by its place under `Content/`.
    enum Role: Sendable, Hashable {
        case home, pagesIntro, article
        case regionProse(String)
        case indicatorProse(String)

        init?(_ path: String) {
            guard path.hasSuffix(".md") else { return nil }
            // A translation (`x.en.md`) has the role of the file it translates.
            let file = MarkdownContent.translation(path)?.original ?? path
            func id(under folder: String) -> String? {
                file.hasPrefix(folder) ? String(file.dropFirst(folder.count).dropLast(".md".count)) : nil
            }
            if file == "Content/index.md" {
                self = .home
            } else if file == "Content/pages/index.md" {
                self = .pagesIntro
            } else if id(under: "Content/pages/") != nil {
                self = .article
            } else if let id = id(under: "Content/regions/") {
                self = .regionProse(id)
            } else if let id = id(under: "Content/indicators/") {
                self = .indicatorProse(id)
            } else {
                return nil
            }
        }

        /// The file of a prose role (an article's is wherever it is).
        var file: String? {
            switch self {
            case .home: "Content/index.md"
            case .pagesIntro: "Content/pages/index.md"
            case .regionProse(let id): "Content/regions/\(id).md"
            case .indicatorProse(let id): "Content/indicators/\(id).md"
            case .article: nil
            }
        }
    }

    /// The ids prose files and front matter are checked against.
    struct Catalogue: Sendable {
        var tree: RegionTree
        var regionIDs: Set<String>
        var indicatorIDs: Set<String>
        /// False when regions.csv could not be read at all: an article's `region:` is then taken
        /// as it is, not reported (the file is the error) nor dropped (its blocks would lose it).
        var regionsRead = true
    }

    let catalogue: Catalogue
    let includeDrafts: Bool
    private(set) var home: MarkdownSource?
    private(set) var pagesIntro: MarkdownSource?
    /// Every article, drafts included, by file.
    private(set) var articles: [String: Article] = [:]
    private(set) var regionProse: [String: MarkdownSource] = [:]
    private(set) var indicatorProse: [String: MarkdownSource] = [:]
    /// The files written in the site's other languages (`NAME.en.md` beside `NAME.md`), by language.
    private(set) var translated: [Language: Translated] = [:]
    /// The diagnostics of each file, by file.
    private var fileDiagnostics: [String: [Diagnostic]] = [:]
    /// The articles a build shows, in order, and the errors of putting them in order.
    private var list: (articles: [Article], diagnostics: [Diagnostic]) = ([], [])
    /// The place in `list` of each article file that has one.
    private var listed: [String: Int] = [:]
    private var listIsStale = true
    /// How many times the list has been put together; the same number means the same places.
    private(set) var arrangements = 0

    static let folders = ["Content/pages", "Content/regions", "Content/indicators"]

    /// Reads every Markdown file of the site, on all cores: reading, front matter and the
    /// article fields of 10,000 articles are a large part of a whole build's CPU.
    static func load(_ files: SiteFiles, catalogue: Catalogue, includeDrafts: Bool) -> MarkdownContent {
        var markdown = MarkdownContent(catalogue: catalogue, includeDrafts: includeDrafts)
        // The home prose and its translations (`index.en.md`), then the folders.
        let home = ["Content/index.md"] + Language.allCases.map { "Content/index.\($0.rawValue).md" }.filter(files.exists)
        let paths = home + folders.flatMap({ files.files(under: $0, suffix: ".md") })
        for case let file? in ParallelMap.map(paths, { read($0, from: files, catalogue: catalogue) }) {
            markdown.take(file)
        }
        return markdown
    }

    private init(catalogue: Catalogue, includeDrafts: Bool) {
        self.catalogue = catalogue
        self.includeDrafts = includeDrafts
    }

    var diagnostics: [Diagnostic] { fileDiagnostics.values.flatMap { $0 } }

    /// The files loaded from under `folder`.
    func files(under folder: String) -> [String] {
        let known = Array(articles.keys) + regionProse.keys.map { "Content/regions/\($0).md" }
            + indicatorProse.keys.map { "Content/indicators/\($0).md" } + Array(fileDiagnostics.keys)
            + translated.values.flatMap(\.files)
        return known.filter { $0.hasPrefix(folder + "/") }
    }

    /// Reads `file` again, or forgets it when it is gone. Returns its role, nil for a file the
    /// site does not read.
    @discardableResult
    mutating func reload(_ file: String, from files: SiteFiles) -> Role? {
        guard let read = Self.read(file, from: files, catalogue: catalogue) else { return nil }
        take(read)
        return read.role
    }

    /// A Markdown file as read, before it takes its place.
    struct File: Sendable {
        var path: String
        var role: Role
        var source: MarkdownSource?
        var article: Article?
        var diagnostics: [Diagnostic]
    }

    /// Reads `file`; nil for a file the site does not read. Its `source` is nil when the file is
    /// gone or has errors.
    static func read(_ file: String, from files: SiteFiles, catalogue: Catalogue) -> File? {
        guard let role = Role(file) else { return nil }
        var read = File(path: file, role: role, diagnostics: [])
        guard files.isFile(file) else { return read }
        let unknown: (id: String, what: String, list: String)? =
            switch role {
            case .regionProse(let id) where !catalogue.regionIDs.contains(id): (id, "region", "regions.csv")
            case .indicatorProse(let id) where !catalogue.indicatorIDs.contains(id): (id, "indicator", "indicators.csv")
            default: nil
            }
        if let unknown {
            read.diagnostics.append(
                .error(file, "there is no \(unknown.what) \"\(unknown.id)\" in \(unknown.list) for this file (the file name must be an id)"))
            return read
        }
        read.source = MarkdownSource.load(file, from: files, diagnostics: &read.diagnostics)
        if role != .article, let entry = read.source?.fields.entry("title"), entry.value != .null, entry.value.string == nil {
            // The home page's heading; not passed over when it is not text.
            read.diagnostics.append(
                .error(file, line: entry.line, column: entry.column, "title must be text, not \(Article.kind(of: entry.value))"))
        }
        if role == .article, let source = read.source {
            let translation = translation(file)
            let original = translation?.original ?? file
            let path = String(original.dropFirst("Content/pages/".count).dropLast(".md".count))
            read.article = Article(
                source, path: path, language: translation?.language, regions: catalogue.tree, regionsRead: catalogue.regionsRead,
                diagnostics: &read.diagnostics)
        }
        return read
    }

    private mutating func take(_ file: File) {
        if let (original, language) = Self.translation(file.path) {
            translated[language, default: Translated()].take(file, original: original)
            fileDiagnostics[file.path] = file.diagnostics.isEmpty ? nil : file.diagnostics
            return
        }
        switch file.role {
        case .home: home = file.source
        case .pagesIntro: pagesIntro = file.source
        case .article: place(file.article, of: file.path)
        case .regionProse(let id): regionProse[id] = file.source
        case .indicatorProse(let id): indicatorProse[id] = file.source
        }
        fileDiagnostics[file.path] = file.diagnostics.isEmpty ? nil : file.diagnostics
    }

    /// The article list as last put together (see ``articleList()``).
    var listedArticles: [Article] { list.articles }

    /// Where `file` is in the article list, nil when it is not listed.
    func position(of file: String) -> Int? { listIsStale ? nil : listed[file] }

    private mutating func place(_ article: Article?, of file: String) {
        let old = articles[file]
        articles[file] = article
        guard !listIsStale, let old, let article, order(old) == order(article) else {
            listIsStale = true
            return
        }
        if let position = listed[file] { list.articles[position] = article }
    }

    /// What puts an article in its place in the list, or keeps it out.
    private func order(_ article: Article) -> [String] {
        [article.slug, article.draft && !includeDrafts ? "draft" : "", article.date ?? "", article.title]
    }

    /// The articles a build shows — drafts only when asked for, the first file of a slug — newest
    /// first, then by title; and an error for each file whose slug is taken.
    mutating func articleList() -> (articles: [Article], diagnostics: [Diagnostic]) {
        if listIsStale { arrange() }
        return list
    }

    private mutating func arrange() {
        var kept: [(file: String, article: Article)] = []
        var diagnostics: [Diagnostic] = []
        var slugs: [String: String] = [:]
        for file in articles.keys.sorted() {
            guard let article = articles[file], !article.draft || includeDrafts else { continue }
            if let other = slugs[article.slug] {
                diagnostics.append(.error(file, "slug \"\(article.slug)\" is also the slug of \(other)"))
                continue
            }
            slugs[article.slug] = file
            kept.append((file, article))
        }
        // Sorting positions by keys worked out once, rather than articles by their fields.
        let keys = kept.map { ($0.article.date ?? "", $0.article.title, $0.article.slug) }
        let order = keys.indices.sorted { i, j in
            keys[i].0 != keys[j].0 ? keys[i].0 > keys[j].0 : (keys[i].1, keys[i].2) < (keys[j].1, keys[j].2)
        }
        list = (order.map { kept[$0].article }, diagnostics)
        listed = Dictionary(uniqueKeysWithValues: order.enumerated().map { (kept[$0.element].file, $0.offset) })
        listIsStale = false
        arrangements += 1
    }
}
