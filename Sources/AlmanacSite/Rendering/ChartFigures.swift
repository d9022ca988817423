import AlmanacCharts
import AlmanacData

/// Charts drawn from the model, each in a `<figure>` with the data behind it as a table in a
/// `<details>` right after the picture (rendered by the theme's `partials/chart`).
extension PageScope {
    private var summary: ChartSummary { ChartSummary(words: environment.words) }

    private func tickFormat() -> @Sendable (Double) -> String {
        let language = environment.language
        return { NumberFormat.compact($0, language: language) }
    }

    func defaultTitle(_ indicator: Indicator) -> String {
        indicator.unit.isEmpty ? indicator.name : indicator.name + (environment.language == .zhCN ? "（\(indicator.unit)）" : " (\(indicator.unit))")
    }

    /// One line per region for one indicator.
    func lineChart(_ indicator: Indicator, regions: [String], years: [Int], title: String? = nil) -> String {
        let dataset = environment.dataset
        let names = regions.map { dataset.region($0)?.name ?? $0 }
        let series = regions.map { region in years.map { dataset.figure(indicator.id, region, $0) } }
        return lines(
            title: title ?? defaultTitle(indicator), years: years, names: names, figures: series,
            indicators: Array(repeating: indicator, count: regions.count), rowLabel: environment.words["region"])
    }

    /// One line per indicator for one region.
    func lineChart(_ indicators: [Indicator], region: String, years: [Int], title: String? = nil) -> String {
        let dataset = environment.dataset
        let series = indicators.map { indicator in years.map { dataset.figure(indicator.id, region, $0) } }
        let regionName = dataset.region(region)?.name ?? region
        return lines(
            title: title ?? regionName, years: years, names: indicators.map(\.name), figures: series,
            indicators: indicators, rowLabel: environment.words["indicator"])
    }

    private func lines(
        title: String, years: [Int], names: [String], figures: [[Figure?]], indicators: [Indicator], rowLabel: String
    ) -> String {
        let env = environment
        let labels = zip(figures, indicators).map { row, indicator in row.map { $0.map { env.display($0, indicator) } ?? "–" } }
        let desc = summary.lines(
            zip(names, zip(figures, labels)).map { name, pair in
                (name, zip(years, zip(pair.0, pair.1)).compactMap { year, item in item.0.map { (year, item.1, $0.value) } })
            })
        let chart = LineChart(
            title: title, description: desc, categories: years.map(String.init),
            series: zip(names, zip(figures, labels)).map { ChartSeries(name: $0, values: $1.0.map { $0?.value }, labels: $1.1) },
            tickFormat: tickFormat())
        var columns = [TableModel.Column(label: rowLabel)]
        columns += years.map { TableModel.Column(label: String($0), numeric: true) }
        let rows = zip(names, zip(figures, indicators)).map { name, pair in
            [TableModel.Cell(text: name, header: true)] + pair.0.map { env.cell($0, pair.1) }
        }
        return figure(chart.svg(id: nextChartID()), caption: title, table: TableModel(columns: columns, rows: rows))
    }

    /// A ranking of `regions` for one year, best first by the indicator's direction.
    func barChart(_ indicator: Indicator, regions: [String], year: Int, title: String? = nil) -> String {
        let env = environment
        let dataset = env.dataset
        let ranked = dataset.ranking(indicator.id, among: regions, year)
        let bars = ranked.map { entry in
            BarChart.Bar(
                label: dataset.region(entry.region)?.name ?? entry.region, value: entry.figure.value,
                display: env.display(entry.figure, indicator))
        }
        let title = title ?? defaultTitle(indicator) + env.words.comma + env.words.year(year)
        let chart = BarChart(title: title, description: summary.ranking(year: year, bars.map { ($0.label, $0.display) }), bars: bars)
        let table = rankingTable(indicator, year: year, among: regions)
        return figure(chart.svg(id: nextChartID()), caption: title, table: table)
    }

    /// Several indicators of one region in one year, as bars (largest first) — a composition.
    func barChart(_ indicators: [Indicator], region: String, year: Int, title: String? = nil) -> String {
        let env = environment
        let dataset = env.dataset
        let entries = indicators.compactMap { indicator in dataset.figure(indicator.id, region, year).map { (indicator, $0) } }
            .sorted { $0.1.value > $1.1.value }
        let bars = entries.map { BarChart.Bar(label: $0.0.name, value: $0.1.value, display: env.display($0.1, $0.0)) }
        let name = dataset.region(region)?.name ?? region
        let title = title ?? name + env.words.colon + env.words.year(year)
        let chart = BarChart(title: title, description: summary.composition(year: year, bars.map { ($0.label, $0.display) }), bars: bars)
        let table = TableModel(
            columns: [TableModel.Column(label: env.words["indicator"]), TableModel.Column(label: env.words["value"], numeric: true)],
            rows: entries.map { [TableModel.Cell(text: $0.0.name, header: true), env.cell($0.1, $0.0)] })
        return figure(chart.svg(id: nextChartID()), caption: title, table: table)
    }

    /// One region's years as columns.
    func columnChart(_ indicator: Indicator, region: String, years: [Int], title: String? = nil) -> String {
        let env = environment
        let dataset = env.dataset
        let figures = years.map { dataset.figure(indicator.id, region, $0) }
        let labels = figures.map { $0.map { env.display($0, indicator) } ?? "–" }
        let name = dataset.region(region)?.name ?? region
        let title = title ?? name + environment.words.colon + defaultTitle(indicator)
        let desc = summary.lines([(name, zip(years, zip(figures, labels)).compactMap { year, item in item.0.map { (year, item.1, $0.value) } })])
        let chart = ColumnChart(
            title: title, description: desc, categories: years.map(String.init), values: figures.map { $0?.value },
            labels: labels, tickFormat: tickFormat())
        let table = TableModel(
            columns: [TableModel.Column(label: env.words["year"]), TableModel.Column(label: env.words["value"], numeric: true)],
            rows: zip(years, figures).map { [TableModel.Cell(text: String($0), header: true), env.cell($1, indicator)] })
        return figure(chart.svg(id: nextChartID()), caption: title, table: table)
    }

    /// A word-sized trend line (no figure, no table: it sits in a table row or card that has the numbers).
    func sparkline(_ indicator: Indicator, _ region: String, years: [Int]) -> String {
        let env = environment
        let dataset = env.dataset
        let figures = years.map { dataset.figure(indicator.id, region, $0) }
        guard figures.compactMap({ $0 }).count > 1 else { return "" }
        let name = dataset.region(region)?.name ?? region
        let labels = figures.map { $0.map { env.display($0, indicator) } ?? "–" }
        let desc = summary.lines([(name, zip(years, zip(figures, labels)).compactMap { year, item in item.0.map { (year, item.1, $0.value) } })])
        return Sparkline(title: name + env.words.colon + indicator.name, description: desc, values: figures.map { $0?.value })
            .svg(id: nextChartID())
    }

    private func figure(_ svg: String, caption: String, table: TableModel) -> String {
        environment.theme.render(
            "partials/chart",
            ["svg": svg, "caption": caption, "table": renderTable(table), "t": environment.words.table])
    }
}
