/// Where every page and file of a site goes: the one place that spells the output layout. A page
/// is asked for by its route (`.region("linan")`), never by a path written out, so changing a URL
/// pattern is one edit here; ``Links`` turns routes into relative links.
struct Route: Hashable, Sendable, Comparable {
    enum Kind: Hashable, Sendable {
        case home
        case regions
        case region(String)
        /// A page of one category of a region's indicators (see ``IndicatorSections``), from 1.
        case regionSection(String, section: String, page: Int)
        case indicators
        case indicator(String)
        /// Page 2, 3… of an indicator's regions × years table.
        case indicatorTable(String, page: Int)
        case years
        case year(Int)
        /// A page of one category of a year's report.
        case yearSection(Int, section: String, page: Int)
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
            case .regionSection(let id, let section, let page): "regions/\(id)/\(section)/" + Self.page(page)
            case .indicators: "indicators/"
            case .indicator(let id): "indicators/\(id)/"
            case .indicatorTable(let id, let page): "indicators/\(id)/" + Self.page(page)
            case .years: "years/"
            case .year(let year): "years/\(year)/"
            case .yearSection(let year, let section, let page): "years/\(year)/\(section)/" + Self.page(page)
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

    /// The folder of page `page` of something paged: none for the first.
    private static func page(_ page: Int) -> String { page > 1 ? "\(page)/" : "" }

    /// A name (a category) as a folder of a route: its text, with what a path cannot hold
    /// (`/`, `\\`, control characters, leading dots) replaced, so `经济` stays `经济`.
    static func segment(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let bad = scalar == "/" || scalar == "\\" || scalar == "?" || scalar == "#" || scalar == "%" || scalar.value < 0x20
                || scalar.value == 0x7F
            scalars.append(bad ? "-" : scalar)
        }
        var text = String(scalars)
        while text.hasPrefix(".") { text.removeFirst() }
        text = String(text.prefix(80))
        return text.isEmpty ? "-" : text
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
