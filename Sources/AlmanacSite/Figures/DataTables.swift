import AlmanacData
import AlmanacMarkup

/// The site's standard tables, all read from the ``Dataset``: a region's indicators by year, an
/// indicator's regions by year with CAGR, and a year's ranking.
extension PageInput {
    /// How many of the latest years a page's own tables show at most; charts and downloads have
    /// them all.
    static let tableYears = 5

    /// The latest ``tableYears`` of `all`, and the latest year of each row that has none of those,
    /// so that no row of the table is left without its latest figure.
    static func recentYears(_ all: [Int], latestOfEachRow: [Int?]) -> [Int] {
        Set(all.suffix(tableYears)).union(latestOfEachRow.compactMap { $0 }).sorted()
    }

    /// Indicators × years for one region, with the latest change and a sparkline over the years
    /// from each indicator's first to its last figure (the trend column only when there is a
    /// trend), each row's unit after its name. Without `years`, the
    /// ``recentYears(_:latestOfEachRow:)``, the sparklines covering all years; with `fit`, as
    /// many of the latest of them as fit a desktop column (``TableFit``). `trends: false` leaves
    /// the sparklines out, for a page that draws each row's chart under the table.
    func regionTable(
        _ region: String, indicators: [Indicator]? = nil, years: [Int]? = nil, fit: Bool = true, caption: String? = nil,
        trends: Bool = true
    ) -> TableModel {
        let env = env
        let dataset = env.dataset
        let indicators = indicators ?? env.indicators(for: region)
        let all = years ?? Array(Set(indicators.flatMap { dataset.years($0.id, region) })).sorted()
        let latestOfRows = indicators.map { dataset.years($0.id, region).last }
        let shown = years ?? Self.recentYears(all, latestOfEachRow: latestOfRows)
        var partial = false
        var changes: [Change?] = []
        var rows = indicators.map { indicator -> [TableModel.Cell] in
            var cells = [
                TableModel.Cell(
                    text: indicator.name, href: links.href(.indicator(indicator.id)), header: true,
                    unit: indicator.unit.isEmpty ? nil : indicator.unit)
            ]
            let series = dataset.figures(indicator.id, region)
            for year in shown {
                let figure = series.figure(year)
                partial = partial || figure?.isPartial == true
                cells.append(env.cell(figure, indicator, unit: false))
            }
            let latest = shown.last { series.has($0) }
            let change = latest.flatMap { series.change(to: $0) }
            changes.append(change)
            cells.append(env.changeCell(change, indicator))
            cells.append(env.shareCell(indicator, region, latest))
            cells.append(env.attainmentCell(indicator, region, latest))
            let trend = trends ? all.filter { series.has($0) } : []
            let trendYears = trend.count > 1 ? chartYears([indicator], regions: [region], first: trend.first!, last: trend.last!) : []
            let spark = trendYears.isEmpty ? nil : sparkline(indicator, region, years: trendYears)
            cells.append(TableModel.Cell(text: "", classes: "spark", html: spark))
            return cells
        }
        var columns = [TableModel.Column(label: env.words[.indicator])]
        columns += shown.map { TableModel.Column(label: String($0), numeric: true, latest: $0 == shown.last) }
        columns.append(TableModel.Column(label: env.changeHeader(changes), numeric: true))
        // Share of the parent and attainment of targets only where some row has one.
        let changeColumn = columns.count - 1
        for (offset, key) in [Words.Key.share, .attainment].enumerated().reversed() {
            let index = changeColumn + 1 + offset
            if rows.contains(where: { !$0[index].classes.split(separator: " ").contains("missing") }) {
                columns.insert(TableModel.Column(label: env.words[key], numeric: true), at: changeColumn + 1)
            } else {
                for row in rows.indices { rows[row].remove(at: index) }
            }
        }
        let trend = rows.contains(where: { $0.last?.html != nil })
        if trend {
            columns.append(TableModel.Column(label: env.words[.trend]))
        } else {
            for index in rows.indices { rows[index].removeLast() }
        }
        var table = TableModel(caption: caption, columns: columns, rows: rows)
        let dropped = fit ? Self.fitYears(&table, shown, firstColumn: 1, rowsLatest: Set(latestOfRows.compactMap { $0 })) : 0
        if fit {
            let latest = indicators.map { latestCell(dataset.figures($0.id, region), $0) }
            table.addNarrowLatest(label: env.words[.latest], years: shown.count - dropped, latest: latest)
            // The sparklines too are for wider screens: a phone's table is the latest figures and
            // their changes, in the width of the screen; the page's charts follow it.
            if trend { table.mark(column: table.columns.count - 1, .wide) }
        }
        table.footnote = footnote(partial: partial, cut: shown.count - dropped < all.count)
        return table
    }

    /// Drops year columns (from `firstColumn` on, one per year of `years`) until `table` fits a
    /// desktop column: first the years that are no row's latest, then the rest, oldest first.
    /// Returns how many were dropped.
    private static func fitYears(_ table: inout TableModel, _ years: [Int], firstColumn: Int, rowsLatest: Set<Int>) -> Int {
        let columns = years.indices.map { (year: years[$0], column: firstColumn + $0) }
        let order = columns.filter { !rowsLatest.contains($0.year) } + columns.filter { rowsLatest.contains($0.year) }
        return TableFit.fit(&table, dropping: order.map(\.column)).count
    }

    /// A row's latest figure, with its year after it, for the phone's column of a main table.
    private func latestCell(_ series: Series, _ indicator: Indicator) -> TableModel.Cell {
        guard let year = series.years.last, let figure = series.figures.last else { return env.cell(nil, indicator) }
        var cell = env.cell(figure, indicator, unit: false)
        var when = MarkupBytes()
        when.append(" <span class=\"when\">")
        when.append(String(year))
        when.append("</span>")
        cell.html = when
        return cell
    }

    /// The notes under a table: partial roll-ups marked, years left out.
    private func footnote(partial: Bool, cut: Bool) -> String? {
        let notes = [partial ? env.words[.dataNote] : nil, cut ? env.words[.yearsLeftOut] : nil]
        let text = notes.compactMap { $0 }.joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// Regions × years for one indicator, with the change of each region's latest year shown on
    /// the year before and the CAGR from its first to its last complete figure shown. `latest`
    /// keeps the ``recentYears(_:latestOfEachRow:)`` of `all`; `fit` as many of the latest
    /// years as fit a desktop column; `indent` indents each region by its level (for regions in
    /// tree order).
    func indicatorTable(
        _ indicator: Indicator, regions: [String], years all: [Int], latest: Bool = false, fit: Bool = false,
        indent: Bool = false, caption: String? = nil
    ) -> TableModel {
        let env = env
        let dataset = env.dataset
        let tree = dataset.tree
        let serieses = regions.map { dataset.figures(indicator.id, $0) }
        let years = latest ? Self.recentYears(all, latestOfEachRow: serieses.map(\.years.last)) : all
        let top = indent ? (regions.map { tree.depth(of: $0) }.min() ?? 0) : 0
        // A CAGR only where it is a growth rate of something (not of a rate, a mean, a minimum…).
        let growth = indicator.hasGrowthRate
        var partial = false
        var changes: [Change?] = []
        let rows = zip(regions, serieses).compactMap { id, series -> [TableModel.Cell]? in
            guard let region = env.region(id) else { return nil }
            var cells = [
                TableModel.Cell(
                    text: region.name, href: links.href(.region(id)), header: true, depth: indent ? tree.depth(of: id) - top : 0)
            ]
            for year in years {
                let figure = series.figure(year)
                partial = partial || figure?.isPartial == true
                cells.append(env.cell(figure, indicator, unit: false))
            }
            let shown = years.last { series.has($0) }
            let change = shown.flatMap { series.change(to: $0) }
            changes.append(change)
            cells.append(env.changeCell(change, indicator))
            guard growth else { return cells }
            let present = years.filter { series.figure($0).map { !$0.isPartial } ?? false }
            if let first = present.first, let last = present.last, last > first,
                let rate = series.cagr(from: first, to: last)
            {
                cells.append(
                    TableModel.Cell(
                        text: NumberFormat.percent(rate), classes: "num cagr", title: env.words.years(first, last)))
            } else {
                cells.append(TableModel.Cell(text: "–", classes: "num missing"))
            }
            return cells
        }
        var columns = [TableModel.Column(label: env.words[.region])]
        columns += years.map { TableModel.Column(label: String($0), numeric: true, latest: $0 == years.last) }
        columns.append(TableModel.Column(label: env.changeHeader(changes), numeric: true))
        if growth { columns.append(TableModel.Column(label: env.words[.cagr], numeric: true)) }
        var table = TableModel(caption: caption, unit: indicator.unit.isEmpty ? nil : indicator.unit, columns: columns, rows: rows)
        let rowsLatest = Set(serieses.compactMap { series in years.last { series.has($0) } })
        let dropped = fit ? Self.fitYears(&table, years, firstColumn: 1, rowsLatest: rowsLatest) : 0
        if fit {
            let latest = zip(regions, serieses).compactMap { env.region($0.0) == nil ? nil : latestCell($0.1, indicator) }
            table.addNarrowLatest(label: env.words[.latest], years: years.count - dropped, latest: latest)
        }
        table.footnote = footnote(partial: partial, cut: years.count - dropped < all.count)
        return table
    }

    /// A ranking (``Dataset/ranking(_:of:)``) of the figures of `year`, with the change on the year before.
    /// `head` cuts it after that many places (a block's `top:`), else after the first 15 of a long one.
    func rankingTable(_ indicator: Indicator, year: Int, ranked: [(region: String, figure: Figure)], head: Int? = nil) -> TableModel {
        let env = env
        let dataset = env.dataset
        let places = RankingCut.places(ranked).map { (position: $0.position, region: $0.entry.region, figure: $0.entry.figure) }
        let (head, tail, omitted) = RankingCut.select(places, first: head)
        var partial = false
        var rows: [[TableModel.Cell]] = []
        var changes: [Change?] = []
        func add(_ place: (position: Int, region: String, figure: Figure)) {
            partial = partial || place.figure.isPartial
            let change = dataset.change(indicator.id, place.region, year)
            changes.append(change)
            rows.append([
                TableModel.Cell(text: String(place.position), classes: "num rank"),
                TableModel.Cell(
                    text: env.region(place.region)?.name ?? place.region, href: links.href(.region(place.region)),
                    header: true),
                env.cell(place.figure, indicator, unit: false),
                env.changeCell(change, indicator),
            ])
        }
        head.forEach(add)
        if omitted > 0 {
            rows.append([
                TableModel.Cell(text: "…", classes: "num omitted"),
                TableModel.Cell(text: env.words.omitted(omitted), classes: "omitted", header: true),
                TableModel.Cell(text: "", classes: "omitted"), TableModel.Cell(text: "", classes: "omitted"),
            ])
        }
        tail.forEach(add)
        return TableModel(
            unit: indicator.unit.isEmpty ? nil : indicator.unit, classes: "ranking",
            columns: [
                TableModel.Column(label: env.words[.rank], numeric: true), TableModel.Column(label: env.words[.region]),
                TableModel.Column(label: env.words[.value], numeric: true),
                TableModel.Column(label: env.changeHeader(changes), numeric: true),
            ], rows: rows, footnote: footnote(partial: partial, cut: false))
    }

    func renderTable(_ table: TableModel) -> MarkupBytes {
        var out = MarkupBytes()
        parts.table(table, into: &out)
        return out
    }
}
