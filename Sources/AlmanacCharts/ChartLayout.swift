/// The two drawings of every chart: one for a desktop column and one for a phone. Both are written
/// into the page and the theme's style sheet shows one of them by the width of the chart's box
/// (a CSS container query), so that a phone gets a chart laid out for its width — fewer ticks,
/// thinned years, a legend instead of names at the line ends — rather than the desktop chart
/// shrunk until its text cannot be read.
public enum ChartLayout: Sendable, CaseIterable {
    /// 640 user units across, shown in boxes at least ``ChartLayout/switchWidth`` wide.
    case wide
    /// 340 user units across, shown in narrower boxes.
    case narrow

    /// The box width (CSS px) from which the wide drawing is shown: at it, the wide drawing's
    /// smallest text (11 units of 640) renders at 11 px.
    public static let switchWidth = 640.0
    /// The narrowest box the narrow drawing is meant for: a 360 px phone less the page's margins.
    /// At it the narrow drawing's text (12 units of 340) renders at 11.3 px.
    public static let narrowestBox = 320.0
    /// The least rendered text size the layouts are made for, in CSS px.
    public static let minimumTextSize = 11.0

    /// The id of this drawing of chart `id`: the wide one keeps it, the narrow one adds `-n`.
    func id(_ id: String) -> String { self == .wide ? id : id + "-n" }

    var metrics: ChartMetrics { self == .wide ? .wide : .narrow }
}

/// The sizes one layout draws with, in user units of its viewBox.
struct ChartMetrics: Sendable {
    var layout: ChartLayout
    var width: Double
    /// Axis labels, names, legends.
    var fontSize: Double
    /// Value labels at points and over columns.
    var labelSize: Double
    /// About how many intervals a value axis is cut into.
    var lineTicks: Int
    var columnTicks: Int
    var linePlotHeight: Double
    var columnPlotHeight: Double
    /// Whether marks carry a tooltip of their own (a `<title>`): on the desktop drawing, where
    /// there is a pointer to hover with; a phone has none, and the page is lighter without them.
    var tooltips: Bool
    /// Whether this is the compact drawing: the narrow one's sizes, written alone and shown at
    /// every width (``LineChart/writeCompact(id:into:)``).
    var compact = false

    static let wide = ChartMetrics(
        layout: .wide, width: 640, fontSize: 12, labelSize: 11, lineTicks: 5, columnTicks: 4, linePlotHeight: 260,
        columnPlotHeight: 232, tooltips: true)
    static let narrow = ChartMetrics(
        layout: .narrow, width: 340, fontSize: 12, labelSize: 12, lineTicks: 3, columnTicks: 3, linePlotHeight: 190,
        columnPlotHeight: 170, tooltips: false)
    static let compact: ChartMetrics = {
        var metrics = narrow
        metrics.compact = true
        return metrics
    }()
}
