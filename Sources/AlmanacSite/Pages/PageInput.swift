import AlmanacData
import AlmanacMarkdown

/// One page being built: the environment it is built from, its route and the links from it, and
/// what building it collects (``PageWork``). Page builders read the site's Markdown and article
/// lists only through it, so that every page's record of what it read is complete: the preview
/// re-renders a page exactly when something it read changed (see ``PageRead``).
struct PageInput {
    let env: RenderEnvironment
    let route: Route
    let links: Links
    /// Each article's first paragraph by its page's route, for listings of articles without a `summary:`.
    let summaries: [Route: String]
    let work = PageWork()
    /// The theme's parts as this page draws them (tables and charts go through it).
    let parts: ThemeParts

    init(_ env: RenderEnvironment, route: Route, summaries: [Route: String] = [:]) {
        self.env = env
        self.route = route
        self.summaries = summaries
        // The 404 page's absolute links (with a base URL) are for a server, which finds `dir/index.html`.
        links = route.kind == .notFound
            ? Links(base: env.baseURL ?? "", portable: env.baseURL == nil && env.portable, edition: route.edition)
            : Links(from: route, portable: env.portable)
        parts = ThemeParts(theme: env.theme, frame: PageFrame(links: links, route: route, env: env), work: work)
    }

    var dataset: Dataset { env.dataset }
    var words: Words { env.words }

    /// Every listed article of the edition, in the site's order.
    func articles() -> [Article] {
        work.read(.articleList)
        return env.articles
    }

    /// The articles about `region` (front matter `region:`), in the site's order.
    func articles(inRegion region: String) -> [Article] {
        work.read(.regionArticles(region))
        return env.articlesByRegion[region] ?? []
    }

    /// The articles about `year` (front matter `year:`), in the site's order.
    func articles(inYear year: Int) -> [Article] {
        work.read(.yearArticles(year))
        return env.articles.filter { $0.year == year }
    }

    /// The prose of `role` (the home page's, a region's…) in the page's language — its translation
    /// (`index.en.md`) in another edition, else the main language's — if the site has it. Recorded
    /// as read either way, so that the page is rendered again when a file appears.
    func source(_ role: MarkdownContent.Role) -> MarkdownSource? {
        let content = env.content
        if !env.edition.isMain, let file = role.file, let translated = content.translated[env.edition.language] {
            work.read(.markdown(String(file.dropLast(".md".count)) + ".\(env.edition.language.rawValue).md"))
            let found: MarkdownSource? =
                switch role {
                case .home: translated.home
                case .pagesIntro: translated.pagesIntro
                case .regionProse(let id): translated.regionProse[id]
                case .indicatorProse(let id): translated.indicatorProse[id]
                case .article: nil
                }
            if let found { return found }
        }
        if let file = role.file { work.read(.markdown(file)) }
        switch role {
        case .home: return content.home
        case .pagesIntro: return content.pagesIntro
        case .regionProse(let id): return content.regionProse[id]
        case .indicatorProse(let id): return content.indicatorProse[id]
        case .article: return nil
        }
    }

    /// The language `source` is written in, when it is not the page's (a file shown for want of
    /// a translation): its HTML is marked with it.
    func fallbackLanguage(of source: MarkdownSource) -> Language? {
        guard !env.edition.isMain, MarkdownContent.translation(source.file) == nil else { return nil }
        return env.content.config.language
    }

    /// The prose of `role` as HTML, marked with its language where it is not the page's.
    func proseHTML(_ role: MarkdownContent.Role, region: String? = nil) -> String? {
        guard let source = source(role) else { return nil }
        let html = prose(source, region: region).html
        guard let language = fallbackLanguage(of: source) else { return html }
        return "<div lang=\"\(language.rawValue)\">\n" + html + (html.hasSuffix("\n") ? "" : "\n") + "</div>"
    }

    /// A Markdown file rendered on this page: blocks and shortcodes from the model (a block that
    /// names no region means `region`), links made relative to the page, raw HTML only with
    /// `unsafe_html: true`. Its problems become the page's diagnostics.
    func prose(_ source: MarkdownSource, region: String? = nil) -> RenderedMarkdown {
        work.read(.markdown(source.file))
        let hooks = MarkdownHooks(
            block: { block throws(MarkdownIssue) in try self.renderBlock(block, region: region) },
            shortcode: { shortcode throws(MarkdownIssue) in try self.renderShortcode(shortcode) },
            url: { self.links.rewrite($0, editions: self.env.editions.map(\.folder)) })
        let options = MarkdownOptions(unsafeHTML: env.content.config.unsafeHTML, firstLine: source.bodyFirstLine)
        let rendered = Markdown.render(source.body, options: options, hooks: hooks)
        let incomplete = !env.content.unreadData.isEmpty
        work.diagnostics += rendered.issues.filter { !(incomplete && $0.missingFigure) }.map { Diagnostic($0, file: source.file) }
        return rendered
    }

    /// An article as listings show it; without a `summary:` its first paragraph stands in.
    func entry(_ article: Article) -> ArticleEntry {
        if article.summary == nil { work.showedFirstParagraphs = true }
        return ArticleEntry(
            title: article.title, href: links.href(.article(article.slug)), date: article.date, dateText: article.date.map(words.date),
            summary: article.summary ?? summaries[Route(.article(article.slug), edition: env.edition.folder)] ?? "", tags: article.tags)
    }
}

/// What building one page collects as it goes, on the one thread that builds it: the chart ids
/// given out (numbered in document order, so output is deterministic), the diagnostics of its
/// Markdown, what content it read, and rows of figures already worked out for it (a region page
/// draws each indicator's sparkline in its table and then its chart from the same rows).
final class PageWork {
    private var charts = 0
    var diagnostics: [Diagnostic] = []
    private(set) var reads: Set<PageRead> = []
    var rowsMade: [PageInput.SeriesRows.Key: PageInput.SeriesRows] = [:]
    var descriptions: [PageInput.SeriesRows.Key: String] = [:]
    /// Whether the page shows an article's first paragraph (which may hold figures of any indicator).
    var showedFirstParagraphs = false

    func nextChartID() -> String {
        charts += 1
        return "chart-\(charts)"
    }

    func read(_ part: PageRead) { reads.insert(part) }
}

/// A part of the content a page read, besides the data, `site.yml` and the theme (a change to any
/// of those re-renders every page): the preview re-renders the pages that read what changed.
enum PageRead: Hashable, Sendable {
    /// What listings show of every article (title, date, summary, tags, region, year) and their order.
    case articleList
    /// The same of the articles about one region, or one year.
    case regionArticles(String)
    case yearArticles(Int)
    /// A Markdown file rendered on the page (an article, or prose of the home, a region or an indicator).
    case markdown(String)
}
