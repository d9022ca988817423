import AlmanacData

/// The Markdown files of a site — home prose, articles, the articles index's prose, region and
/// indicator prose — kept file by file with each file's own diagnostics, so that a preview can
/// re-read only the files that changed and put the article list together again.
struct MarkdownContent: Sendable {
    /// What a Markdown file is to the site, by its place under `Content/`.
    enum Role: Sendable, Hashable {
        case home, pagesIntro, article
        case regionProse(String)
        case indicatorProse(String)

        init?(_ file: String) {
            guard file.hasSuffix(".md") else { return nil }
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
    }

    /// The ids prose files and front matter are checked against.
    struct Catalogue: Sendable {
        var tree: RegionTree
        var regionIDs: Set<String>
        var indicatorIDs: Set<String>
    }

    let catalogue: Catalogue
    private(set) var home: MarkdownSource?
    private(set) var pagesIntro: MarkdownSource?
    /// Every article, drafts included, by file.
    private(set) var articles: [String: Article] = [:]
    private(set) var regionProse: [String: MarkdownSource] = [:]
    private(set) var indicatorProse: [String: MarkdownSource] = [:]
    /// The diagnostics of each file, by file.
    private var fileDiagnostics: [String: [Diagnostic]] = [:]

    static let folders = ["Content/pages", "Content/regions", "Content/indicators"]

    /// Reads every Markdown file of the site.
    static func load(_ files: SiteFiles, catalogue: Catalogue) -> MarkdownContent {
        var markdown = MarkdownContent(catalogue: catalogue)
        for file in ["Content/index.md"] + folders.flatMap({ files.files(under: $0, suffix: ".md") }) {
            markdown.reload(file, from: files)
        }
        return markdown
    }

    private init(catalogue: Catalogue) { self.catalogue = catalogue }

    var diagnostics: [Diagnostic] { fileDiagnostics.values.flatMap { $0 } }

    /// The files loaded from under `folder`.
    func files(under folder: String) -> [String] {
        let known = Array(articles.keys) + regionProse.keys.map { "Content/regions/\($0).md" }
            + indicatorProse.keys.map { "Content/indicators/\($0).md" } + Array(fileDiagnostics.keys)
        return known.filter { $0.hasPrefix(folder + "/") }
    }

    /// Reads `file` again, or forgets it when it is gone. Returns its role, nil for a file the
    /// site does not read.
    @discardableResult
    mutating func reload(_ file: String, from files: SiteFiles) -> Role? {
        guard let role = Role(file) else { return nil }
        var diagnostics: [Diagnostic] = []
        func source() -> MarkdownSource? {
            files.isFile(file) ? MarkdownSource.load(file, from: files, diagnostics: &diagnostics) : nil
        }
        func prose(_ id: String, known: Set<String>, what: String) -> MarkdownSource? {
            guard files.isFile(file) else { return nil }
            guard known.contains(id) else {
                diagnostics.append(.error(file, "there is no \(what) \"\(id)\" for this file (the file name must be an id)"))
                return nil
            }
            return source()
        }
        switch role {
        case .home: home = source()
        case .pagesIntro: pagesIntro = source()
        case .article:
            let path = String(file.dropFirst("Content/pages/".count).dropLast(".md".count))
            articles[file] = source().map { Article($0, path: path, regions: catalogue.tree, diagnostics: &diagnostics) }
        case .regionProse(let id):
            regionProse[id] = prose(id, known: catalogue.regionIDs, what: "region")
        case .indicatorProse(let id):
            indicatorProse[id] = prose(id, known: catalogue.indicatorIDs, what: "indicator")
        }
        fileDiagnostics[file] = diagnostics.isEmpty ? nil : diagnostics
        return role
    }

    /// The articles a build shows — drafts only when asked for, the first file of a slug — newest
    /// first, then by title; and an error for each file whose slug is taken.
    func articleList(includeDrafts: Bool) -> (articles: [Article], diagnostics: [Diagnostic]) {
        var list: [Article] = []
        var diagnostics: [Diagnostic] = []
        var slugs: [String: String] = [:]
        for (file, article) in articles.sorted(by: { $0.key < $1.key }) {
            if article.draft, !includeDrafts { continue }
            if let other = slugs[article.slug] {
                diagnostics.append(.error(file, "slug \"\(article.slug)\" is also the slug of \(other)"))
                continue
            }
            slugs[article.slug] = file
            list.append(article)
        }
        list.sort { a, b in
            if (a.date ?? "") != (b.date ?? "") { return (a.date ?? "") > (b.date ?? "") }
            return (a.title, a.slug) < (b.title, b.slug)
        }
        return (list, diagnostics)
    }
}
