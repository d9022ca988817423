import AlmanacData
import AlmanacMaps
import AlmanacMarkup

/// Choropleths drawn from the model: one indicator's figures in one year for the compared
/// regions, on the site's map that shows most of them (or the one named), with the legend, the
/// regions without a figure or without a shape named below it, and the data as a table.
extension PageInput {
    /// The map, or nil when no map of the site has a shape for any of `regions`. `highlight` is
    /// the page's own region, outlined.
    /// `withTable: false` leaves the table of its figures out for a page that shows it right after.
    func choropleth(
        _ indicator: Indicator, year: Int, regions: [String], map id: String? = nil, highlight: String? = nil, title: String? = nil,
        withTable: Bool = true
    ) -> MarkupBytes? {
        let maps = env.content.maps
        guard let map = id.map({ maps.map($0) }) ?? maps.maps(showing: regions).first else { return nil }
        let dataset = env.dataset
        let words = env.words
        let prepared = maps.prepared(map, for: regions)
        var entries: [(region: String, figure: Figure)] = []
        let shown = regions.map { region -> Choropleth.Region in
            let name = env.region(region)?.name ?? region
            guard let figure = dataset.figure(indicator.id, region, year), !figure.isPartial else {
                return Choropleth.Region(id: region, name: name, value: nil, display: words[.noData])
            }
            entries.append((region, figure))
            return Choropleth.Region(id: region, name: name, value: figure.value, display: env.display(figure, indicator))
        }
        let direction: MapClasses.Direction = indicator.direction == .up ? .higherIsBetter : .lowerIsBetter
        let classes = MapClasses(values: entries.map(\.figure.value), direction: direction)
        let title = title ?? defaultTitle(indicator) + words.comma + words.year(year)
        let ranked = dataset.ranking(indicator.id, of: entries)
        let chart = Choropleth(
            title: title, description: describe(ranked, indicator, year: year, highlight: highlight), regions: shown,
            classes: classes, highlight: highlight, noDataLabel: words[.noData])
        let chartID = work.nextChartID()
        var svg = MarkupBytes()
        chart.writeSVG(id: chartID, map: prepared, join: map.join, into: &svg)
        var legend = MarkupBytes()
        chart.writeLegend(id: chartID, unit: indicator.unit, format: { NumberFormat.decimal($0, decimals: indicator.decimals) }, into: &legend)
        let figure = MapFigure(
            caption: title, svg: svg, legend: legend,
            withoutFigure: chart.regionsWithoutFigure(on: prepared, join: map.join).map(\.name),
            withoutShape: chart.regionsWithoutShape(on: prepared, join: map.join).map(\.name), table: nil)
        var out = MarkupBytes()
        parts.map(figure, table: withTable ? rankingTable(indicator, year: year, ranked: ranked) : nil, into: &out)
        return out
    }

    /// The map's `<desc>`: the highest and the lowest figure, and the page's region.
    private func describe(_ ranked: [(region: String, figure: Figure)], _ indicator: Indicator, year: Int, highlight: String?) -> String {
        let words = env.words
        guard let best = ranked.first, let worst = ranked.last else { return words[.noData] }
        func name(_ id: String) -> String { env.region(id)?.name ?? id }
        let (high, low) = indicator.direction == .up ? (best, worst) : (worst, best)
        var text = words.phrase(
            .mapExtremes,
            [
                "year": words.year(year), "count": String(ranked.count), "high": name(high.region),
                "highText": env.display(high.figure, indicator), "low": name(low.region), "lowText": env.display(low.figure, indicator),
            ])
        if let highlight, let own = ranked.firstIndex(where: { $0.region == highlight }) {
            text += words.phrase(
                .mapOwn,
                ["name": name(highlight), "text": env.display(ranked[own].figure, indicator), "rank": words.rank(position: own + 1, of: ranked.count)])
        }
        return text + words[.sentenceEnd]
    }
}

/// What `partials/map` shows: the map's caption, its SVG and legend, the regions without a figure
/// and those without a shape, and the table of its data.
struct MapFigure {
    var caption: String
    var svg: MarkupBytes
    var legend: MarkupBytes
    var withoutFigure: [String]
    var withoutShape: [String]
    var table: MarkupBytes?
}
