import AlmanacMarkup

/// The value axis shared by line, column and bar charts: nice ticks over the data — on a linear
/// scale always including zero, so that a bar's length and a line's height both mean their value;
/// on a log scale at 1, 2, 5 × 10ⁿ or powers of ten — their labels' width for the margin, and the
/// gridlines with labels.
struct ValueAxis {
    let ticks: [Double]
    let labels: [String]
    let fontSize: Double
    let scale: ChartScale

    init(values: [Double], count: Int, fontSize: Double, format: TickFormat, scale: ChartScale = .linear) {
        let placed = values.filter { scale.places($0) }
        switch scale {
        case .linear:
            let low = min(0, placed.min() ?? 0)
            let high = max(0, placed.max() ?? 1)
            ticks = NiceTicks.ticks(low: low, high: high == low ? low + 1 : high, count: count)
            let written = format.labels(ticks)
            labels = ticks.indices.map { $0 < written.count ? written[$0] : "" }
        case .log:
            ticks = NiceTicks.logTicks(low: placed.min() ?? 1, high: placed.max() ?? 10, count: count)
            // Each tick in its own unit: 1, 10, 100, 1000, 1万, 10万 — one unit for the whole axis
            // would write the small ticks as 0.0001万.
            labels = ticks.map { format.labels([$0]).first ?? "" }
        }
        self.fontSize = fontSize
        self.scale = scale
    }

    /// How wide the widest label is.
    var labelWidth: Double { labels.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0 }

    /// Where a vertical axis's plot starts: the widest label plus a gap.
    var margin: Double { 8 + labelWidth }

    func scale(from start: Double, to end: Double) -> AxisScale {
        AxisScale(domain: (ticks.first!, ticks.last!), range: (start, end), log: scale == .log)
    }

    /// The tick that is drawn in the axis colour: zero, or the lowest on a log scale.
    private var baseline: Double { scale == .log ? ticks.first! : 0 }

    /// The boxes of the labels of a vertical axis, for labels placed later to keep clear of.
    func labelBoxes(_ y: AxisScale, left: Double) -> [LabelSpace.Box] {
        zip(ticks, labels).map { tick, label in
            LabelSpace.text(TextWidth.of(label, fontSize: fontSize), x: left - 6, y: y(tick), size: fontSize, anchor: .end, centred: true)
        }
    }

    /// Horizontal gridlines from `left` to `right` (the zero line in the axis colour) and labels left of them.
    func writeVertical(_ y: AxisScale, left: Double, right: Double, into out: inout MarkupBytes) {
        out.append("<g class=\"axis y-axis\" font-size=\"")
        out.append(number: fontSize)
        out.append("\" text-anchor=\"end\" style=\"")
        out.append(ChartFrame.mutedStyle)
        out.append("\"><path d=\"")
        for tick in ticks where tick != baseline {
            out.append("M")
            out.append(number: left)
            out.append(" ")
            out.append(number: y(tick))
            out.append("H")
            out.append(number: right)
        }
        out.append("\" fill=\"none\" style=\"")
        out.append(ChartFrame.gridStyle)
        out.append("\"/>")
        if ticks.contains(baseline) { ChartFrame.line(x1: left, x2: right, y1: y(baseline), y2: y(baseline), style: ChartFrame.axisStyle, into: &out) }
        for index in Self.apart(ticks.map { y($0) }, widths: ticks.map { _ in fontSize }, gap: 2) {
            let (tick, label) = (ticks[index], labels[index])
            out.append("<text x=\"")
            out.append(number: left - 6)
            out.append("\" y=\"")
            out.append(number: y(tick))
            out.append("\" dy=\"0.32em\">")
            out.append(escaping: label)
            out.append("</text>")
        }
        out.append("</g>")
    }

    /// Vertical gridlines from `top` to `bottom` and labels under them (a bar chart on a log scale).
    func writeHorizontal(_ x: AxisScale, top: Double, bottom: Double, into out: inout MarkupBytes) {
        out.append("<g class=\"axis x-axis\" font-size=\"")
        out.append(number: fontSize)
        out.append("\" text-anchor=\"middle\" style=\"")
        out.append(ChartFrame.mutedStyle)
        out.append("\"><path d=\"")
        for tick in ticks {
            out.append("M")
            out.append(number: x(tick))
            out.append(" ")
            out.append(number: top)
            out.append("V")
            out.append(number: bottom)
        }
        out.append("\" fill=\"none\" style=\"")
        out.append(ChartFrame.gridStyle)
        out.append("\"/>")
        let widths = labels.map { TextWidth.of($0, fontSize: fontSize) }
        for index in Self.apart(ticks.map { x($0) }, widths: widths, gap: 6) {
            let (tick, label) = (ticks[index], labels[index])
            out.append("<text x=\"")
            out.append(number: x(tick))
            out.append("\" y=\"")
            out.append(number: bottom + fontSize + 4)
            out.append("\">")
            out.append(escaping: label)
            out.append("</text>")
        }
        out.append("</g>")
    }

    /// Which of the labels centred at `positions` (in order, either direction), `widths` long,
    /// to write so that none comes closer than `gap` to the next: the first, then each that
    /// clears the one before; the last always, in place of any it would crowd.
    static func apart(_ positions: [Double], widths: [Double], gap: Double) -> [Int] {
        func clear(_ a: Int, _ b: Int) -> Bool { abs(positions[b] - positions[a]) >= (widths[a] + widths[b]) / 2 + gap }
        var shown: [Int] = []
        for index in positions.indices where shown.last.map({ clear($0, index) }) ?? true { shown.append(index) }
        if let last = positions.indices.last, shown.last != last {
            while let previous = shown.last, !clear(previous, last), shown.count > 1 { shown.removeLast() }
            if shown.last.map({ clear($0, last) }) ?? true { shown.append(last) }
        }
        return shown
    }
}
