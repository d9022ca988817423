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

    /// The edition rendered, and the catalogue's names in its language.
    let edition: Edition
    let names: EditionNames
    /// The edition's articles, in the site's order: translated where they have a translation.
    let articles: [Article]
    /// Every edition of the site, the main one first.
    let editions: [Edition]
    /// The slugs of each edition's articles, by the edition's folder (a translation-only article
    /// has no counterpart to link to).
    let articleSlugs: [String: Set<String>]

    init(
        content: SiteContent, files: SiteFiles, theme: Theme, edition: Edition? = nil, portable: Bool, baseURL: String?,
        limits: Limits = .standard
    ) {
        self.content = content
        self.files = files
        self.theme = theme
        let edition = edition ?? Edition(language: content.config.language, folder: "")
        self.edition = edition
        editions = Edition.all(content.config.languages)
        words = Words(edition.language)
        self.portable = portable
        self.baseURL = baseURL
        self.limits = limits
        names = EditionNames(content.dataset, language: edition.language, main: edition.isMain)
        let names = names
        levels = Levels(content.dataset.tree, words: words) { names.region($0)?.level }
        articles = content.articles(in: edition.language)
        articleSlugs = editions.count < 2 ? [:] : Dictionary(
            uniqueKeysWithValues: editions.map { ($0.folder, Set(content.articles(in: $0.language).map(\.slug))) })
        articlesByRegion = Dictionary(grouping: articles.filter { $0.region != nil }, by: { $0.region! })
    }

    var dataset: Dataset { content.dataset }

    /// The edition's indicators, named in its language, in catalogue order.
    var indicators: [Indicator] { names.indicators }

    func indicator(_ id: String) -> Indicator? { names.indicator(id) }

    /// The indicators with at least one figure for `region`, in catalogue order, named in the edition's language.
    func indicators(for region: String) -> [Indicator] { dataset.indicators(for: region).compactMap { names.indicator($0.id) } }

    /// Whether the page at `route` is in `edition` too: every page is, but an article written
    /// only in one language.
    func exists(_ route: Route, in edition: Edition) -> Bool {
        guard case .article(let slug) = route.kind, edition != self.edition else { return true }
        return articleSlugs[edition.folder]?.contains(slug) ?? false
    }

    /// A region named in the edition's language.
    func region(_ id: String) -> Region? { names.region(id) }

    /// How `indicators` are split over pages of at most `limit` (nil when they fit on one), the
    /// site's featured indicators first among the key ones.
    func sections(of indicators: [Indicator], limit: Int) -> IndicatorSections? {
        let dataset = dataset
        return IndicatorSections.split(indicators, featured: content.config.featured.map(\.indicator), limit: limit) {
            dataset.indicator($0.id)?.category ?? $0.category
        }
    }
    var language: Language { edition.language }
}
