import AlmanacData
import Foundation

/// A site kept loaded and rendered in memory, for `almanac serve` (and, for one full build, for
/// `build` and `check`). Told which files changed, it reads only those again and renders only the
/// pages they affect when it can tell: an edited article re-renders its page and — only when what
/// listings show of it changed — the listings that show it; prose re-renders its one page; static
/// files and theme assets render nothing; data, `site.yml` and templates re-render everything.
/// While the content has errors, the last site built without any stays in ``lastGood``.
public struct BuildSession: Sendable {
    /// What has been loaded but not rendered yet.
    private struct Pending {
        var everything = true
        var markdown: Set<String> = []
        var assets = false
    }

    /// What the current pages were rendered from, and the pages.
    private struct Rendered {
        /// Every edition's environment, the main language's first.
        var envs: [RenderEnvironment]
        var summaries: [Route: String]
        /// Kept in their chunks: the downloads of a county-level site are 350 MB of per-indicator
        /// parts, and joining them here took half a second on one core at the end of the build.
        private(set) var outputs: [String: OutputFile]
        /// Only pages that have diagnostics.
        var pageDiagnostics: [String: [Diagnostic]]
        /// What each page read, by route: a change re-renders the pages that read what changed.
        var reads: [Route: Set<PageRead>]
        /// The article list's arrangement the pages were rendered from (see ``MarkdownContent``).
        var arrangements: Int
        /// The output paths sorted, and how many are pages: worked out again only when a path
        /// comes or goes, not after every edit (a national site has 52,000).
        private(set) var listing: (paths: [String], pages: Int)? = nil

        mutating func store(_ page: SiteRenderer.Rendered, in store: PageStore? = nil) {
            put(store?.keep(page.file) ?? page.file)
            pageDiagnostics[page.file.path] = page.diagnostics.isEmpty ? nil : page.diagnostics
            reads[page.route] = page.reads
        }

        mutating func put(_ file: OutputFile) {
            if outputs.updateValue(file, forKey: file.path) == nil { listing = nil }
        }

        mutating func removeOutput(_ path: String) {
            if outputs.removeValue(forKey: path) != nil { listing = nil }
        }

        mutating func remove(_ route: Route) {
            removeOutput(route.file)
            pageDiagnostics[route.file] = nil
            reads[route] = nil
        }

        mutating func makeListing() {
            guard listing == nil else { return }
            let paths = outputs.keys.sorted()
            listing = (paths, paths.count { $0.hasSuffix(".html") })
        }
    }

    public let options: SiteBuilder.Options
    let files: SiteFiles
    private var data: ContentLoader.DataPart?
    private var markdown: MarkdownContent?
    private var staticFiles: (files: [String], diagnostics: [Diagnostic]) = ([], [])
    /// Names under `Content/` and `Templates/` that are not UTF-8 (see ``ContentLoader/checkNames(_:)``).
    private var badNames: [Diagnostic] = []
    private var theme: (theme: Theme, diagnostics: [Diagnostic])?
    private var pending = Pending()
    private var rendered: Rendered?
    /// The last site built without errors.
    public private(set) var lastGood: SiteSnapshot?
    /// During ``build(writingTo:progress:)``: where files go instead of into memory, and what
    /// writing them threw.
    private var writer: SiteRenderer.Writer?
    private var writeError: (any Error)?
    /// During such a build, the output it replaces, whose pages it may keep.
    private var earlier: (any EarlierOutput)?
    /// Where the rendered files are kept between updates (memory, and disk past a budget).
    let store: PageStore

    /// Throws when `options.site` has no `Content/` folder.
    public init(_ options: SiteBuilder.Options) throws(UsageError) {
        self.options = options
        store = PageStore(budget: options.limits.pagesInMemory)
        files = SiteFiles(root: options.site)
        guard files.isDirectory("Content") else {
            throw UsageError("no Content/ folder in \(files.root.path): pass the site folder with --site")
        }
    }

    /// Loads and renders the whole site.
    public mutating func build(progress: (@Sendable (Int, Int) -> Void)? = nil) -> Outcome {
        loadEverything()
        return finish(changes: [], progress: progress)
    }

    /// Loads and renders the whole site, handing each file to `write` as soon as it is rendered
    /// instead of keeping it (``lastGood`` stays as it was): how `almanac build` writes a site of
    /// any size without holding it in memory. Throws what `write` throws.
    /// With `earlier`, the pages record what they were rendered from, and those made from the
    /// same as the last output's are taken from it (``PageInputs``).
    mutating func build(
        writingTo write: @escaping SiteRenderer.Writer, earlier: (any EarlierOutput)? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Outcome {
        writer = write
        self.earlier = earlier
        defer {
            writer = nil
            writeError = nil
            self.earlier = nil
        }
        let outcome = build(progress: progress)
        if let writeError { throw writeError }
        return outcome
    }

    /// The files of `Content/static/` to copy into the output: where from, and their output paths.
    var staticCopies: [(source: URL, path: String)] {
        staticFiles.files.sorted().map { (files.url("Content/static/" + $0), $0) }
    }

    /// Takes in the changed paths (relative to the site folder; files or folders, changed, added
    /// or deleted) and renders what they affect.
    public mutating func update(_ paths: some Sequence<String>) -> Outcome {
        var changes: [String] = []
        var changedMarkdown: Set<String> = []
        var everything = data == nil, staticFiles = false, assets = false
        // A watcher shows a byte that is not UTF-8 as U+FFFD; the names are checked again when
        // one comes or goes, or a folder does (it may hold one).
        var names = false
        for path in Set(paths) {
            if path.unicodeScalars.contains("\u{FFFD}") { names = true }
            switch SiteChange(path, dataInputs: data?.loaderInputs ?? []) {
            case nil: continue
            case .everything: everything = true
            case .markdown(let file): changedMarkdown.insert(file)
            case .markdownFolder(let folder):
                names = true
                let inside = markdownFiles(under: folder)
                if inside.isEmpty { continue }  // an editor's temporary file, or an empty folder
                changedMarkdown.formUnion(inside)
            case .staticFile:
                staticFiles = true
                names = true
            case .asset: assets = true
            }
            changes.append(path)
        }
        if everything {
            loadEverything()
        } else {
            if names { badNames = ContentLoader.checkNames(files) }
            let files = files  // a copy: `markdown`, beside it in self, changes meanwhile
            for file in changedMarkdown { markdown?.reload(file, from: files) }
            pending.markdown.formUnion(changedMarkdown)
            if staticFiles { self.staticFiles = ContentLoader.loadStatic(files) }
            if assets {
                theme = Theme.load(files)
                pending.assets = true
            }
        }
        return finish(changes: changes.sorted(), progress: nil)
    }

    /// Markdown files under `folder` now, and those the session knows were there.
    private func markdownFiles(under folder: String) -> Set<String> {
        var result = Set(files.files(under: folder, suffix: ".md"))
        result.formUnion(markdown?.files(under: folder) ?? [])
        return result
    }

    private mutating func loadEverything() {
        pending = Pending()
        guard files.isDirectory("Content") else {
            data = nil
            return
        }
        badNames = ContentLoader.checkNames(files)
        let data = ContentLoader.loadData(files)
        self.data = data
        markdown = MarkdownContent.load(files, catalogue: data.catalogue, includeDrafts: options.drafts)
        staticFiles = ContentLoader.loadStatic(files)
        theme = Theme.load(files)
    }

    /// Renders what is pending, and publishes the site when nothing has errors. Content that
    /// loaded with errors is rendered too, so that one run reports the errors of every stage
    /// (the Markdown, blocks and shortcodes of the pages as well as the data), but a build
    /// writes none of it.
    private mutating func finish(changes: [String], progress: (@Sendable (Int, Int) -> Void)?) -> Outcome {
        let full = pending.everything
        var outcome = Outcome(
            changes: changes, full: full, rendered: [], removed: [], paths: [], diagnostics: [], pages: 0, files: 0,
            rows: data?.rows ?? 0)
        guard let data, markdown != nil, let theme else {
            outcome.diagnostics = [.error("Content", "the Content/ folder is gone")]
            return outcome
        }
        let (content, listDiagnostics) = ContentLoader.content(data, &markdown!, staticFiles: staticFiles.files)
        var diagnostics = badNames + data.diagnostics + markdown!.diagnostics + staticFiles.diagnostics + theme.diagnostics + listDiagnostics
        let writer = self.writer, earlier = self.earlier
        if writer != nil, diagnostics.contains(where: { $0.severity == .error }) {
            self.writer = { $0.written }
            self.earlier = nil
        }
        defer {
            self.writer = writer
            self.earlier = earlier
        }
        let baseURL = options.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? content.config.baseURL
        let envs = Edition.all(content.config.languages).map { edition in
            RenderEnvironment(
                content: content, files: files, theme: theme.theme, edition: edition, portable: options.portable, baseURL: baseURL,
                limits: options.limits)
        }
        if full || rendered == nil || rendered?.envs.count != envs.count {
            renderEverything(envs, progress: progress, into: &outcome)
        } else {
            renderPending(envs, into: &outcome)
        }
        pending = Pending(everything: false)
        rendered?.makeListing()
        guard let rendered else { return outcome }

        diagnostics += SiteBuilder.staticClashes(generated: rendered.outputs.keys, statics: staticFiles.files)
        diagnostics += rendered.pageDiagnostics.values.joined()
        outcome.diagnostics = data.withoutConsequences(diagnostics).sorted()
        outcome.paths = rendered.listing?.paths ?? []
        outcome.pages = rendered.listing?.pages ?? 0
        outcome.files = rendered.outputs.count + staticFiles.files.count
        if outcome.succeeded, self.writer == nil {
            lastGood = SiteSnapshot(generated: rendered.outputs, staticFiles: Set(staticFiles.files), files: files)
        }
        return outcome
    }

    private mutating func renderEverything(
        _ envs: [RenderEnvironment], progress: (@Sendable (Int, Int) -> Void)?, into outcome: inout Outcome
    ) {
        let site: SiteRenderer.Site
        let store = store
        if writer == nil { store.startOver() }
        do {
            site = try SiteRenderer.render(envs, progress: progress, write: writer ?? { store.keep($0) }, reuse: try reuse(envs))
        } catch {
            writeError = error
            return
        }
        var state = Rendered(
            envs: envs, summaries: site.summaries, outputs: [:], pageDiagnostics: [:], reads: [:],
            arrangements: markdown?.arrangements ?? 0)
        for page in site.pages { state.store(page) }
        for file in site.otherFiles { state.put(file) }
        outcome.rendered = site.pages.map(\.file.path)
        outcome.kept = site.pages.count(where: \.kept)
        outcome.removed = (rendered?.outputs.keys).map { Set($0).subtracting(state.outputs.keys).sorted() } ?? []
        outcome.full = true
        rendered = state
    }

    /// What a build writing into ``earlier`` needs to take pages from it: keys for this build's pages.
    private func reuse(_ envs: [RenderEnvironment]) throws -> SiteRenderer.PageReuse? {
        guard let earlier, let data else { return nil }
        let keys = PageKeys.make(envs[0].content, files: files, options: options, dataFiles: data.figureFiles)
        return SiteRenderer.PageReuse(keys: keys, earlier: try earlier.inputs(), folder: earlier)
    }

    /// Renders the articles whose files changed (or whose slug is new), in every edition, then
    /// the other pages that read what changed: the Markdown files, and what listings show of the
    /// articles — the listings of the edition where that changed, so that saving a translation
    /// renders no page of the main language, and saving an original none of a translation's.
    private mutating func renderPending(_ envs: [RenderEnvironment], into outcome: inout Outcome) {
        guard var state = rendered, let markdown else { return }
        rendered = nil  // so that the pages are changed in place, not copied
        let sameOrder = markdown.arrangements == state.arrangements
        let markdownReads = Set(pending.markdown.map(PageRead.markdown))
        // What changed for each edition's pages, by the edition's folder.
        var changed: [String: Set<PageRead>] = [:]
        var articlePages: [SiteRenderer.Rendered] = []
        var listingsChanged = !sameOrder
        // Whether a page came or went: the sitemap lists the pages, not what they say.
        var pagesCameOrWent = false
        for (before, env) in zip(state.envs, envs) {
            let folder = env.edition.folder
            // The main list keeps its places when its order did not change; other editions' lists
            // are compared by slug.
            let touched = sameOrder && env.edition.isMain
                ? articlesEdited(in: markdown, before: before.articles) : articlesChanged(before: before.articles, after: env.articles)
            let pages = SiteRenderer.renderArticles(touched.compactMap(\.new).map { (article: $0, env: env) })
            for page in pages {
                if state.reads[page.route] == nil { pagesCameOrWent = true }
                state.store(page, in: store)
            }
            let listedBefore = touched.map { ListingEntry($0.old, state.summaries, folder) }
            for case (let old?, nil) in touched {
                let route = Route(.article(old.slug), edition: folder)
                state.summaries[route] = nil
                outcome.removed.append(route.file)
                state.remove(route)
                pagesCameOrWent = true
            }
            state.summaries.merge(SiteRenderer.summaries(of: pages)) { _, new in new }
            var reads = markdownReads
            if listedBefore != touched.map({ ListingEntry($0.new, state.summaries, folder) }) || (!sameOrder && env.edition.isMain) {
                listingsChanged = true
                reads.insert(.articleList)
                for article in touched.flatMap({ [$0.old, $0.new] }).compactMap({ $0 }) {
                    if let region = article.region { reads.insert(.regionArticles(region)) }
                    if let year = article.year { reads.insert(.yearArticles(year)) }
                }
            }
            changed[folder] = reads
            articlePages += pages
        }
        let rerendered = Set(articlePages.map(\.route))
        let affected = Set(
            state.reads.filter { route, reads in
                !rerendered.contains(route) && !reads.isDisjoint(with: changed[route.edition] ?? markdownReads)
            }.keys)
        let jobs = envs.flatMap { SiteRenderer.pageJobs($0, only: affected) }
        let pages = SiteRenderer.renderPages(jobs, summaries: state.summaries)
        for page in pages { state.store(page, in: store) }

        if pending.assets {
            for path in state.envs[0].theme.assets.keys { state.removeOutput(path) }
            for file in SiteRenderer.assets(envs[0]) { state.put(file) }
        }
        if listingsChanged {
            for file in SiteRenderer.syndication(envs, routes: state.reads.keys, sitemap: pagesCameOrWent) { state.put(file) }
        }
        state.envs = envs
        state.arrangements = markdown.arrangements
        outcome.rendered = articlePages.map(\.file.path) + pages.map(\.file.path)
        rendered = state
    }

    /// The listed articles whose files changed while the list kept its order: each is where it
    /// was, so finding them takes no search of the whole list.
    private func articlesEdited(in markdown: MarkdownContent, before: [Article]) -> [(old: Article?, new: Article?)] {
        let positions = pending.markdown.compactMap { markdown.position(of: $0) }.sorted()
        let list = markdown.listedArticles
        return positions.map { (before[$0], list[$0]) }
    }

    /// The articles (as they were and as they are) whose files changed, that are new to the list
    /// or that left it, or translations that show what changed in their original, found by slug.
    private func articlesChanged(before: [Article], after: [Article]) -> [(old: Article?, new: Article?)] {
        let old = Dictionary(before.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Set(after.map(\.slug))
        let changed = after.filter { article in
            guard !pending.markdown.contains(article.source.file), let previous = old[article.slug],
                previous.source.file == article.source.file
            else { return true }
            // A translation takes what its front matter leaves out from its original (see
            // ``Article/filling(from:)``): it changed when that did.
            guard let original = MarkdownContent.translation(article.source.file)?.original, pending.markdown.contains(original)
            else { return false }
            return previous.title != article.title || previous.date != article.date || previous.tags != article.tags
                || previous.region != article.region || previous.year != article.year
        }
        return changed.map { (old[$0.slug], $0) } + before.filter { !new.contains($0.slug) }.map { ($0, nil) }
    }
}

/// What the listings (home, articles index, region and year pages, feed) show of an article.
private struct ListingEntry: Equatable {
    var title, slug, summary: String
    var date: String?
    var tags: [String]
    var region: String?
    var year: Int?

    init?(_ article: Article?, _ summaries: [Route: String], _ edition: String) {
        guard let article else { return nil }
        title = article.title
        slug = article.slug
        summary = article.summary ?? summaries[Route(.article(article.slug), edition: edition)] ?? ""
        date = article.date
        tags = article.tags
        region = article.region
        year = article.year
    }
}
