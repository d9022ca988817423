import AlmanacData
import AlmanacMarkup

/// `regions/index.html` (the tree) and `regions/<id>/index.html`: the region's prose, its
/// indicators × years table, a chart per indicator, its sub-regions compared, related articles.
extension PageScope {
    func regionsIndexPage() -> OutputFile {
        let env = environment
        let dataset = env.dataset
        func node(_ id: String) -> [String: Any] {
            let region = dataset.region(id)!
            return [
                "name": region.name, "href": links.to("regions/\(id)/"), "count": dataset.indicators(for: id).count,
                "level": region.level ?? false, "subtree": Self.list(dataset.tree.children(of: id).map(node)),
            ]
        }
        var context = baseContext(title: env.words["regions"], kind: "regions")
        context["regions"] = dataset.tree.roots.map(node)
        return page("regions", context)
    }

    func regionPage(_ id: String, summaries: [String: String]) -> OutputFile {
        let env = environment
        let dataset = env.dataset
        let region = dataset.region(id)!
        defaultRegion = id
        func link(_ id: String) -> RegionHTML.Link {
            RegionHTML.Link(name: dataset.region(id)?.name ?? id, href: links.to("regions/\(id)/"))
        }
        var shown = RegionHTML.Region(
            title: region.name, level: region.level, breadcrumbs: dataset.tree.ancestors(of: id).map(link),
            prose: env.content.regionProse[id].map { renderProse($0).html }, table: nil, charts: [], children: [],
            compared: [], pages: [])
        let indicators = dataset.indicators(for: id)
        if !indicators.isEmpty {
            shown.table = renderTable(regionTable(id))
            // A chart for each indicator with at least two figures (a single one is in the table).
            shown.charts = indicators.compactMap { indicator -> MarkupBytes? in
                let years = dataset.years(indicator.id, id)
                guard let first = years.first, let last = years.last, years.count > 1 else { return nil }
                return trendChart(indicator, regions: [id], first: first, last: last, title: defaultTitle(indicator))
            }
        }
        let children = dataset.tree.children(of: id)
        if !children.isEmpty {
            shown.children = children.map(link)
            shown.compared = dataset.indicators.compactMap { childrenCompared($0, children: children) }
        }
        let articles = env.articlesByRegion[id] ?? []

        if env.theme.overridden.isDisjoint(with: ["region", "partials/page-list"]) {
            shown.pages = articles.map { articleEntry($0, summaries: summaries) }
            let final = shown
            return page("region", title: region.name, builtIn: { RegionHTML.render(final, words: env.words) }) { _ in }
        }
        var context = baseContext(title: region.name, kind: "region")
        if let level = shown.level { context["level"] = level }
        context["breadcrumbs"] = Self.list(shown.breadcrumbs.map { ["name": $0.name, "href": $0.href] as [String: Any] })
        if let prose = shown.prose { context["prose"] = prose }
        if let table = shown.table { context["table"] = table.string }
        if !indicators.isEmpty { context["charts"] = Self.list(shown.charts.map(\.string)) }
        if !children.isEmpty {
            context["children"] = Self.list(shown.children.map { ["name": $0.name, "href": $0.href] as [String: Any] })
            context["compared"] = Self.list(shown.compared.map(\.string))
        }
        context["pages"] = Self.list(articles.map { articleSummary($0, summaries: summaries) })
        return page("region", context)
    }

    /// Sub-regions compared on one indicator: grouped columns over the (at most five) latest years
    /// in which two or more of them have figures, when there are several such years and few enough
    /// sub-regions to tell apart; else the latest such year's ranking. Nil when no year has two.
    private func childrenCompared(_ indicator: Indicator, children: [String]) -> MarkupBytes? {
        let dataset = environment.dataset
        // Each child's figures looked up once, not once per year and per child asked about.
        let series = children.map { dataset.figures(indicator.id, $0) }
        func reports(_ child: Int, _ year: Int) -> Bool { series[child].figure(year).map { !$0.isPartial } ?? false }
        let years = dataset.years(of: indicator.id).filter { year in series.indices.count { reports($0, year) } >= 2 }
        guard let last = years.last else { return nil }
        let recent = Array(years.suffix(Self.comparedYears))
        let compared = children.indices.filter { child in recent.contains { reports(child, $0) } }.map { children[$0] }
        if recent.count > 1, compared.count <= Self.comparedRegions {
            return columnChart(rows(indicator, regions: compared, years: recent), title: defaultTitle(indicator))
        }
        return barChart(indicator, regions: children, year: last)
    }

    static let comparedYears = 5
    static let comparedRegions = 6
}
