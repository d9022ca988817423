import AlmanacData
import AlmanacMarkup

/// `years/index.html`: the years with figures, newest first.
struct YearsPage: PageModel {
    static let kind = PageKind.years

    struct Entry: Sendable {
        var year: String
        var href: String
        /// How many indicators have figures that year.
        var count: Int
    }

    var title: String
    var years: [Entry]

    static func build(_ input: PageInput) -> YearsPage {
        let dataset = input.dataset
        return YearsPage(
            title: input.words[.years],
            years: dataset.years.reversed().map { year in
                let count = dataset.indicators.filter { indicator in
                    dataset.regions(with: indicator.id).contains { dataset.figure(indicator.id, $0, year) != nil }
                }.count
                return Entry(year: input.words.year(year), href: input.links.href(.year(year)), count: count)
            })
    }
}

/// `years/<year>/index.html`: the annual report of a year — every indicator with figures that
/// year, ranked by region level with its change — and the articles about the year.
struct YearPage: PageModel {
    static let kind = PageKind.year

    struct Section: Sendable {
        var name: String
        var href: String
        /// The indicator's id, the section's anchor.
        var id: String
        var groups: [Group]
    }

    /// The regions of one level ranked: a bar chart (for two or more) and the ranking table.
    struct Group: Sendable {
        var label: String
        var chart: MarkupBytes?
        var table: MarkupBytes
    }

    var title: String
    var year: String
    var previous: Link?
    var next: Link?
    var sections: [Section]
    var pages: [ArticleEntry]

    static func build(_ year: Int, _ input: PageInput) -> YearPage {
        let env = input.env
        let dataset = env.dataset
        let words = env.words
        let position = dataset.years.firstIndex(of: year)!
        func link(_ year: Int) -> Link { Link(name: words.year(year), href: input.links.href(.year(year))) }
        var sections: [Section] = []
        for indicator in dataset.indicators {
            let groups = env.rankingGroups(indicator.id, year: year)
            guard !groups.isEmpty else { continue }
            sections.append(
                Section(
                    name: indicator.name, href: input.links.href(.indicator(indicator.id)), id: indicator.id,
                    groups: groups.map { group in
                        // Under the group's heading, the ranking's chart, then its table (the data behind
                        // the chart, with the changes).
                        let title = input.defaultTitle(indicator) + words.comma + group.label + words.comma + words.year(year)
                        let ranked = dataset.ranking(indicator.id, of: group.entries)
                        return Group(
                            label: group.label,
                            chart: group.entries.count > 1
                                ? input.barChart(indicator, ranked: ranked, year: year, title: title, withTable: false) : nil,
                            table: input.renderTable(input.rankingTable(indicator, year: year, ranked: ranked)))
                    }))
        }
        return YearPage(
            title: words[.annualReport] + " " + words.year(year), year: words.year(year),
            previous: position > 0 ? link(dataset.years[position - 1]) : nil,
            next: position + 1 < dataset.years.count ? link(dataset.years[position + 1]) : nil, sections: sections,
            pages: input.articles(inYear: year).map(input.entry))
    }
}
