import AlmanacMarkup

/// Years (or any ordered categories) across, one line per series, a value axis with nice ticks
/// from zero (or below, for negative data), or on a log scale. Two figures are joined unless a
/// figure expected between them is missing, which breaks the line; a point joined to nothing is
/// drawn as a dot. On the wide drawing several series are named at their line ends, nudged apart
/// so the names do not overlap, when every line reaches the last year and the names stay near
/// their lines; otherwise, and on the narrow drawing, a legend above the plot names them. A
/// single line has its values written beside its points where they touch no line, dot or other
/// label (all of them when they can be, else the first and the last, else the last).
///
/// More series than colours can tell apart (``maxDistinctSeries``): the `highlight`ed ones are
/// drawn in colour over the others in thin grey, the legend naming the highlighted ones and,
/// with a grey swatch, `othersLabel`; with nothing highlighted the chart becomes
/// ``SmallMultiples`` (``Form``).
public struct LineChart: Sendable {
    public var title: String
    public var description: String
    /// The x-axis labels, e.g. years.
    public var categories: [String]
    public var series: [ChartSeries]
    /// Writes the value axis ticks (short forms such as `1.2万`).
    public var tickFormat: TickFormat
    public var scale: ChartScale
    /// Indices into `series` of the ones the reader came for (the page's region): drawn in
    /// colour over the others in grey when there are more than ``maxDistinctSeries``, and drawn
    /// last, a little thicker, when there are fewer.
    public var highlight: [Int]
    /// The legend's note for the grey lines, in the page's language ("others in grey", "其他为灰色").
    public var othersLabel: String
    public var form: Form

    /// How many series can be told apart by colour: the palette's colours.
    public static let maxDistinctSeries = 8

    public enum Form: Sendable, Equatable {
        /// Lines; small multiples instead when there are more than ``maxDistinctSeries`` series and none is highlighted.
        case automatic
        /// Lines whatever the number of series (colours repeat, dashed, after the eighth).
        case lines
        /// One small chart per series (``SmallMultiples``).
        case smallMultiples
    }

    public init(
        title: String, description: String, categories: [String], series: [ChartSeries], tickFormat: TickFormat,
        scale: ChartScale = .linear, highlight: [Int] = [], othersLabel: String = "", form: Form = .automatic
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.tickFormat = tickFormat
        self.scale = scale
        self.highlight = highlight
        self.othersLabel = othersLabel
        self.form = form
    }

    /// How many values are not drawn because the scale cannot place them (on a log scale, zero
    /// and negative ones), so that the page can say so.
    public var valuesLeftOut: Int { series.reduce(0) { $0 + scale.leftOut(Array($1.values.prefix(categories.count))) } }

    /// The highlighted series that exist, each once, in the order given.
    var highlighted: [Int] {
        var seen = Set<Int>()
        return highlight.filter { series.indices.contains($0) && seen.insert($0).inserted }
    }

    /// Whether the highlighted series are drawn in colour over the others in grey.
    var greysOthers: Bool { series.count > Self.maxDistinctSeries && !highlighted.isEmpty }

    /// Whether this chart is drawn as small multiples.
    public var drawsSmallMultiples: Bool {
        form == .smallMultiples || (form == .automatic && series.count > Self.maxDistinctSeries && highlighted.isEmpty)
    }

    var smallMultiples: SmallMultiples {
        SmallMultiples(
            title: title, description: description, categories: categories, series: series, tickFormat: tickFormat, scale: scale,
            highlight: highlighted)
    }

    /// Both drawings (or the small multiples), for a page.
    public func svg(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    /// One drawing on its own.
    public func svg(id: String, layout: ChartLayout) -> String { MarkupBytes.svg { write(id: id, layout: layout, into: &$0) } }

    /// The wide and the narrow drawing, one after the other (the theme shows one), or the small multiples.
    public func write(id: String, into out: inout MarkupBytes) {
        guard !drawsSmallMultiples else { return smallMultiples.write(id: id, into: &out) }
        LineDrawing(chart: self, metrics: .wide).write(id: id, into: &out)
        LineDrawing(chart: self, metrics: .narrow).write(id: ChartLayout.narrow.id(id), into: &out)
    }

    /// The compact drawing: the narrow drawing written alone, with the classes of a wide one
    /// (`chart chart-line`) and shown at every width, for a page of many charts that the theme
    /// lays out in a grid of columns no narrower than ``ChartLayout/narrowestBox`` (a region's
    /// trends, one chart per indicator). Like the narrow drawing it has no tooltips: its values
    /// are in the table under it, its first and last in its description. The page carries one
    /// drawing instead of two, and a desktop screen shows several trends side by side rather
    /// than one chart a column wide. Small multiples stay as they are.
    public func writeCompact(id: String, into out: inout MarkupBytes) {
        guard !drawsSmallMultiples else { return smallMultiples.write(id: id, into: &out) }
        LineDrawing(chart: self, metrics: .compact).write(id: id, into: &out)
    }

    /// One drawing on its own (or the small multiples, which have one form for every width).
    public func write(id: String, layout: ChartLayout, into out: inout MarkupBytes) {
        guard !drawsSmallMultiples else { return smallMultiples.write(id: id, into: &out) }
        LineDrawing(chart: self, metrics: layout.metrics).write(id: id, into: &out)
    }
}
