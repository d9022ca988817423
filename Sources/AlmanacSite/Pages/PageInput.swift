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
    /// Each article's first paragraph by slug, for listings of articles without a `summary:`.
    let summaries: [String: String]
    let work = PageWork()
    /// The theme's parts as this page draws them (tables and charts go through it).
    let parts: ThemeParts

    init(_ env: RenderEnvironment, route: Route, summaries: [String: String] = [:]) {
        self.env = env
        self.route = route
        self.summaries = summaries
        // The 404 page's absolute links (with a base URL) are for a server, which finds `dir/index.html`.
        links = route.kind == .notFound
            ? Links(base: env.baseURL ?? "", portable: env.baseURL == nil && env.portable) : Links(from: route, portable: env.portable)
        parts = ThemeParts(theme: env.theme, frame: PageFrame(links: links, route: route, env: env), work: work)
    }

    var dataset: Dataset { env.dataset }
    var words: Words { env.words }

    /// Every listed article, in the site's order.
    func articles() -> [Article] {
        work.read(.articleList)
        return env.content.articles
    }

    /// The articles about `region` (front matter `region:`), in the site's order.
    func articles(inRegion region: String) -> [Article] {
        work.read(.regionArticles(region))
        return env.articlesByRegion[region] ?? []
    }

    /// The articles about `year` (front matter `year:`), in the site's order.
    func articles(inYear year: Int) -> [Article] {
        work.read(.yearArticles(year))
        return env.content.articles.filter { $0.year == year }
    }

    /// The prose of `role` (the home page's, a region's…), if the site has it; recorded as read
    /// either way, so that the page is rendered again when the file appears.
    func source(_ role: MarkdownContent.Role) -> MarkdownSource? {
        if let file = role.file { work.read(.markdown(file)) }
        let content = env.content
        switch role {
        case .home: return content.home
        case .pagesIntro: return content.pagesIntro
        case .regionProse(let id): return content.regionProse[id]
        case .indicatorProse(let id): return content.indicatorProse[id]
        case .article: return nil
        }
    }

    /// A Markdown file rendered on this page: blocks and shortcodes from the model (a block that
    /// names no region means `region`), links made relative to the page, raw HTML only with
    /// `unsafe_html: true`. Its problems become the page's diagnostics.
    func prose(_ source: MarkdownSource, region: String? = nil) -> RenderedMarkdown {
        work.read(.markdown(source.file))
        let hooks = MarkdownHooks(
            block: { block throws(MarkdownIssue) in try self.renderBlock(block, region: region) },
            shortcode: { shortcode throws(MarkdownIssue) in try self.renderShortcode(shortcode) },
            url: { self.links.rewrite($0) })
        let options = MarkdownOptions(unsafeHTML: env.content.config.unsafeHTML, firstLine: source.bodyFirstLine)
        let rendered = Markdown.render(source.body, options: options, hooks: hooks)
        work.diagnostics += rendered.issues.map { Diagnostic($0, file: source.file) }
        return rendered
    }

    /// An article as listings show it; without a `summary:` its first paragraph stands in.
    func entry(_ article: Article) -> ArticleEntry {
        ArticleEntry(
            title: article.title, href: links.href(.article(article.slug)), date: article.date,
            summary: article.summary ?? summaries[article.slug] ?? "", tags: article.tags)
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
