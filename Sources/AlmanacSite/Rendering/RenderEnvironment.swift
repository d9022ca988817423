import AlmanacData

/// What every page is rendered from: the loaded content, the theme, the words of the site's
/// language and the link style. Shared, read-only.
struct RenderEnvironment: Sendable {
    let content: SiteContent
    let files: SiteFiles
    let theme: Theme
    let words: Words
    let portable: Bool
    let baseURL: String?
    let chrome = ChromeCache()
    let levels: Levels
    /// Each region's articles, in the site's order: looked for by every region page, a scan of
    /// all articles per region would grow with regions times articles.
    let articlesByRegion: [String: [Article]]

    init(content: SiteContent, files: SiteFiles, theme: Theme, words: Words, portable: Bool, baseURL: String?) {
        self.content = content
        self.files = files
        self.theme = theme
        self.words = words
        self.portable = portable
        self.baseURL = baseURL
        levels = Levels(content.dataset.tree, words: words)
        articlesByRegion = Dictionary(grouping: content.articles.filter { $0.region != nil }, by: { $0.region! })
    }

    var dataset: Dataset { content.dataset }
    var language: Language { content.config.language }
}

/// The state of rendering one page: its links, a counter that gives each chart on it a unique
/// id (deterministically, in document order) and the diagnostics its Markdown produced.
final class PageScope {
    let environment: RenderEnvironment
    /// Output path, e.g. `regions/linan/index.html`.
    let path: String
    let links: Links
    /// The region a `chart`/`table` block means when it names none: the region page's own,
    /// or an article's `region:`.
    var defaultRegion: String?
    private var charts = 0
    var diagnostics: [Diagnostic] = []
    /// Rows of one indicator, and their descriptions, already worked out on this page (see
    /// ``SeriesRows/key``): a region page draws each indicator's sparkline in its table and then
    /// its chart from the same rows.
    var rowsMade: [SeriesRows.Key: SeriesRows] = [:]
    var descriptions: [SeriesRows.Key: String] = [:]

    init(_ environment: RenderEnvironment, path: String) {
        self.environment = environment
        self.path = path
        links = Links(page: path, portable: environment.portable)
    }

    func nextChartID() -> String {
        charts += 1
        return "chart-\(charts)"
    }
}
