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
                let count = input.env.indicators.filter { indicator in
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

    /// The regions of one level ranked: a bar chart (for two or more) and the ranking table; a
    /// level of one region (the country) is its figure in a line, not a ranking of one.
    struct Group: Sendable {
        var label: String
        var single: Bool = false
        var chart: MarkupBytes?
        /// The ranking on a map, when its regions have shapes (and are few enough for this page).
        var map: MarkupBytes?
        var table: MarkupBytes
    }

    var title: String
    var year: String
    /// On a page of one category of the report: the category.
    var section: String?
    var previous: Link?
    var next: Link?
    var sections: [Section]
    /// When the year has too many indicators for one page: its categories, each with pages of
    /// its own (this page shows the key indicators).
    var categories: [RegionPage.SectionLink]
    /// The pages of this category, when it has several.
    var pager: [PageLink]
    var pages: [ArticleEntry]

    /// The indicators with a figure in `year`.
    static func indicators(_ year: Int, _ env: RenderEnvironment) -> [Indicator] {
        env.indicators.filter { env.dataset.years(of: $0.id).contains(year) }
    }

    /// The routes of the pages of `year`'s categories, when its indicators (`shown`) are split.
    static func sectionRoutes(_ year: Int, _ shown: PageIndicators) -> [Route] {
        guard let split = shown.split else { return [] }
        return split.sections.flatMap { section in
            section.pages.indices.map { Route(.yearSection(year, section: section.segment, page: $0 + 1)) }
        }
    }

    /// The report of `year`, or with `section` one page of a category of it; `indicators` are
    /// `PageIndicators(indicators(year, env), limit: env.limits.yearIndicators, env)` when the caller has them.
    static func build(
        _ year: Int, section: (name: String, page: Int)? = nil, indicators known: PageIndicators? = nil, _ input: PageInput
    ) -> YearPage {
        let env = input.env
        let dataset = env.dataset
        let words = env.words
        let position = dataset.years.firstIndex(of: year)!
        func link(_ year: Int) -> Link { Link(name: words.year(year), href: input.links.href(.year(year))) }
        let given = known ?? PageIndicators(indicators(year, env), limit: env.limits.yearIndicators, env)
        let all = given.all, split = given.split
        var page = YearPage(
            title: words[.annualReport] + " " + words.year(year), year: words.year(year), section: nil,
            previous: position > 0 ? link(dataset.years[position - 1]) : nil,
            next: position + 1 < dataset.years.count ? link(dataset.years[position + 1]) : nil, sections: [], categories: [],
            pager: [], pages: [])
        var shown = split?.key ?? all
        if let section, let part = split?.sections.first(where: { $0.segment == section.name }) {
            let number = min(section.page, part.pages.count)
            page.section = part.name
            page.title = words.phrase(.sectionTitle, ["region": page.title, "section": part.name])
            if part.pages.count > 1 {
                page.title += words.phrase(.pageOfPages, ["page": String(number), "pages": String(part.pages.count)])
                page.pager = PageLink.pager(
                    part.pages.indices.map { Route(.yearSection(year, section: part.segment, page: $0 + 1)) }, current: number,
                    input.links)
            }
            page.previous = nil
            page.next = nil
            shown = part.pages[number - 1]
        } else {
            page.pages = input.articles(inYear: year).map(input.entry)
            page.categories = (split?.sections ?? []).map { section in
                RegionPage.SectionLink(
                    name: section.name, href: input.links.href(Route(.yearSection(year, section: section.segment, page: 1))),
                    count: section.indicators.count)
            }
        }
        for indicator in shown {
            let groups = env.rankingGroups(indicator.id, year: year)
            guard !groups.isEmpty else { continue }
            page.sections.append(
                Section(
                    name: indicator.name, href: input.links.href(.indicator(indicator.id)), id: indicator.id,
                    groups: groups.map { group in
                        // Under the group's heading, the ranking's chart, then its table (the data behind
                        // the chart, with the changes).
                        let title = input.defaultTitle(indicator) + words.comma + group.label + words.comma + words.year(year)
                        let ranked = dataset.ranking(indicator.id, of: group.entries)
                        if ranked.count == 1, group.entries.count == 1 {
                            return Group(label: group.label, single: true, table: input.figureLine(indicator, year: year, ranked[0]))
                        }
                        return Group(
                            label: group.label,
                            chart: group.entries.count > 1
                                ? input.barChart(indicator, ranked: ranked, year: year, title: title, withTable: false) : nil,
                            map: group.entries.count > 1 && group.entries.count <= env.limits.mapRegions
                                ? input.choropleth(indicator, year: year, regions: group.regions, title: title, withTable: false) : nil,
                            table: input.renderTable(input.rankingTable(indicator, year: year, ranked: ranked)))
                    }))
        }
        return page
    }
}

extension PageInput {
    /// `世界：62.08岁（较5年前 +1.6%）` — one region's figure of the year with its change, linked.
    func figureLine(_ indicator: Indicator, year: Int, _ entry: (region: String, figure: Figure)) -> MarkupBytes {
        let change = env.dataset.change(indicator.id, entry.region, year)
        var out = MarkupBytes()
        out.append("<p class=\"figure-line\"><a href=\"")
        out.append(escaping: links.href(.region(entry.region)))
        out.append("\">")
        out.append(escaping: env.region(entry.region)?.name ?? entry.region)
        out.append("</a>")
        out.append(escaping: env.words.colon)
        out.append("<span class=\"figure\">")
        out.append(escaping: env.display(entry.figure, indicator))
        out.append("</span>")
        if let change {
            out.append(" <span class=\"change ")
            out.append(escaping: env.changeClass(change, indicator))
            out.append("\">")
            out.append(escaping: env.changeHeader([change]) + " " + env.changeText(change, indicator))
            out.append("</span>")
        }
        out.append("</p>")
        return out
    }
}
