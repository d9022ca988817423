import AlmanacCharts
import AlmanacData
import AlmanacMarkup

/// Charts drawn from the model, each in a `<figure>` with the data behind it as a table in a
/// `<details>` right after the picture (rendered by the theme's `partials/chart`). Every number
/// in the picture, its description and its table is the same figure of the ``Dataset``.
extension PageInput {
    /// Rows of figures over years: one indicator in several regions, or several indicators in one region.
    struct SeriesRows {
        /// Each row's region (or indicator) id.
        var ids: [String]
        var names: [String]
        /// Aligned with `names`: one figure (or none) per year.
        var figures: [[Figure?]]
        /// The indicator of each row (the same one for every row when regions are compared).
        var indicators: [Indicator]
        /// The figures as the page writes them (`974.2亿元`, `–` for none), written once for the
        /// marks' labels and the description.
        var texts: [[String]]
        /// The header of the table's first column.
        var rowLabel: String
        var years: [Int]
        /// Aligned with `names`: in which of `years` each row has an observation due (its
        /// indicator's step from its first year): figures that are consecutive observations are
        /// joined in charts even with years between them, and a missing one is a gap.
        var expected: [[Bool]]
        /// The indicator, regions and years these rows were made for, when they were made by
        /// ``rows(_:regions:years:)`` and kept for the page; nil otherwise.
        var key: Key?

        /// What made the rows: one indicator, its regions and years.
        struct Key: Hashable {
            var indicator: String
            var regions: [String]
            var years: [Int]
        }
    }

    /// How a block asks a chart to be drawn (`scale:`, `highlight:`, `type: small-multiples`).
    struct ChartStyle {
        var scale: ChartScale = .linear
        /// The ids of the rows to draw in colour over the others in grey, when there are many.
        var highlight: [String] = []
        var form: LineChart.Form = .automatic
        /// One compact drawing that the theme lays out in a grid with others (a region's trends,
        /// one chart per indicator), rather than a wide and a narrow one.
        var compact = false

        static let standard = ChartStyle()
        static let compact = ChartStyle(compact: true)
    }

    private var summary: ChartSummary { ChartSummary(words: env.words) }

    private var tickFormat: TickFormat {
        let language = env.language
        return TickFormat { NumberFormat.compactTicks($0, language: language) }
    }

    /// The indicator's name with its unit, never in brackets within brackets.
    func defaultTitle(_ indicator: Indicator) -> String { NumberFormat.title(of: indicator, language: env.language) }

    /// One indicator in each of `regions`. Kept for the page (``PageWork``): a region page makes the
    /// same rows for an indicator's sparkline in its table and for its chart.
    func rows(_ indicator: Indicator, regions: [String], years: [Int]) -> SeriesRows {
        let key = SeriesRows.Key(indicator: indicator.id, regions: regions, years: years)
        if let made = work.rowsMade[key] { return made }
        let dataset = env.dataset
        let serieses = regions.map { dataset.figures(indicator.id, $0) }
        var made = rows(
            ids: regions, names: regions.map { env.region($0)?.name ?? $0 }, figures: serieses.map { series in years.map { series.figure($0) } },
            indicators: Array(repeating: indicator, count: regions.count), rowLabel: env.words[.region], years: years,
            origins: serieses.map { $0.years.first })
        made.key = key
        work.rowsMade[key] = made
        return made
    }

    /// Each of `indicators` in one region.
    func rows(_ indicators: [Indicator], region: String, years: [Int]) -> SeriesRows {
        let serieses = indicators.map { env.dataset.figures($0.id, region) }
        return rows(
            ids: indicators.map(\.id), names: indicators.map(\.name), figures: serieses.map { series in years.map { series.figure($0) } },
            indicators: indicators, rowLabel: env.words[.indicator], years: years, origins: serieses.map { $0.years.first })
    }

    /// `origins`: the first year of each row's series, where its step grid starts.
    private func rows(
        ids: [String], names: [String], figures: [[Figure?]], indicators: [Indicator], rowLabel: String, years: [Int], origins: [Int?]
    ) -> SeriesRows {
        let env = env
        let texts = zip(figures, indicators).map { row, indicator in row.map { $0.map { env.display($0, indicator) } ?? "–" } }
        let expected = zip(indicators, origins).map { indicator, origin in
            ChartSeries.expected(years: years, step: env.dataset.step(of: indicator.id), from: origin ?? years.first ?? 0)
        }
        return SeriesRows(
            ids: ids, names: names, figures: figures, indicators: indicators, texts: texts, rowLabel: rowLabel, years: years, expected: expected)
    }

    /// The years a chart of `indicators` in `regions` runs over, from `first` to `last`: those in
    /// which some series has an observation due (all years for yearly data; 2016 and 2020 for
    /// Lin'an's output given for those two; every fifth for five-yearly data).
    func chartYears(_ indicators: [Indicator], regions: [String], first: Int, last: Int) -> [Int] {
        guard first <= last else { return [] }
        // Marked year by year in one array rather than gathered in sets: a region page asks
        // this of each of its indicators.
        var due = [Bool](repeating: false, count: last - first + 1)
        for indicator in indicators {
            let step = env.dataset.step(of: indicator.id)
            for region in regions {
                let observed = env.dataset.years(indicator.id, region)
                guard let origin = observed.first else { continue }
                for year in observed where year >= first && year <= last { due[year - first] = true }
                // The first year from `first` on that is a whole number of steps from `origin`.
                var year = first + ((origin - first) % step + step) % step
                while year <= last {
                    due[year - first] = true
                    year += step
                }
            }
        }
        let years = due.indices.filter { due[$0] }.map { first + $0 }
        return years.isEmpty ? Array(first...last) : years
    }

    /// One line per row (or a small chart per row, when there are many and nothing to highlight).
    func lineChart(_ rows: SeriesRows, title: String, style: ChartStyle = .standard) -> MarkupBytes {
        let chart = LineChart(
            title: title, description: describe(rows), categories: rows.years.map(String.init), series: series(rows),
            tickFormat: tickFormat, scale: style.scale, highlight: style.highlight.compactMap(rows.ids.firstIndex),
            othersLabel: env.words[.othersInGrey], form: style.form)
        let id = work.nextChartID()
        return figure(
            { style.compact ? chart.writeCompact(id: id, into: &$0) : chart.write(id: id, into: &$0) }, caption: title,
            table: table(rows), leftOut: chart.valuesLeftOut)
    }

    /// Columns per year: one column for a single row, a group of columns for several.
    func columnChart(_ rows: SeriesRows, title: String, style: ChartStyle = .standard) -> MarkupBytes {
        let chart = ColumnChart(
            title: title, description: describe(rows), categories: rows.years.map(String.init), series: series(rows),
            tickFormat: tickFormat, scale: style.scale)
        let id = work.nextChartID()
        return figure(
            { style.compact ? chart.writeCompact(id: id, into: &$0) : chart.write(id: id, into: &$0) }, caption: title,
            table: table(rows), leftOut: chart.valuesLeftOut)
    }

    /// A ranking of `regions` for one year, best first by the indicator's direction. Its table
    /// is the ranking with changes; `withTable: false` leaves it out for a page that shows that
    /// table itself, right after the chart.
    func barChart(
        _ indicator: Indicator, regions: [String], year: Int, title: String? = nil, withTable: Bool = true, style: ChartStyle = .standard
    ) -> MarkupBytes {
        barChart(
            indicator, ranked: env.dataset.ranking(indicator.id, among: regions, year), year: year, title: title, withTable: withTable,
            style: style)
    }

    /// The same for a ranking in hand (``Dataset/ranking(_:of:)``): a year page ranks thousands
    /// of regions for each indicator, and should not sort them twice, for the chart and its table.
    func barChart(
        _ indicator: Indicator, ranked: [(region: String, figure: Figure)], year: Int, title: String? = nil, withTable: Bool = true,
        style: ChartStyle = .standard, head first: Int? = nil
    ) -> MarkupBytes {
        let env = env
        let places = RankingCut.places(ranked)
        let (head, tail, omitted) = RankingCut.select(places, first: first)
        let bars = (head + tail).map { place in
            BarChart.Bar(
                label: env.region(place.entry.region)?.name ?? place.entry.region, value: place.entry.figure.value,
                display: env.display(place.entry.figure, indicator), rank: place.position)
        }
        var title = title ?? defaultTitle(indicator) + env.words.comma + env.words.year(year)
        if omitted > 0 {
            title += env.words.comma + (first.map { env.words.phrase(.firstPlaces, ["count": String($0)]) } ?? env.words.headAndTail(RankingCut.head, RankingCut.tail))
        }
        let chart = BarChart(
            title: title, description: summary.ranking(year: year, bars.map { ($0.label, $0.display) }, total: bars.count + omitted),
            bars: bars, scale: style.scale, tickFormat: tickFormat, breakAfter: omitted > 0 && first == nil ? head.count : nil,
            breakLabel: env.words.phrase(.breakLabel, ["count": String(omitted)]), breaksAtEnd: omitted > 0 && first != nil)
        let id = work.nextChartID()
        return figure(
            { chart.write(id: id, into: &$0) }, caption: title,
            table: withTable ? rankingTable(indicator, year: year, ranked: ranked, head: first) : nil,
            leftOut: chart.valuesLeftOut)
    }

    /// Several indicators of one region in one year, as bars (largest first) — a composition.
    func barChart(_ indicators: [Indicator], region: String, year: Int, title: String? = nil) -> MarkupBytes {
        let env = env
        let dataset = env.dataset
        let entries = indicators.compactMap { indicator in dataset.figure(indicator.id, region, year).map { (indicator, $0) } }
            .sorted { $0.1.value > $1.1.value }
        let bars = entries.map { BarChart.Bar(label: $0.0.name, value: $0.1.value, display: env.display($0.1, $0.0)) }
        let name = env.region(region)?.name ?? region
        let title = title ?? name + env.words.colon + env.words.year(year)
        let chart = BarChart(title: title, description: summary.composition(year: year, bars.map { ($0.label, $0.display) }), bars: bars)
        let table = TableModel(
            columns: [TableModel.Column(label: env.words[.indicator]), TableModel.Column(label: env.words[.value], numeric: true)],
            rows: entries.map { [TableModel.Cell(text: $0.0.name, header: true), env.cell($0.1, $0.0)] })
        let id = work.nextChartID()
        return figure({ chart.write(id: id, into: &$0) }, caption: title, table: table)
    }

    /// A word-sized trend line, bare: it sits in a table row or a card that has the numbers.
    /// Empty when there are fewer than two figures to draw a trend from.
    func sparkline(_ indicator: Indicator, _ region: String, years: [Int]) -> MarkupBytes? {
        let rows = rows(indicator, regions: [region], years: years)
        guard rows.figures[0].compactMap({ $0 }).count > 1 else { return nil }
        var out = MarkupBytes()
        sparkline(rows, indicator: indicator, into: &out)
        return out
    }

    /// A sparkline written as a block of its own: a figure with its data table like any chart.
    func sparklineFigure(_ indicator: Indicator, region: String, years: [Int], title: String) -> MarkupBytes {
        let rows = rows(indicator, regions: [region], years: years)
        return figure({ sparkline(rows, indicator: indicator, into: &$0) }, caption: title, table: table(rows))
    }

    private func sparkline(_ rows: SeriesRows, indicator: Indicator, into out: inout MarkupBytes) {
        Sparkline(
            title: rows.names[0] + env.words.colon + indicator.name, description: describe(rows), values: rows.figures[0].map { $0?.value },
            expected: rows.expected[0]
        ).write(id: work.nextChartID(), into: &out)
    }

    private func series(_ rows: SeriesRows) -> [ChartSeries] {
        rows.names.indices.map {
            ChartSeries(name: rows.names[$0], values: rows.figures[$0].map { $0?.value }, labels: rows.texts[$0], expected: rows.expected[$0])
        }
    }

    private func describe(_ rows: SeriesRows) -> String {
        if let key = rows.key, let known = work.descriptions[key] { return known }
        let description = describeAnew(rows)
        if let key = rows.key { work.descriptions[key] = description }
        return description
    }

    private func describeAnew(_ rows: SeriesRows) -> String {
        let env = env
        return summary.series(
            rows.names.indices.map { row in
                let present = rows.years.indices.compactMap { column in
                    rows.figures[row][column].map { (year: rows.years[column], figure: $0, text: rows.texts[row][column]) }
                }
                var change: String?
                // As everywhere, no change from or to a partial roll-up.
                if let first = present.first, let last = present.last, first.year < last.year,
                    !first.figure.isPartial, !last.figure.isPartial
                {
                    let indicator = rows.indicators[row]
                    change = env.changeText(
                        Change(
                            fromYear: first.year, toYear: last.year, from: first.figure.value, to: last.figure.value,
                            isRate: indicator.isRate),
                        indicator)
                }
                return ChartSummary.Series(
                    name: rows.names[row],
                    points: present.map { ChartSummary.Point(year: $0.year, text: $0.text, value: $0.figure.value) },
                    change: change)
            }, years: rows.years)
    }

    /// The rows × years table under a line or column chart. Where every row is in one unit, the
    /// table states it once and its cells hold numbers alone, as the pages' main tables do.
    private func table(_ rows: SeriesRows) -> TableModel {
        let env = env
        let units = Set(rows.indicators.map(\.unit))
        let unit = units.count == 1 ? units.first.flatMap { $0.isEmpty ? nil : $0 } : nil
        let columns = [TableModel.Column(label: rows.rowLabel)] + rows.years.map { TableModel.Column(label: String($0), numeric: true) }
        // Built row by row into arrays of their final size, the row's indicator taken once: a
        // region page makes a table like this for each of its indicators.
        let cells = rows.names.indices.map { row in
            let indicator = rows.indicators[row], figures = rows.figures[row], texts = rows.texts[row]
            var cells = [TableModel.Cell(text: rows.names[row], header: true)]
            cells.reserveCapacity(figures.count + 1)
            for column in figures.indices {
                cells.append(
                    unit == nil ? env.cell(figures[column], indicator, text: texts[column]) : env.cell(figures[column], indicator, unit: false))
            }
            return cells
        }
        let partial = rows.figures.contains { $0.contains { $0?.isPartial == true } }
        var table = TableModel(unit: unit, columns: columns, rows: cells, footnote: partial ? env.words[.dataNote] : nil)
        table.figureColumns = true
        table.sayProvenanceOnce()
        return table
    }

    /// A chart in its figure, the data behind it in a table under it; the table says how many
    /// figures a log scale could not draw.
    private func figure(_ svg: (inout MarkupBytes) -> Void, caption: String, table: TableModel?, leftOut: Int = 0) -> MarkupBytes {
        var table = table
        if leftOut > 0, table != nil {
            let note = env.words.phrase(.leftOutOfLog, ["count": String(leftOut)])
            table!.footnote = table!.footnote.map { $0 + " " + note } ?? note
        }
        var out = MarkupBytes()
        parts.chart(caption: caption, svg: svg, table: table, into: &out)
        return out
    }
}
