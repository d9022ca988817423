import AlmanacData

/// `years/index.html` and `years/<year>/index.html`: the annual report of a year — every
/// indicator with figures that year, its ranking and change, and the articles about the year.
extension PageScope {
    func yearsIndexPage() -> OutputFile {
        let env = environment
        let dataset = env.dataset
        var context = baseContext(title: env.words["years"], kind: "years")
        context["years"] = dataset.years.reversed().map { year -> [String: Any] in
            let count = dataset.indicators.filter { indicator in
                dataset.regions(with: indicator.id).contains { dataset.figure(indicator.id, $0, year) != nil }
            }.count
            return ["year": env.words.year(year), "href": links.to("years/\(year)/"), "count": count]
        }
        return page("years", context)
    }

    func yearPage(_ year: Int, summaries: [String: String]) -> OutputFile {
        let env = environment
        let dataset = env.dataset
        var context = baseContext(title: env.words["annualReport"] + " " + env.words.year(year), kind: "year")
        context["year"] = env.words.year(year)
        let position = dataset.years.firstIndex(of: year)!
        if position > 0 {
            context["previous"] = ["year": env.words.year(dataset.years[position - 1]), "href": links.to("years/\(dataset.years[position - 1])/")]
        }
        if position + 1 < dataset.years.count {
            context["next"] = ["year": env.words.year(dataset.years[position + 1]), "href": links.to("years/\(dataset.years[position + 1])/")]
        }
        var sections: [[String: Any]] = []
        for indicator in dataset.indicators {
            let groups = env.rankingGroups(indicator.id, year: year)
            guard !groups.isEmpty else { continue }
            sections.append([
                "name": indicator.name, "href": links.to("indicators/\(indicator.id)/"), "id": indicator.id,
                "groups": groups.map { group -> [String: Any] in
                    // Under the group's heading, the ranking's chart, then its table (the data behind
                    // the chart, with the changes).
                    let title = defaultTitle(indicator) + env.words.comma + group.label + env.words.comma + env.words.year(year)
                    let ranked = dataset.ranking(indicator.id, of: group.entries)
                    return [
                        "label": group.label,
                        "table": renderTable(rankingTable(indicator, year: year, ranked: ranked)).string,
                        "chart": group.entries.count > 1
                            ? barChart(indicator, ranked: ranked, year: year, title: title, withTable: false).string : false,
                    ]
                },
            ])
        }
        context["sections"] = sections
        let articles = env.content.articles.filter { $0.year == year }.map { articleSummary($0, summaries: summaries) }
        context["pages"] = Self.list(articles)
        return page("year", context)
    }
}
