import AlmanacData
import AlmanacMarkup

/// `index.html`: the report's own words (`Content/index.md`), the featured indicators as cards
/// (latest value, change, sparkline) and the latest articles.
struct HomePage: PageModel {
    static let kind = PageKind.home

    /// A featured indicator in one region: its latest figure, change and trend.
    struct Card: Sendable {
        var name: String
        var href: String
        var region: String
        var regionHref: String
        var year: String
        var value: String
        /// Where the figure comes from, for a tooltip.
        var provenance: String?
        var change: CardChange?
        var sparkline: MarkupBytes?
    }

    struct CardChange: Sendable {
        /// `较上年` / `Change`, or `较2016年` / `Since 2016` when the observation before is earlier.
        var label: String
        var text: String
        /// `better`, `worse` or `flat`, by the indicator's direction.
        var classes: String
    }

    var title: String
    /// The home prose's `title:`, else the site's.
    var heading: String
    var prose: String?
    var featured: [Card]
    /// The five newest articles.
    var latestPages: [ArticleEntry]
    /// The link to the articles index.
    var allPages: String

    static func build(_ input: PageInput) -> HomePage {
        let config = input.env.content.config
        let title = config.title(in: input.env.edition.language)
        let home = input.source(.home)
        return HomePage(
            title: title, heading: home?.fields["title"]?.string ?? title, prose: input.proseHTML(.home),
            featured: config.featured.compactMap { card($0.indicator, region: $0.region, input) },
            latestPages: input.articles().prefix(5).map(input.entry), allPages: input.links.href(.articles))
    }

    /// A card for an indicator in a region (by default the top-most region that has the indicator).
    private static func card(_ id: String, region requested: String?, _ input: PageInput) -> Card? {
        let env = input.env
        let dataset = env.dataset
        guard let indicator = input.env.indicator(id),
            let region = requested ?? dataset.regions(with: id).min(by: { dataset.tree.depth(of: $0) < dataset.tree.depth(of: $1) }),
            let year = dataset.years(id, region).last, let figure = dataset.figure(id, region, year)
        else { return nil }
        let provenance = env.provenance(figure, indicator)
        var change: CardChange?
        // The change on the observation a step before, as everywhere; its base year named when
        // that is not the year before.
        if let found = dataset.change(id, region, year) {
            change = CardChange(
                label: env.changeLabel(found), text: env.changeText(found, indicator), classes: env.changeClass(found, indicator))
        }
        let years = dataset.years(id, region)
        return Card(
            name: indicator.name, href: input.links.href(.indicator(id)), region: input.env.region(region)?.name ?? region,
            regionHref: input.links.href(.region(region)), year: env.words.year(year), value: env.display(figure, indicator),
            provenance: provenance.isEmpty ? nil : provenance, change: change,
            sparkline: input.sparkline(indicator, region, years: input.chartYears([indicator], regions: [region], first: years.first!, last: year)))
    }
}
