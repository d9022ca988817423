import AlmanacMarkup

/// One drawing of a ``LineChart`` — the wide one or the narrow one — from the chart's data and
/// the layout's sizes: the plot, the lines with their dots, and the names or values around them.
struct LineDrawing {
    let chart: LineChart
    let metrics: ChartMetrics

    static let maxEndLabelWidth = 150.0

    /// How the series are named.
    enum Naming: Equatable {
        /// One series: its values at its points.
        case pointLabels
        /// Names right of the line ends, at these heights (in series order).
        case endLabels([Double])
        case legend
    }

    /// The plot's frame, once the naming is chosen.
    struct Frame {
        var left, right, top, bottom: Double
        var y: AxisScale
        var step: Double
        var count: Int

        func x(_ index: Int) -> Double { count > 1 ? left + 6 + Double(index) * step : (left + right) / 2 }
    }

    func write(id: String, into out: inout MarkupBytes) {
        let m = metrics
        let count = chart.categories.count
        let values = chart.series.map { $0.placed(on: chart.scale, count: count) }
        let paths = chart.series.indices.map { GapPath(values[$0], expected: chart.series[$0].expected) }
        let axis = ValueAxis(
            values: values.flatMap { $0.compactMap { $0 } }, count: m.lineTicks, fontSize: m.fontSize, format: chart.tickFormat,
            scale: chart.scale)
        let keys = colourKeys()
        let left = axis.margin
        let several = chart.series.count > 1

        // Names at the line ends where they fit (measured on the plot without a legend), else a legend on top.
        let endLabelWidth = min(Self.maxEndLabelWidth, chart.series.map { TextWidth.of($0.name, fontSize: m.fontSize) }.max() ?? 0) + 32
        var naming = Naming.pointLabels
        var legend: Legend?
        if several {
            let plain = axis.scale(from: 12 + m.linePlotHeight, to: 12)
            if m.layout == .wide, !chart.greysOthers, let heights = endLabels(plain, values: values, top: 12, bottom: 12 + m.linePlotHeight) {
                naming = .endLabels(heights)
            } else {
                naming = .legend
                legend = Legend(
                    entries: legendEntries(keys), swatch: .line, width: m.width - left - 4, fontSize: m.fontSize,
                    maxNameWidth: m.layout == .wide ? 180 : m.width - left - 24)
            }
        }
        let top = legend.map { 8 + $0.height + 12 } ?? (several ? 12.0 : 20.0)
        let bottom = top + m.linePlotHeight
        let right: Double =
            if case .endLabels = naming { m.width - endLabelWidth } else { m.width - (m.layout == .wide ? 16 : 12) }
        let y = axis.scale(from: bottom, to: top)
        let step = count > 1 ? (right - left - 12) / Double(count - 1) : 0
        let frame = Frame(left: left, right: right, top: top, bottom: bottom, y: y, step: step, count: count)
        var space = LabelSpace()

        ChartFrame(
            id: id, title: chart.title, description: chart.description, width: m.width, height: bottom + 28, kind: "line",
            layout: m.layout, compact: m.compact
        ).open(into: &out)
        if let legend {
            legend.write(left: left, top: 8, into: &out)
            legend.boxes(left: left, top: 8).forEach { space.add($0) }
        }
        axis.writeVertical(y, left: left, right: right, into: &out)
        axis.labelBoxes(y, left: left).forEach { space.add($0) }
        CategoryAxis.write(chart.categories, x: frame.x, spacing: step, baseline: bottom + 18, fontSize: m.fontSize, into: &out)
        for index in CategoryAxis.shown(chart.categories, spacing: step, fontSize: m.fontSize) {
            let width = TextWidth.of(chart.categories[index], fontSize: m.fontSize)
            space.add(LabelSpace.text(width, x: frame.x(index), y: bottom + 18, size: m.fontSize, anchor: .middle))
        }

        // Dots at every point when there are few enough, far enough apart, to read as points
        // rather than clutter; else only where a line starts, ends or stands alone.
        let coloured = keys.filter { $0 != .context }.count
        let dotted =
            count < 2 || (m.layout == .wide ? step >= 10 && coloured * count <= 60 : step >= 14 && coloured * count <= 24)
        for seriesIndex in drawingOrder() {
            writeSeries(
                seriesIndex, key: keys[seriesIndex], path: paths[seriesIndex], values: values[seriesIndex], frame: frame, dotted: dotted,
                space: &space, into: &out)
        }

        switch naming {
        case .pointLabels:
            if let only = chart.series.first {
                PointLabels(series: only, values: values[0], metrics: m, frame: frame).write(space: &space, into: &out)
            }
        case .endLabels(let heights):
            writeEndLabels(heights, values: values, frame: frame, into: &out)
        case .legend:
            break
        }
        out.append(ChartFrame.close)
    }

    /// The colour of each series: its own, or in a chart that greys out the others, the
    /// highlighted ones' in the order highlighted and grey for the rest.
    func colourKeys() -> [Legend.Key] {
        guard chart.greysOthers else { return chart.series.indices.map { .series($0) } }
        var keys = [Legend.Key](repeating: .context, count: chart.series.count)
        for (position, index) in chart.highlighted.enumerated() { keys[index] = .series(position) }
        return keys
    }

    /// Grey lines first, highlighted ones last, so that what the reader came for is on top.
    func drawingOrder() -> [Int] {
        let highlighted = chart.highlighted
        return chart.series.indices.filter { !highlighted.contains($0) } + highlighted
    }

    func legendEntries(_ keys: [Legend.Key]) -> [Legend.Entry] {
        guard chart.greysOthers else { return chart.series.indices.map { Legend.Entry(name: chart.series[$0].name, key: keys[$0]) } }
        let named = chart.highlighted.map { Legend.Entry(name: chart.series[$0].name, key: keys[$0]) }
        return named + (chart.othersLabel.isEmpty ? [] : [Legend.Entry(name: chart.othersLabel, key: .context)])
    }

    func writeSeries(
        _ index: Int, key: Legend.Key, path: GapPath, values: [Double?], frame: Frame, dotted: Bool, space: inout LabelSpace,
        into out: inout MarkupBytes
    ) {
        let item = chart.series[index]
        let context = key == .context
        let colour: String
        if case .series(let position) = key { colour = Palette.color(position) } else { colour = String(describing: ChartFrame.contextColor) }
        let strokeWidth = context ? 1.0 : chart.highlighted.contains(index) ? (chart.greysOthers ? 2.5 : 3) : 2
        out.append(context ? "<g class=\"series context\" style=\"fill:" : "<g class=\"series\" style=\"fill:")
        out.append(colour)
        out.append("\">")
        if metrics.tooltips {
            out.append("<title>")
            out.append(escaping: item.name)
            out.append("</title>")
        }
        if !path.isEmpty {
            out.append("<path d=\"")
            path.write(x: frame.x, y: { frame.y($0) }, into: &out)
            out.append("\" fill=\"none\" style=\"stroke:")
            out.append(colour)
            out.append("\" stroke-width=\"")
            out.append(number: strokeWidth)
            out.append("\"")
            if case .series(let position) = key { Palette.dashAttribute(position, into: &out) }
            out.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
            for segment in path.segments {
                space.addSegment(
                    x1: frame.x(segment.from), y1: frame.y(values[segment.from]!), x2: frame.x(segment.to), y2: frame.y(values[segment.to]!),
                    width: strokeWidth)
            }
        }
        let ends = Set(path.runEnds)
        let radius = context ? 1.5 : 3.0
        // Dots without a tooltip are one path of zero-length strokes with round caps, which
        // SVG draws as circles as wide as the stroke: a few bytes a dot instead of an element.
        var bareDots = false
        for point in values.indices {
            guard let value = values[point] else { continue }
            let isolated = path.isolated.contains(point)
            guard isolated || (!context && (dotted || ends.contains(point))) else { continue }
            space.addDot(x: frame.x(point), y: frame.y(value), r: radius)
            guard metrics.tooltips else {
                out.append(bareDots ? "M" : "<path class=\"dots\" d=\"M")
                bareDots = true
                out.append(number: frame.x(point))
                out.append(byte: UInt8(ascii: " "))
                out.append(number: frame.y(value))
                out.append("h0")
                continue
            }
            out.append("<circle cx=\"")
            out.append(number: frame.x(point))
            out.append("\" cy=\"")
            out.append(number: frame.y(value))
            out.append("\" r=\"")
            out.append(number: radius)
            out.append("\"><title>")
            out.append(escaping: item.name)
            out.append(" ")
            out.append(escaping: chart.categories[point])
            out.append(": ")
            out.append(escaping: item.label(point))
            out.append("</title></circle>")
        }
        if bareDots {
            out.append("\" fill=\"none\" style=\"stroke:")
            out.append(colour)
            out.append("\" stroke-width=\"")
            out.append(number: radius * 2)
            out.append("\" stroke-linecap=\"round\"/>")
        }
        out.append("</g>")
    }
}
