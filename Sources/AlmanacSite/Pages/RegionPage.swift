import AlmanacData
import AlmanacMarkup

/// `regions/<id>/index.html`: a region's prose, its indicators × years table, a chart per
/// indicator, its sub-regions compared, and the articles about it.
struct RegionPage: PageModel {
    static let kind = PageKind.region

    /// A link to a category's pages of the region, with how many indicators it has.
    struct SectionLink: Sendable {
        var name: String
        var href: String
        var count: Int
    }

    var title: String
    /// The region's name (the title of a category's page says the category too).
    var name: String
    /// The `level` of regions.csv.
    var level: String?
    /// On a page of one category of the region's indicators: the category.
    var section: String?
    /// The regions above it, from the root down.
    var breadcrumbs: [Link]
    var prose: String?
    /// Its indicators by year, with changes, shares, attainment and trends.
    var table: MarkupBytes?
    /// A chart for each indicator with two figures or more, each one compact drawing (the
    /// built-in theme lays them out in a grid, `.chart-grid`).
    var charts: [MarkupBytes]
    var children: [Link]
    /// The sub-regions compared, a chart per indicator.
    var compared: [MarkupBytes]
    var pages: [ArticleEntry]
    /// When the region has too many indicators for one page: its categories, each with pages of
    /// its own (this page shows the key indicators).
    var sections: [SectionLink]
    /// The pages of this category, when it has several.
    var pager: [PageLink]

    /// The region's page, or with `section` one page of a category of its indicators;
    /// `indicators` are ``indicators(_:_:)`` when the caller has them.
    static func build(
        _ id: String, section: (name: String, page: Int)? = nil, indicators known: PageIndicators? = nil, _ input: PageInput
    ) -> RegionPage {
        let dataset = input.dataset
        let region = input.env.region(id)!
        let words = input.words
        func link(_ id: String) -> Link { Link(name: input.env.region(id)?.name ?? id, href: input.links.href(.region(id))) }
        let given = known ?? Self.indicators(id, input.env)
        let all = given.all, split = given.split
        let part = section.flatMap { section in split?.sections.first { $0.segment == section.name }.map { ($0, section.page) } }
        var page = RegionPage(
            title: region.name, name: region.name, level: region.level, section: nil,
            breadcrumbs: dataset.tree.ancestors(of: id).map(link), prose: nil, table: nil, charts: [], children: [],
            compared: [], pages: [], sections: [], pager: [])
        let indicators: [Indicator]
        if let (shown, number) = part {
            page.section = shown.name
            page.title = words.phrase(.sectionTitle, ["region": region.name, "section": shown.name])
            if shown.pages.count > 1 {
                page.title += words.phrase(.pageOfPages, ["page": String(number), "pages": String(shown.pages.count)])
                page.pager = PageLink.pager(
                    shown.pages.indices.map { Route(.regionSection(id, section: shown.segment, page: $0 + 1)) }, current: number,
                    input.links)
            }
            page.breadcrumbs.append(link(id))
            indicators = shown.pages[min(number, shown.pages.count) - 1]
        } else {
            page.prose = input.proseHTML(.regionProse(id), region: id)
            page.pages = input.articles(inRegion: id).map(input.entry)
            page.sections = (split?.sections ?? []).map { section in
                SectionLink(
                    name: section.name, href: input.links.href(Route(.regionSection(id, section: section.segment, page: 1))),
                    count: section.indicators.count)
            }
            indicators = split?.key ?? all
        }
        if !indicators.isEmpty {
            // No sparklines in the table: each indicator's chart follows it.
            page.table = input.renderTable(input.regionTable(id, indicators: indicators, trends: false))
            // A chart for each indicator with at least two figures (a single one is in the table),
            // each a compact drawing in the theme's grid: a page of two dozen trends reads as a
            // panel of them, and draws one picture of each rather than two.
            page.charts = indicators.compactMap { indicator -> MarkupBytes? in
                let years = dataset.years(indicator.id, id)
                guard let first = years.first, let last = years.last, years.count > 1 else { return nil }
                return input.trendChart(
                    indicator, regions: [id], first: first, last: last, title: input.defaultTitle(indicator), style: .compact)
            }
        }
        let children = dataset.tree.children(of: id)
        if !children.isEmpty {
            page.children = children.map(link)
            let compared = split == nil ? input.env.indicators : indicators
            page.compared = compared.compactMap { childrenCompared($0, children: children, input) }
        }
        return page
    }

    /// The indicators with figures for `id`, and their split: fewer a page for a region whose
    /// page compares its sub-regions on each of them.
    static func indicators(_ id: String, _ env: RenderEnvironment) -> PageIndicators {
        let limits = env.limits
        let limit = env.dataset.tree.children(of: id).isEmpty ? limits.regionIndicators : limits.parentRegionIndicators
        return PageIndicators(env.indicators(for: id), limit: limit, env)
    }

    /// The routes of the pages of `id`'s categories, when its indicators (`shown`) are split.
    static func sectionRoutes(_ id: String, _ shown: PageIndicators) -> [Route] {
        guard let split = shown.split else { return [] }
        return split.sections.flatMap { section in
            section.pages.indices.map { Route(.regionSection(id, section: section.segment, page: $0 + 1)) }
        }
    }

    /// Sub-regions compared on one indicator: grouped columns over the (at most five) latest years
    /// in which two or more of them have figures, when there are several such years and few enough
    /// sub-regions to tell apart; else the latest such year's ranking. Nil when no year has two.
    private static func childrenCompared(_ indicator: Indicator, children: [String], _ input: PageInput) -> MarkupBytes? {
        let dataset = input.dataset
        let series = children.map { dataset.figures(indicator.id, $0) }
        func reports(_ child: Int, _ year: Int) -> Bool { series[child].figure(year).map { !$0.isPartial } ?? false }
        let years = dataset.years(of: indicator.id).filter { year in series.indices.count { reports($0, year) } >= 2 }
        guard let last = years.last else { return nil }
        let recent = Array(years.suffix(comparedYears))
        let compared = children.indices.filter { child in recent.contains { reports(child, $0) } }.map { children[$0] }
        if recent.count > 1, compared.count <= comparedRegions {
            return input.columnChart(input.rows(indicator, regions: compared, years: recent), title: input.defaultTitle(indicator))
        }
        return input.barChart(indicator, regions: children, year: last)
    }

    static let comparedYears = 5
    static let comparedRegions = 6
}
