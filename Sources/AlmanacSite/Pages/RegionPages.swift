import AlmanacData

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
        var context = baseContext(title: region.name, kind: "region")
        if let level = region.level { context["level"] = level }
        context["breadcrumbs"] = Self.list(
            dataset.tree.ancestors(of: id).map { ancestor -> [String: Any] in
                ["name": dataset.region(ancestor)?.name ?? ancestor, "href": links.to("regions/\(ancestor)/")]
            })
        if let prose = env.content.regionProse[id] { context["prose"] = renderProse(prose).html }

        let indicators = dataset.indicators(for: id)
        if !indicators.isEmpty {
            context["table"] = renderTable(regionTable(id))
            // A chart for each indicator with at least two figures (a single one is in the table):
            // a line when the years run on without a gap, columns when they do not, so that
            // missing years show as empty slots instead of a line bridging them.
            context["charts"] = Self.list(indicators.compactMap { indicator -> String? in
                let years = dataset.years(indicator.id, id)
                guard let first = years.first, let last = years.last, years.count > 1 else { return nil }
                let span = Array(first...last)
                return span.count == years.count && years.count > 2
                    ? lineChart(indicator, regions: [id], years: span, title: defaultTitle(indicator))
                    : columnChart(indicator, region: id, years: span, title: defaultTitle(indicator))
            })
        }

        let children = dataset.tree.children(of: id)
        if !children.isEmpty {
            context["children"] = Self.list(
                children.map { child -> [String: Any] in
                    ["name": dataset.region(child)?.name ?? child, "href": links.to("regions/\(child)/")]
                })
            let compared = dataset.indicators.compactMap { indicator -> String? in
                let year = dataset.years(of: indicator.id).last { year in
                    children.filter { dataset.figure(indicator.id, $0, year) != nil }.count >= 2
                }
                guard let year else { return nil }
                return barChart(indicator, regions: children, year: year)
            }
            context["compared"] = Self.list(compared)
        }

        let articles = env.content.articles.filter { $0.region == id }.map { articleSummary($0, summaries: summaries) }
        context["pages"] = Self.list(articles)
        return page("region", context)
    }
}
