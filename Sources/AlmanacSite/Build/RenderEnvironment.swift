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
    let limits: Limits
    let levels: Levels
    /// Each region's articles, in the site's order: looked for by every region page, a scan of
    /// all articles per region would grow with regions times articles.
    let articlesByRegion: [String: [Article]]

    init(
        content: SiteContent, files: SiteFiles, theme: Theme, words: Words, portable: Bool, baseURL: String?,
        limits: Limits = .standard
    ) {
        self.content = content
        self.files = files
        self.theme = theme
        self.words = words
        self.portable = portable
        self.baseURL = baseURL
        self.limits = limits
        levels = Levels(content.dataset.tree, words: words)
        articlesByRegion = Dictionary(grouping: content.articles.filter { $0.region != nil }, by: { $0.region! })
    }

    var dataset: Dataset { content.dataset }

    /// How `indicators` are split over pages (nil when they fit on one), the site's featured
    /// indicators first among the key ones.
    func sections(of indicators: [Indicator]) -> IndicatorSections? {
        IndicatorSections.split(indicators, featured: content.config.featured.map(\.indicator), limit: limits.pageIndicators)
    }
    var language: Language { content.config.language }
}
