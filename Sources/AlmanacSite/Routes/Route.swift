/// Where every page and file of a site goes: the one place that spells the output layout. A page
/// is asked for by its route (`.region("linan")`), never by a path written out, so changing a URL
/// pattern is one edit here; ``Links`` turns routes into relative links.
struct Route: Hashable, Sendable, Comparable {
    enum Kind: Hashable, Sendable {
        case home
        case regions
        case region(String)
        case indicators
        case indicator(String)
        case years
        case year(Int)
        /// The articles index.
        case articles
        /// An article, by its slug (`2024/linan`).
        case article(String)
        /// The downloads page.
        case data
        /// Every figure.
        case observations(Download)
        /// One indicator's figures.
        case indicatorData(String, Download)
        case notFound
        /// A theme file that is not a template, by its path under the theme (`assets/style.css`).
        case asset(String)
        case sitemap
        case feed
    }

    enum Download: String, Hashable, Sendable {
        case csv, json
        case gzip = "csv.gz"
    }

    var kind: Kind
    /// The folder of the language edition the route belongs to: "" for the site's main language,
    /// `en/` for an English edition beside a Chinese one.
    var edition: String

    init(_ kind: Kind, edition: String = "") {
        self.kind = kind
        self.edition = edition
    }

    static let home = Route(.home), regions = Route(.regions), indicators = Route(.indicators), years = Route(.years)
    static let articles = Route(.articles), data = Route(.data), notFound = Route(.notFound)
    static let sitemap = Route(.sitemap), feed = Route(.feed), stylesheet = Route(.asset("assets/style.css"))
    static func region(_ id: String) -> Route { Route(.region(id)) }
    static func indicator(_ id: String) -> Route { Route(.indicator(id)) }
    static func year(_ year: Int) -> Route { Route(.year(year)) }
    static func article(_ slug: String) -> Route { Route(.article(slug)) }
    static func observations(_ format: Download) -> Route { Route(.observations(format)) }
    static func indicatorData(_ id: String, _ format: Download = .csv) -> Route { Route(.indicatorData(id, format)) }

    /// What a link to the route names, relative to the top of the output: a page's folder
    /// (`regions/linan/`, `""` for the home page) or a file (`data/observations.csv`).
    var address: String {
        edition + {
            switch kind {
            case .home: ""
            case .regions: "regions/"
            case .region(let id): "regions/\(id)/"
            case .indicators: "indicators/"
            case .indicator(let id): "indicators/\(id)/"
            case .years: "years/"
            case .year(let year): "years/\(year)/"
            case .articles: "pages/"
            case .article(let slug): "pages/\(slug)/"
            case .data: "data/"
            case .observations(let format): "data/observations.\(format.rawValue)"
            case .indicatorData(let id, let format): "data/indicators/\(id).\(format.rawValue)"
            case .notFound: "404.html"
            case .asset(let path): path
            case .sitemap: "sitemap.xml"
            case .feed: "feed.xml"
            }
        }()
    }

    /// The file the route is written to, relative to the output folder.
    var file: String {
        let address = address
        return address.isEmpty || address.hasSuffix("/") ? address + "index.html" : address
    }

    /// An HTML page (rather than a download, an asset or a feed).
    var isPage: Bool {
        switch kind {
        case .observations, .indicatorData, .asset, .sitemap, .feed: false
        default: true
        }
    }

    static func < (a: Route, b: Route) -> Bool { a.file < b.file }
}
