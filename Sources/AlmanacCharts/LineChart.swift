import AlmanacMarkup

/// Years (or any ordered categories) across, one line per series, a value axis with nice ticks
/// from zero (or below, for negative data). A missing value breaks the line; a point with no
/// neighbour is drawn as a dot. Several series are named at their line ends, nudged apart so the
/// names do not overlap, when every line reaches the last year and the names stay near their
/// lines; otherwise a legend above the plot names them. A single line has its values written at
/// its points instead (all of them when they fit, else the first and the last).
public struct LineChart: Sendable {
    public var title: String
    public var description: String
    /// The x-axis labels, e.g. years.
    public var categories: [String]
    public var series: [ChartSeries]
    /// Writes the value axis ticks (short forms such as `1.2万`).
    public var tickFormat: TickFormat

    public init(title: String, description: String, categories: [String], series: [ChartSeries], tickFormat: TickFormat) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.tickFormat = tickFormat
    }

    static let width = 640.0
    static let plotHeight = 260.0
    static let fontSize = 12.0
    static let maxEndLabelWidth = 150.0

    /// How the series are named.
    enum Naming: Equatable {
        /// One series: its values at its points.
        case pointLabels
        /// Names right of the line ends, at these heights (in series order).
        case endLabels([Double])
        case legend
    }

    public func svg(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    public func write(id: String, into out: inout MarkupBytes) {
        let axis = ValueAxis(values: series.flatMap(\.finiteValues), count: 5, fontSize: Self.fontSize, format: tickFormat)
        let left = axis.labelWidth
        // Room right of the plot for a swatch and the longest name.
        let endLabelWidth = min(Self.maxEndLabelWidth, series.map { TextWidth.of($0.name, fontSize: Self.fontSize) }.max() ?? 0) + 32

        // Names at the line ends where they fit (measured on the plot without a legend), else a legend on top.
        var top = series.count > 1 ? 12.0 : 20.0
        var bottom = top + Self.plotHeight
        var right = Self.width - (series.count > 1 ? endLabelWidth : 16)
        var y = axis.scale(bottom: bottom, top: top)
        var naming = Naming.pointLabels
        var legend: Legend?
        if series.count > 1 {
            if let heights = endLabels(y, top: top, bottom: bottom) {
                naming = .endLabels(heights)
            } else {
                let key = Legend(names: series.map(\.name), swatch: .line, width: Self.width - left, fontSize: Self.fontSize)
                legend = key
                naming = .legend
                top = 8 + key.height + 12
                bottom = top + Self.plotHeight
                right = Self.width - 16
                y = axis.scale(bottom: bottom, top: top)
            }
        }
        let height = bottom + 28
        let step = categories.count > 1 ? (right - left - 12) / Double(categories.count - 1) : 0
        func x(_ index: Int) -> Double { categories.count > 1 ? left + 6 + Double(index) * step : (left + right) / 2 }

        ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: height, kind: "line"
        ).open(into: &out)
        legend?.write(left: left, top: 8, into: &out)
        axis.write(y, left: left, right: right, into: &out)
        CategoryAxis.write(categories, x: x, spacing: step, baseline: bottom + 18, fontSize: Self.fontSize, into: &out)

        // Dots at every point when there are few enough, far enough apart, to read as points
        // rather than clutter; else only where a line starts, ends or stands alone.
        let dotted = categories.count < 2 || (step >= 10 && series.count * categories.count <= 60)
        for (seriesIndex, item) in series.enumerated() {
            let color = Palette.color(seriesIndex)
            out.append("<g class=\"series\"><title>")
            out.append(escaping: item.name)
            out.append("</title>")
            let path = GapPath(Array(item.values.prefix(categories.count)))
            if !path.isEmpty {
                out.append("<path d=\"")
                path.write(x: x, y: { y($0) }, into: &out)
                out.append("\" fill=\"none\" style=\"stroke:")
                out.append(color)
                out.append("\" stroke-width=\"2\"")
                Palette.dashAttribute(seriesIndex, into: &out)
                out.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
            }
            for index in categories.indices {
                guard let value = item.value(index),
                    dotted || item.value(index - 1) == nil || item.value(index + 1) == nil
                else { continue }
                out.append("<circle cx=\"")
                out.append(number: x(index))
                out.append("\" cy=\"")
                out.append(number: y(value))
                out.append("\" r=\"3\" style=\"fill:")
                out.append(color)
                out.append("\"><title>")
                out.append(escaping: item.name)
                out.append(" ")
                out.append(escaping: categories[index])
                out.append(": ")
                out.append(escaping: item.label(index))
                out.append("</title></circle>")
            }
            out.append("</g>")
        }

        switch naming {
        case .pointLabels:
            if let only = series.first {
                pointLabels(only, x: x, y: y, step: step, top: top, bottom: bottom, right: right, into: &out)
            }
        case .endLabels(let heights):
            out.append("<g class=\"series-names\" font-size=\"")
            out.append(number: Self.fontSize)
            out.append("\">")
            for (index, item) in series.enumerated() {
                guard let last = categories.indices.last(where: { item.value($0) != nil }), let value = item.value(last) else { continue }
                let lineEnd = y(value)
                let labelY = heights[index]
                let color = Palette.color(index)
                // A leader from the line's end to its name where the name had to move away.
                if abs(labelY - lineEnd) > 3 {
                    out.append("<path d=\"M")
                    out.append(number: x(last) + 5)
                    out.append(" ")
                    out.append(number: lineEnd)
                    out.append("L")
                    out.append(number: right + 7)
                    out.append(" ")
                    out.append(number: labelY)
                    out.append("\" fill=\"none\" stroke-width=\"1\" style=\"stroke:")
                    out.append(color)
                    out.append("\"/>")
                }
                out.append("<g><title>")
                out.append(escaping: item.name)
                out.append("</title>")
                Legend.lineSwatch(from: right + 8, to: right + 20, at: labelY, series: index, into: &out)
                out.append("<text x=\"")
                out.append(number: right + 24)
                out.append("\" y=\"")
                out.append(number: labelY)
                out.append("\" dy=\"0.32em\" style=\"")
                out.append(ChartFrame.textStyle)
                out.append("\">")
                out.append(escaping: TextWidth.truncate(item.name, toFit: Self.maxEndLabelWidth, fontSize: Self.fontSize))
                out.append("</text></g>")
            }
            out.append("</g>")
        case .legend:
            break
        }
        out.append(ChartFrame.close)
    }

    /// Heights for the names at the line ends, or nil when end labels would mislead: a line
    /// that stops before the last year, or names pushed more than two lines away from their line.
    func endLabels(_ y: LinearScale, top: Double, bottom: Double) -> [Double]? {
        let lastIndex = categories.count - 1
        guard series.count > 1, series.count <= 12, lastIndex >= 0 else { return nil }
        var ends: [Double] = []
        for item in series {
            guard let value = item.value(lastIndex) else { return nil }
            ends.append(y(value))
        }
        let gap = Self.fontSize + 3
        guard Double(ends.count) * gap <= bottom - top + gap else { return nil }
        let placed = LabelPlacement.spread(ends, minGap: gap, within: (top, bottom))
        guard zip(ends, placed).allSatisfy({ abs($0 - $1) <= 2 * gap }) else { return nil }
        return placed
    }

    /// The values of a single line written at its points: all when neighbouring labels do not
    /// touch, else the first and the last. Each sits above its point, or below where the line
    /// comes up to the point from both sides (a dip), and stays inside the plot.
    func pointLabels(
        _ item: ChartSeries, x: (Int) -> Double, y: LinearScale, step: Double, top: Double, bottom: Double, right: Double,
        into out: inout MarkupBytes
    ) {
        let fontSize = Self.fontSize - 1
        let present = categories.indices.filter { item.value($0) != nil }
        guard !present.isEmpty else { return }
        let widths = present.map { TextWidth.of(item.label($0), fontSize: fontSize) }
        func apart(_ a: Int, _ b: Int) -> Bool {
            Double(present[b] - present[a]) * step >= (widths[a] + widths[b]) / 2 + 6
        }
        let allFit = present.indices.dropFirst().allSatisfy { apart($0 - 1, $0) }
        let last = present.count - 1
        let chosen = allFit ? Array(present.indices) : apart(0, last) ? [0, last] : [last]
        out.append("<g class=\"point-labels\" font-size=\"")
        out.append(number: fontSize)
        out.append("\">")
        for position in chosen {
            let index = present[position]
            guard let value = item.value(index) else { continue }
            let width = widths[position]
            let neighbours = [index - 1, index + 1].compactMap { item.value($0) }
            let dip = !neighbours.isEmpty && neighbours.allSatisfy { $0 > value }
            var labelY = dip ? y(value) + 16 : y(value) - 8
            if labelY - fontSize < 0 { labelY = y(value) + 16 }
            if labelY > bottom - 2 { labelY = y(value) - 8 }
            var anchor: StaticString = "middle"
            var labelX = x(index)
            if labelX + width / 2 > right + 12 {
                anchor = "end"
                labelX += 4
            } else if labelX - width / 2 < x(0) - 6 {
                anchor = "start"
                labelX -= 4
            }
            out.append("<text x=\"")
            out.append(number: labelX)
            out.append("\" y=\"")
            out.append(number: labelY)
            out.append("\" text-anchor=\"")
            out.append(anchor)
            out.append("\" style=\"")
            out.append(ChartFrame.textStyle)
            out.append("\">")
            out.append(escaping: item.label(index))
            out.append("</text>")
        }
        out.append("</g>")
    }
}
