import AlmanacData

/// The site's standard tables, all read from the ``Dataset``: a region's indicators by year, an
/// indicator's regions by year with CAGR, and a year's ranking.
extension PageScope {
    /// Indicators × years for one region, with the latest change and a sparkline.
    func regionTable(
        _ region: String, indicators: [Indicator]? = nil, years: [Int]? = nil, caption: String? = nil
    ) -> TableModel {
        let env = environment
        let dataset = env.dataset
        let indicators = indicators ?? dataset.indicators(for: region)
        let years = years ?? Array(Set(indicators.flatMap { dataset.years($0.id, region) })).sorted()
        var columns = [TableModel.Column(label: env.words["indicator"])]
        columns += years.map { TableModel.Column(label: String($0), numeric: true) }
        columns += [TableModel.Column(label: env.words["change"], numeric: true), TableModel.Column(label: env.words["trend"])]
        var partial = false
        let rows = indicators.map { indicator -> [TableModel.Cell] in
            var cells = [TableModel.Cell(text: indicator.name, href: links.to("indicators/\(indicator.id)/"), header: true)]
            for year in years {
                let figure = dataset.figure(indicator.id, region, year)
                partial = partial || figure?.isPartial == true
                cells.append(env.cell(figure, indicator))
            }
            let last = dataset.years(indicator.id, region).last
            cells.append(env.changeCell(last.flatMap { dataset.change(indicator.id, region, $0) }, indicator))
            cells.append(TableModel.Cell(text: "", classes: ["spark"], html: sparkline(indicator, region, years: years)))
            return cells
        }
        return TableModel(caption: caption, columns: columns, rows: rows, footnote: partial ? env.words["dataNote"] : nil)
    }

    /// Regions × years for one indicator, with the CAGR from each region's first to last year shown.
    func indicatorTable(_ indicator: Indicator, regions: [String], years: [Int], caption: String? = nil) -> TableModel {
        let env = environment
        let dataset = env.dataset
        var columns = [TableModel.Column(label: env.words["region"])]
        columns += years.map { TableModel.Column(label: String($0), numeric: true) }
        columns.append(TableModel.Column(label: env.words["cagr"], numeric: true))
        var partial = false
        let rows = regions.compactMap { id -> [TableModel.Cell]? in
            guard let region = dataset.region(id) else { return nil }
            var cells = [TableModel.Cell(text: region.name, href: links.to("regions/\(id)/"), header: true)]
            for year in years {
                let figure = dataset.figure(indicator.id, id, year)
                partial = partial || figure?.isPartial == true
                cells.append(env.cell(figure, indicator))
            }
            let present = years.filter { dataset.figure(indicator.id, id, $0).map { !$0.isPartial } ?? false }
            if let first = present.first, let last = present.last, last > first,
                let rate = dataset.cagr(indicator.id, id, from: first, to: last)
            {
                cells.append(
                    TableModel.Cell(
                        text: NumberFormat.percent(rate), classes: ["num", "cagr"], title: env.words.years(first, last)))
            } else {
                cells.append(TableModel.Cell(text: "–", classes: ["num", "missing"]))
            }
            return cells
        }
        return TableModel(caption: caption, columns: columns, rows: rows, footnote: partial ? env.words["dataNote"] : nil)
    }

    /// The regions of `among` that have a figure in `year`, ranked, with the change on the year before.
    func rankingTable(_ indicator: Indicator, year: Int, among: [String], caption: String? = nil) -> TableModel {
        let env = environment
        let dataset = env.dataset
        let ranking = dataset.ranking(indicator.id, among: among, year)
        var partial = false
        var rows: [[TableModel.Cell]] = []
        var position = 0
        var previous: Double?
        for (index, entry) in ranking.enumerated() {
            if entry.figure.value != previous { position = index + 1 }
            previous = entry.figure.value
            partial = partial || entry.figure.isPartial
            let name = dataset.region(entry.region)?.name ?? entry.region
            rows.append([
                TableModel.Cell(text: String(position), classes: ["num", "rank"]),
                TableModel.Cell(text: name, href: links.to("regions/\(entry.region)/"), header: true),
                env.cell(entry.figure, indicator),
                env.changeCell(dataset.change(indicator.id, entry.region, year), indicator),
            ])
        }
        return TableModel(
            caption: caption,
            columns: [
                TableModel.Column(label: env.words["rank"], numeric: true), TableModel.Column(label: env.words["region"]),
                TableModel.Column(label: env.words["value"], numeric: true),
                TableModel.Column(label: env.words["change"], numeric: true),
            ], rows: rows, footnote: partial ? env.words["dataNote"] : nil)
    }

    func renderTable(_ table: TableModel) -> String {
        let theme = environment.theme
        return theme.overridden.contains("partials/table") ? theme.render("partials/table", table.context) : TableHTML.render(table)
    }
}
