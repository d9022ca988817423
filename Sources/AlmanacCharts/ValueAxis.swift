import AlmanacMarkup

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
    func write(_ y: LinearScale, left: Double, right: Double, into out: inout MarkupBytes) {
        out.append("<g class=\"axis y-axis\" font-size=\"")
        out.append(number: fontSize)
        out.append("\">")
        for (tick, label) in zip(ticks, labels) {
            let ty = y(tick)
            out.append("<line x1=\"")
            out.append(number: left)
            out.append("\" x2=\"")
            out.append(number: right)
            out.append("\" y1=\"")
            out.append(number: ty)
            out.append("\" y2=\"")
            out.append(number: ty)
            out.append("\" style=\"")
            out.append(tick == 0 ? ChartFrame.axisStyle : ChartFrame.gridStyle)
            out.append("\"/><text x=\"")
            out.append(number: left - 6)
            out.append("\" y=\"")
            out.append(number: ty)
            out.append("\" dy=\"0.32em\" text-anchor=\"end\" style=\"")
            out.append(ChartFrame.mutedStyle)
            out.append("\">")
            out.append(escaping: label)
            out.append("</text>")
        }
        out.append("</g>")
    }
}
