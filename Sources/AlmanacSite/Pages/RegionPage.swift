import AlmanacData
import AlmanacMarkup

/// `regions/<id>/index.html`: a region's prose, its indicators × years table, a chart per
/// indicator, its sub-regions compared, and the articles about it.
struct RegionPage: PageModel {
    static let kind = PageKind.region

    var title: String
    /// The `level` of regions.csv.
    var level: String?
    /// The regions above it, from the root down.
    var breadcrumbs: [Link]
    var prose: String?
    /// Its indicators by year, with changes, shares, attainment and trends.
    var table: MarkupBytes?
    /// A chart for each indicator with two figures or more.
    var charts: [MarkupBytes]
    var children: [Link]
    /// The sub-regions compared, a chart per indicator.
    var compared: [MarkupBytes]
    var pages: [ArticleEntry]

    static func build(_ id: String, _ input: PageInput) -> RegionPage {
        let dataset = input.dataset
        let region = dataset.region(id)!
        func link(_ id: String) -> Link { Link(name: dataset.region(id)?.name ?? id, href: input.links.href(.region(id))) }
        var page = RegionPage(
            title: region.name, level: region.level, breadcrumbs: dataset.tree.ancestors(of: id).map(link),
            prose: input.source(.regionProse(id)).map { input.prose($0, region: id).html }, table: nil, charts: [],
            children: [], compared: [], pages: input.articles(inRegion: id).map(input.entry))
        let indicators = dataset.indicators(for: id)
        if !indicators.isEmpty {
            page.table = input.renderTable(input.regionTable(id))
            // A chart for each indicator with at least two figures (a single one is in the table).
            page.charts = indicators.compactMap { indicator -> MarkupBytes? in
                let years = dataset.years(indicator.id, id)
                guard let first = years.first, let last = years.last, years.count > 1 else { return nil }
                return input.trendChart(indicator, regions: [id], first: first, last: last, title: input.defaultTitle(indicator))
            }
        }
        let children = dataset.tree.children(of: id)
        if !children.isEmpty {
            page.children = children.map(link)
            page.compared = dataset.indicators.compactMap { childrenCompared($0, children: children, input) }
        }
        return page
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
