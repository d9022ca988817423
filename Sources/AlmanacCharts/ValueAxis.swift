/// The vertical value axis shared by line and column charts: nice ticks over the data, always
/// including zero (so that a bar's length and a line's height both mean their value), their
/// labels' width for the left margin, and the gridlines with labels.
struct ValueAxis {
    let ticks: [Double]
    let labels: [String]
    let fontSize: Double

    init(values: [Double], count: Int, fontSize: Double, format: TickFormat) {
        let finite = values.filter(\.isFinite)
        let low = min(0, finite.min() ?? 0)
        let high = max(0, finite.max() ?? 1)
        ticks = NiceTicks.ticks(low: low, high: high == low ? low + 1 : high, count: count)
        let written = format.labels(ticks)
        labels = ticks.indices.map { $0 < written.count ? written[$0] : "" }
        self.fontSize = fontSize
    }

    /// Where the plot starts: the widest label plus a gap.
    var labelWidth: Double { 8 + (labels.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0) }

    func scale(bottom: Double, top: Double) -> LinearScale {
        LinearScale(domain: (ticks.first!, ticks.last!), range: (bottom, top))
    }

    /// Gridlines from `left` to `right` (the zero line in the axis colour) and labels left of them.
    func svg(_ y: LinearScale, left: Double, right: Double) -> String {
        var out = "<g class=\"axis y-axis\" font-size=\""
        out += SVGText.number(fontSize)
        out += "\">"
        let x1 = SVGText.number(left)
        let x2 = SVGText.number(right)
        let labelX = SVGText.number(left - 6)
        for (tick, label) in zip(ticks, labels) {
            let ty = SVGText.number(y(tick))
            out += "<line x1=\""
            out += x1
            out += "\" x2=\""
            out += x2
            out += "\" y1=\""
            out += ty
            out += "\" y2=\""
            out += ty
            out += "\" style=\""
            out += tick == 0 ? ChartFrame.axisStyle : ChartFrame.gridStyle
            out += "\"/><text x=\""
            out += labelX
            out += "\" y=\""
            out += ty
            out += "\" dy=\"0.32em\" text-anchor=\"end\" style=\""
            out += ChartFrame.mutedStyle
            out += "\">"
            out += SVGText.escape(label)
            out += "</text>"
        }
        out += "</g>"
        return out
    }
}
