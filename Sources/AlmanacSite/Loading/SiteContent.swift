import AlmanacData

/// Everything a site's `Content/` holds, loaded and checked, ready to be rendered.
struct SiteContent: Sendable {
    var config: SiteConfig
    var dataset: Dataset
    /// `Content/index.md`.
    var home: MarkdownSource?
    /// `Content/pages/index.md`: prose for the articles index.
    var pagesIntro: MarkdownSource?
    /// Newest first, then by title; drafts only when asked for.
    var articles: [Article]
    var regionProse: [String: MarkdownSource]
    var indicatorProse: [String: MarkdownSource]
    /// Paths under `Content/static/`, relative to it.
    var staticFiles: [String]
    /// Observation files under `Content/data/` (site-relative paths); a `table` block may not show these.
    var observationFiles: Set<String>
    /// The maps of `maps:` in site.yml, read and prepared.
    var maps: SiteMaps
    /// Data files that could not be read at all, and catalogue files with errors (a bad
    /// aggregate leaves out every roll-up of its indicator): a missing figure is then no error
    /// of the page that shows it (the file is the error).
    var unreadData: Set<String> = []
    /// Regions and indicators by id, name and alias, for blocks and shortcodes that name them.
    var names = SiteNames(regionIDs: [], indicatorIDs: [])
    /// The Markdown of the other languages, and each one's articles in the site's order.
    var translated: [Language: MarkdownContent.Translated] = [:]
    var translatedArticles: [Language: [Article]] = [:]

    /// The articles of the `language` edition (see ``MarkdownContent/articles(in:listed:)``).
    func articles(in language: Language) -> [Article] {
        language == config.language ? articles : translatedArticles[language] ?? articles
    }
}
