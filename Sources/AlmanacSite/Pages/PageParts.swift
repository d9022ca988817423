import AlmanacMarkup

/// Values several page models share. Their property names are what templates read (see
/// docs/templates.md): `{{name}}` and `{{href}}` of a link, `{{title}}` of an article entry.

/// A link to another page of the site.
struct Link: Sendable, Equatable {
    var name: String
    var href: String
}

/// An article as listings show it (home, articles index, region and year pages).
struct ArticleEntry: Sendable, Equatable {
    var title: String
    var href: String
    /// `YYYY-MM-DD`, and as the page's language writes it.
    var date: String?
    var dateText: String?
    /// The `summary:` of its front matter, else its first paragraph; empty for none.
    var summary: String
    var tags: [String]
}

/// One of the pages something long is split over (`1`, `2`…), the page's own marked.
struct PageLink: Sendable {
    var name: String
    var href: String
    var current: Bool

    /// The links to the pages at `routes`, the `current`th (from 1) being this one.
    static func pager(_ routes: [Route], current: Int, _ links: Links) -> [PageLink] {
        routes.count < 2 ? [] : routes.indices.map { PageLink(name: String($0 + 1), href: links.href(routes[$0]), current: $0 + 1 == current) }
    }
}

/// One link of the site's navigation.
struct NavItem: Sendable {
    var label: String
    var href: String
    /// The page is in this section.
    var current: Bool
}

/// What a page kind is called in its template's name, its body class and the navigation.
enum PageKind: String, Sendable, CaseIterable {
    case home, regions, region, indicators, indicator, years, year
    case articles = "pages", article = "page", data
    case notFound = "404"

    /// The kind of page at `route`; nil for a route that is not a page.
    init?(_ route: Route) {
        switch route.kind {
        case .home: self = .home
        case .regions: self = .regions
        case .region, .regionSection: self = .region
        case .indicators: self = .indicators
        case .indicator, .indicatorTable: self = .indicator
        case .years: self = .years
        case .year, .yearSection: self = .year
        case .articles: self = .articles
        case .article: self = .article
        case .data: self = .data
        case .notFound: self = .notFound
        case .observations, .indicatorData, .asset, .sitemap, .feed: return nil
        }
    }

    /// The section of the navigation the kind belongs to.
    var section: Words.Key? {
        switch self {
        case .home: .home
        case .regions, .region: .regions
        case .indicators, .indicator: .indicators
        case .years, .year: .years
        case .articles, .article: .pages
        case .data: .data
        case .notFound: nil
        }
    }
}

/// A page's model: the values its template shows, made by its builder from the content.
protocol PageModel: Sendable {
    static var kind: PageKind { get }
    /// The page's heading and `<title>`.
    var title: String { get }
    /// The built-in theme's markup of the page's content (inside `<main>`).
    func write(into out: inout MarkupBytes, _ theme: ThemeParts)
}
