import AlmanacMarkup

/// Years (or any ordered categories) across as vertical columns from zero (or, on a log scale,
/// from the axis's lowest tick): one column per year for a single series, or a group of columns
/// per year for several (with a legend above the plot). The columns carry their values when
/// every label finds a place over (or under) its own column clear of the other columns and
/// labels; a missing value is an empty slot, so gaps stay visible and are never mistaken for zero.
public struct ColumnChart: Sendable {
    public var title: String
    public var description: String
    public var categories: [String]
    public var series: [ChartSeries]
    public var tickFormat: TickFormat
    public var scale: ChartScale

    public init(
        title: String, description: String, categories: [String], series: [ChartSeries], tickFormat: TickFormat,
        scale: ChartScale = .linear
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.tickFormat = tickFormat
        self.scale = scale
    }

    static let maxColumnWidth = 56.0

    /// How many values are not drawn because the scale cannot place them (zero and negative ones on a log scale).
    public var valuesLeftOut: Int { series.reduce(0) { $0 + scale.leftOut(Array($1.values.prefix(categories.count))) } }

    /// Both drawings, for a page.
    public func svg(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    public func svg(id: String, layout: ChartLayout) -> String { MarkupBytes.svg { write(id: id, layout: layout, into: &$0) } }

    /// The wide and the narrow drawing, one after the other (the theme shows one).
    public func write(id: String, into out: inout MarkupBytes) {
        write(id: id, metrics: .wide, into: &out)
        write(id: ChartLayout.narrow.id(id), metrics: .narrow, into: &out)
    }

    /// One drawing on its own.
    public func write(id: String, layout: ChartLayout, into out: inout MarkupBytes) {
        write(id: id, metrics: layout.metrics, into: &out)
    }

    /// The compact drawing (see ``LineChart/writeCompact(id:into:)``).
    public func writeCompact(id: String, into out: inout MarkupBytes) { write(id: id, metrics: .compact, into: &out) }

    private func write(id: String, metrics m: ChartMetrics, into out: inout MarkupBytes) {
        let count = categories.count
        let values = series.map { $0.placed(on: scale, count: count) }
        let axis = ValueAxis(
            values: values.flatMap { $0.compactMap { $0 } }, count: m.columnTicks, fontSize: m.fontSize, format: tickFormat, scale: scale)
        let left = axis.margin
        let right = m.width - 8
        let legend =
            series.count > 1
            ? Legend(
                names: series.map(\.name), swatch: .square, width: right - left, fontSize: m.fontSize,
                maxNameWidth: m.layout == .wide ? 180 : right - left - 20) : nil
        let top = legend.map { 8 + $0.height + 20 } ?? 20
        let bottom = top + m.columnPlotHeight
        let y = axis.scale(from: bottom, to: top)
        let base = y(y.base)
        let slot = (right - left) / Double(max(count, 1))
        let many = Double(max(series.count, 1))
        // A group takes at most 80% of its slot; columns in a group are 1 px apart.
        let columnGap = series.count > 1 ? 1.0 : 0
        let column = min((slot * (series.count > 1 ? 0.8 : 0.7) - columnGap * (many - 1)) / many, Self.maxColumnWidth)
        let group = column * many + columnGap * (many - 1)
        func center(_ category: Int) -> Double { left + slot * (Double(category) + 0.5) }
        func columnX(_ category: Int, _ index: Int) -> Double { center(category) - group / 2 + Double(index) * (column + columnGap) }

        var space = LabelSpace()
        ChartFrame(
            id: id, title: title, description: description, width: m.width, height: bottom + 28, kind: "column", layout: m.layout,
            compact: m.compact
        ).open(into: &out)
        if let legend {
            legend.write(left: left, top: 8, into: &out)
            legend.boxes(left: left, top: 8).forEach { space.add($0) }
        }
        axis.writeVertical(y, left: left, right: right, into: &out)
        axis.labelBoxes(y, left: left).forEach { space.add($0) }
        CategoryAxis.write(categories, x: center, spacing: slot, baseline: bottom + 18, fontSize: m.fontSize, into: &out)
        for index in CategoryAxis.shown(categories, spacing: slot, fontSize: m.fontSize) {
            let width = TextWidth.of(categories[index], fontSize: m.fontSize)
            space.add(LabelSpace.text(width, x: center(index), y: bottom + 18, size: m.fontSize, anchor: .middle))
        }
        for (index, item) in series.enumerated() {
            out.append("<g class=\"series\" style=\"fill:")
            out.append(Palette.color(index))
            out.append("\">")
            if m.tooltips {
                out.append("<title>")
                out.append(escaping: item.name)
                out.append("</title>")
            }
            for category in categories.indices {
                guard let value = values[index][category] else { continue }
                let x = columnX(category, index)
                let rect = LabelSpace.Box(minX: x, maxX: x + column, minY: min(y(value), base), maxY: min(y(value), base) + max(abs(y(value) - base), 0.5))
                space.add(rect)
                if m.tooltips {
                    out.append("<g class=\"column\"><title>")
                    if series.count > 1 {
                        out.append(escaping: item.name)
                        out.append(" ")
                    }
                    out.append(escaping: categories[category])
                    out.append(": ")
                    out.append(escaping: item.label(category))
                    out.append("</title>")
                }
                out.append("<rect x=\"")
                out.append(number: rect.minX)
                out.append("\" y=\"")
                out.append(number: rect.minY)
                out.append("\" width=\"")
                out.append(number: column)
                out.append("\" height=\"")
                out.append(number: rect.maxY - rect.minY)
                out.append(m.tooltips ? "\"/></g>" : "\"/>")
            }
            out.append("</g>")
        }
        writeLabels(values, x: { columnX($0, $1) + column / 2 }, y: y, bottom: bottom, metrics: m, space: &space, into: &out)
        out.append(ChartFrame.close)
    }

    /// The value over each column (under a negative one), all or none: a label may be wider than
    /// its column as long as it touches no other column, label or axis text.
    private func writeLabels(
        _ values: [[Double?]], x: (Int, Int) -> Double, y: AxisScale, bottom: Double, metrics m: ChartMetrics,
        space: inout LabelSpace, into out: inout MarkupBytes
    ) {
        let size = m.labelSize
        var placed: [(x: Double, y: Double, text: String)] = []
        let bounds = LabelSpace.Box(minX: 0, maxX: m.width, minY: 0, maxY: bottom + 6)
        for (index, item) in series.enumerated() {
            for category in categories.indices {
                guard let value = values[index][category] else { continue }
                let text = item.label(category)
                let width = TextWidth.of(text, fontSize: size)
                let up = y(value) - 5
                let down = y(value) + size + 3
                // Under a negative column, unless that would reach the year labels: then above zero.
                let baseline = value >= y.base || y.log ? up : down <= bottom + 6 ? down : y(y.base) - 5
                let box = LabelSpace.text(width, x: x(category, index), y: baseline, size: size, anchor: .middle)
                guard box.inside(bounds), space.isFree(box, margin: 0.5) else { return }
                space.add(box)
                placed.append((x(category, index), baseline, text))
            }
        }
        guard !placed.isEmpty else { return }
        out.append("<g class=\"value-labels\" font-size=\"")
        out.append(number: size)
        out.append("\" text-anchor=\"middle\" style=\"")
        out.append(ChartFrame.textStyle)
        out.append("\">")
        for label in placed {
            out.append("<text x=\"")
            out.append(number: label.x)
            out.append("\" y=\"")
            out.append(number: label.y)
            out.append("\">")
            out.append(escaping: label.text)
            out.append("</text>")
        }
        out.append("</g>")
    }
}
