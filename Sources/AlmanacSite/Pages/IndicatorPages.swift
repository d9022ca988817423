import AlmanacData

/// `indicators/index.html` (the catalogue by category) and `indicators/<id>/index.html`: the
/// definition, regions × years with CAGR, the latest year's ranking, trend lines, the download.
extension PageScope {
    func indicatorsIndexPage() -> OutputFile {
        let env = environment
        let dataset = env.dataset
        var categories: [(name: String, items: [[String: Any]])] = []
        for indicator in dataset.indicators {
            let years = dataset.years(of: indicator.id)
            var period: Any = false
            if let first = years.first, let last = years.last {
                period = first == last ? env.words.year(first) : env.words.years(first, last)
            }
            let item: [String: Any] = [
                "name": indicator.name, "href": links.to("indicators/\(indicator.id)/"), "id": indicator.id,
                "unit": indicator.unit.isEmpty ? false : indicator.unit,
                "regionCount": dataset.regions(with: indicator.id).count, "period": period,
            ]
            let category = indicator.category.isEmpty ? "—" : indicator.category
            if let index = categories.firstIndex(where: { $0.name == category }) {
                categories[index].items.append(item)
            } else {
                categories.append((category, [item]))
            }
        }
        var context = baseContext(title: env.words["indicators"], kind: "indicators")
        context["categories"] = categories.map { ["name": $0.name, "indicators": $0.items] as [String: Any] }
        return page("indicators", context)
    }

    func indicatorPage(_ indicator: Indicator) -> OutputFile {
        let env = environment
        let dataset = env.dataset
        let words = env.words
        var context = baseContext(title: indicator.name, kind: "indicator")
        var facts: [[String: Any]] = [["label": words["indicator"], "value": indicator.id]]
        if !indicator.unit.isEmpty { facts.append(["label": words["unit"], "value": indicator.unit]) }
        if !indicator.category.isEmpty { facts.append(["label": words["category"], "value": indicator.category]) }
        facts.append(["label": words["aggregate"], "value": words[indicator.aggregate.keyword]])
        facts.append(["label": words["direction"], "value": words[indicator.direction.rawValue]])
        context["facts"] = facts
        if !indicator.description.isEmpty { context["description"] = indicator.description }
        if let prose = env.content.indicatorProse[indicator.id] { context["prose"] = renderProse(prose).html }
        context["csv"] = links.to("data/indicators/\(indicator.id).csv")

        let regions = dataset.regions(with: indicator.id)
        let years = dataset.years(of: indicator.id)
        if let first = years.first, let last = years.last {
            context["table"] = renderTable(indicatorTable(indicator, regions: regions, years: years, latest: true)).string
            let group = env.mainRankingGroup(indicator.id, year: last)
            if let group, group.entries.count > 1 {
                let title = defaultTitle(indicator) + words.comma + group.label + words.comma + words.year(last)
                context["ranking"] = barChart(indicator, ranked: dataset.ranking(indicator.id, of: group.entries), year: last, title: title).string
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
                context["trend"] = trendChart(indicator, regions: Array(lines), first: first, last: last, title: defaultTitle(indicator)).string
            }
        }
        return page("indicator", context)
    }
}
