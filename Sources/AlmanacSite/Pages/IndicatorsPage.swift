/// `indicators/index.html`: the catalogue by category.
struct IndicatorsPage: PageModel {
    static let kind = PageKind.indicators

    struct Category: Sendable {
        /// `—` for indicators without one.
        var name: String
        var indicators: [Item]
    }

    struct Item: Sendable {
        var name: String
        var href: String
        var id: String
        var unit: String?
        /// How many regions have figures.
        var regionCount: Int
        /// The years with figures, `2016–2024年`.
        var period: String?
    }

    var title: String
    var categories: [Category]

    static func build(_ input: PageInput) -> IndicatorsPage {
        let dataset = input.dataset
        var categories: [Category] = []
        for indicator in input.env.indicators {
            let years = dataset.years(of: indicator.id)
            var period: String?
            if let first = years.first, let last = years.last {
                period = first == last ? input.words.year(first) : input.words.years(first, last)
            }
            let item = Item(
                name: indicator.name, href: input.links.href(.indicator(indicator.id)), id: indicator.id,
                unit: indicator.unit.isEmpty ? nil : indicator.unit, regionCount: dataset.regions(with: indicator.id).count,
                period: period)
            let category = indicator.category.isEmpty ? "—" : indicator.category
            if let index = categories.firstIndex(where: { $0.name == category }) {
                categories[index].indicators.append(item)
            } else {
                categories.append(Category(name: category, indicators: [item]))
            }
        }
        return IndicatorsPage(title: input.words[.indicators], categories: categories)
    }
}
