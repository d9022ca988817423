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
}
