import AlmanacData

/// `index.html`: the report's own words (`Content/index.md`), the featured indicators as cards
/// (latest value, change, sparkline) and the latest articles.
extension PageScope {
    func homePage(summaries: [String: String]) -> OutputFile {
        let env = environment
        let content = env.content
        var context = baseContext(title: content.config.title, kind: "home")
        if let home = content.home {
            context["prose"] = renderProse(home).html
            if let title = home.fields["title"]?.string { context["heading"] = title }
        }
        context["heading"] = context["heading"] ?? content.config.title
        let cards = content.config.featured.compactMap { featuredCard($0.indicator, region: $0.region) }
        context["featured"] = Self.list(cards)
        context["latestPages"] = Self.list(content.articles.prefix(5).map { articleSummary($0, summaries: summaries) })
        context["allPages"] = links.to("pages/")
        return page("home", context)
    }

    /// A card for an indicator in a region (by default the top-most region that has the indicator).
    private func featuredCard(_ id: String, region requested: String?) -> [String: Any]? {
        let env = environment
        let dataset = env.dataset
        guard let indicator = dataset.indicator(id),
            let region = requested ?? dataset.regions(with: id).min(by: { dataset.tree.depth(of: $0) < dataset.tree.depth(of: $1) }),
            let year = dataset.years(id, region).last, let figure = dataset.figure(id, region, year)
        else { return nil }
        var card: [String: Any] = [
            "name": indicator.name, "href": links.to("indicators/\(id)/"),
            "region": dataset.region(region)?.name ?? region, "regionHref": links.to("regions/\(region)/"),
            "year": env.words.year(year), "value": env.display(figure, indicator), "change": false,
        ]
        let provenance = env.provenance(figure, indicator)
        card["provenance"] = provenance.isEmpty ? false : provenance
        // The change on the year before; where that year has no figure, on the latest one that has.
        if let change = dataset.change(id, region, year) ?? dataset.change(id, region, year, acrossGaps: true) {
            let label = change.fromYear == year - 1 ? env.words["change"] : env.words.since(change.fromYear)
            card["change"] = ["label": label, "text": env.changeText(change, indicator), "class": env.changeClass(change, indicator)]
        }
        let years = dataset.years(id, region)
        let spark = sparkline(indicator, region, years: Array(years.first!...year))
        card["sparkline"] = spark?.string ?? false
        return card
    }
}
