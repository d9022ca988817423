import AlmanacData

/// How the indicators of a page are split when there are too many for one page: a region or a
/// year of a national report has figures for hundreds of indicators, and one page with a chart
/// and a table row for each ran to megabytes. Past a limit (``Limits/regionIndicators`` and its
/// neighbours) the page becomes an overview — the key indicators (the featured ones, else the
/// first of each category), and a link to each category — and each category gets pages of its
/// own, of at most that many indicators, evenly filled.
struct IndicatorSections: Sendable {
    struct Section: Sendable {
        /// The category as indicators.csv writes it (`—` for none).
        var name: String
        /// Its folder in the route.
        var segment: String
        var indicators: [Indicator]
        /// The indicators of each of its pages.
        var pages: [[Indicator]]
    }

    /// What the overview shows.
    var key: [Indicator]
    var sections: [Section]

    /// The split of `indicators`, or nil when they fit on one page. `folder` gives each
    /// indicator's category as the main language writes it, which names the category's folder
    /// in every edition (so the English page of a category is the Chinese page's counterpart).
    static func split(
        _ indicators: [Indicator], featured: [String], limit: Int, folder: (Indicator) -> String
    ) -> IndicatorSections? {
        guard indicators.count > limit, limit > 0 else { return nil }
        var sections: [Section] = []
        var used: Set<String> = []
        for indicator in indicators {
            let name = indicator.category.isEmpty ? "—" : indicator.category
            if let index = sections.firstIndex(where: { $0.name == name }) {
                sections[index].indicators.append(indicator)
            } else {
                var segment = Route.segment(folder(indicator).isEmpty ? "—" : folder(indicator))
                while used.contains(segment) { segment += "-" }
                used.insert(segment)
                sections.append(Section(name: name, segment: segment, indicators: [indicator], pages: []))
            }
        }
        // As few pages as the limit allows, evenly filled: a category of 60 over a limit of 40
        // is two pages of 30, not 40 and 20.
        for index in sections.indices {
            let all = sections[index].indicators
            let pages = (all.count + limit - 1) / limit
            let size = (all.count + pages - 1) / pages
            sections[index].pages = stride(from: 0, to: all.count, by: size).map { Array(all[$0..<min($0 + size, all.count)]) }
        }
        let wanted = Set(featured)
        var key = indicators.filter { wanted.contains($0.id) }
        for section in sections where !section.indicators.contains(where: { wanted.contains($0.id) }) {
            key.append(section.indicators[0])
        }
        let order = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        return IndicatorSections(key: Array(key.sorted { order[$0.id]! < order[$1.id]! }.prefix(limit)), sections: sections)
    }
}

/// The indicators of one region's or year's pages and how they split: worked out once for all
/// of those pages (a county of a national report has sixteen) rather than by each of them.
struct PageIndicators: Sendable {
    var all: [Indicator]
    var split: IndicatorSections?

    /// `limit`: one of ``Limits/regionIndicators``, ``Limits/parentRegionIndicators``, ``Limits/yearIndicators``.
    init(_ all: [Indicator], limit: Int, _ env: RenderEnvironment) {
        self.all = all
        split = env.sections(of: all, limit: limit)
    }
}
