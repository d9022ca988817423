import AlmanacData
import AlmanacMarkup

/// `indicators/<id>/index.html`: the definition, regions × years with CAGR, the latest year's
/// ranking, trend lines, the download.
struct IndicatorPage: PageModel {
    static let kind = PageKind.indicator

    struct Fact: Sendable {
        var label: String
        var value: String
    }

    var title: String
    /// The definition: id, unit, category, aggregation, direction.
    var facts: [Fact]
    var description: String?
    var prose: String?
    /// The link to the indicator's CSV.
    var csv: String
    var table: MarkupBytes?
    /// The pages the table goes on, when it is longer than one page may be.
    var pager: [PageLink]
    var ranking: MarkupBytes?
    /// The latest year's ranking on a map, when the regions ranked have shapes on one of the site's maps.
    var map: MarkupBytes?
    var trend: MarkupBytes?

    /// The numbers of the pages of the indicator's table (1 when it fits on one).
    static func tablePages(_ indicator: Indicator, _ env: RenderEnvironment) -> [Int] {
        let rows = env.dataset.regions(with: indicator.id).count
        return Array(1...max(1, (rows + env.limits.tableRows - 1) / max(1, env.limits.tableRows)))
    }

    /// The indicator's page; from `page` 2 on, only the rest of its table.
    static func build(_ indicator: Indicator, page number: Int = 1, _ input: PageInput) -> IndicatorPage {
        let env = input.env
        let dataset = env.dataset
        let words = env.words
        var facts = [Fact(label: words[.indicator], value: indicator.id)]
        if !indicator.unit.isEmpty { facts.append(Fact(label: words[.unit], value: indicator.unit)) }
        if !indicator.category.isEmpty { facts.append(Fact(label: words[.category], value: indicator.category)) }
        let weight = indicator.aggregate.weight.flatMap { env.indicator($0)?.name } ?? ""
        facts.append(Fact(label: words[.aggregate], value: words.aggregation(indicator, weightName: weight)))
        facts.append(Fact(label: words[.direction], value: indicator.direction == .up ? words[.up] : words[.down]))
        var page = IndicatorPage(
            title: indicator.name, facts: facts, description: indicator.description.isEmpty ? nil : indicator.description,
            prose: input.proseHTML(.indicatorProse(indicator.id)), csv: input.links.href(.indicatorData(indicator.id)),
            table: nil, pager: [], ranking: nil, map: nil, trend: nil)

        let regions = dataset.regions(with: indicator.id)
        let years = dataset.years(of: indicator.id)
        guard let first = years.first, let last = years.last else { return page }
        let pages = tablePages(indicator, env)
        let rows = env.limits.tableRows
        page.pager = PageLink.pager(
            pages.map { $0 == 1 ? .indicator(indicator.id) : Route(.indicatorTable(indicator.id, page: $0)) }, current: number, input.links)
        let shown = pages.count > 1 ? Array(regions[((number - 1) * rows)..<min(number * rows, regions.count)]) : regions
        page.table = input.renderTable(input.indicatorTable(indicator, regions: shown, years: years, latest: true, fit: true, indent: true))
        if number > 1 {
            page.title += words.phrase(.pageOfPages, ["page": String(number), "pages": String(pages.count)])
            page.facts = []
            page.description = nil
            page.prose = nil
            return page
        }
        let group = env.mainRankingGroup(indicator.id, year: last)
        if let group, group.entries.count > 1 {
            let title = input.defaultTitle(indicator) + words.comma + group.label + words.comma + words.year(last)
            page.ranking = input.barChart(indicator, ranked: dataset.ranking(indicator.id, of: group.entries), year: last, title: title)
            page.map = input.choropleth(indicator, year: last, regions: group.regions, title: title)
        }
        // Trend lines: up to six regions with at least two complete figures, the latest
        // ranking's leaders first, then the rest in tree order.
        let complete = regions.filter { id in
            let series = dataset.figures(indicator.id, id)
            return series.years.filter { series.figure($0)?.isPartial == false }.count > 1
        }
        let leaders = dataset.ranking(indicator.id, among: complete, last).map(\.region)
        let ranked = Set(leaders)
        let lines = (leaders.prefix(6) + complete.lazy.filter { !ranked.contains($0) }.prefix(6)).prefix(6)
        if !lines.isEmpty, last > first {
            page.trend = input.trendChart(indicator, regions: Array(lines), first: first, last: last, title: input.defaultTitle(indicator))
        }
        return page
    }
}
