import AlmanacMarkup

/// Many series as a grid of small line charts, one per series, each titled with its name and all
/// on one value scale, so that shapes and levels compare at a glance where a single chart of
/// thirty lines would be a tangle. Each panel is a small SVG of its own in a `<div>` the theme
/// lays out as a grid — as many columns as the width holds (``minimumColumn``) — so one drawing
/// serves every width. Highlighted panels draw their line in the second colour, thicker.
public struct SmallMultiples: Sendable {
    public var title: String
    public var description: String
    public var categories: [String]
    public var series: [ChartSeries]
    public var tickFormat: TickFormat
    public var scale: ChartScale
    /// Indices into `series` of the panels to stand out.
    public var highlight: [Int]

    public init(
        title: String, description: String, categories: [String], series: [ChartSeries], tickFormat: TickFormat,
        scale: ChartScale = .linear, highlight: [Int] = []
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.tickFormat = tickFormat
        self.scale = scale
        self.highlight = highlight
    }

    /// A panel's width in user units; the theme never lays a panel out narrower than
    /// ``minimumColumn`` CSS px, so its 11-unit text renders at 11 px or more.
    static let panelWidth = 150.0
    static let fontSize = 11.0
    static let plotTop = 22.0
    static let plotHeight = 62.0
    /// The narrowest grid column the theme gives a panel, in CSS px (9.5rem).
    public static let minimumColumn = 152.0

    /// How many values are not drawn because the scale cannot place them.
    public var valuesLeftOut: Int { series.reduce(0) { $0 + scale.leftOut(Array($1.values.prefix(categories.count))) } }

    public func html(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    public func write(id: String, into out: inout MarkupBytes) {
        let count = categories.count
        let values = series.map { $0.placed(on: scale, count: count) }
        let axis = ValueAxis(
            values: values.flatMap { $0.compactMap { $0 } }, count: scale == .log ? 1 : 3, fontSize: Self.fontSize, format: tickFormat,
            scale: scale)
        let left = axis.margin
        let right = Self.panelWidth - 10
        let bottom = Self.plotTop + Self.plotHeight
        let y = axis.scale(from: bottom, to: Self.plotTop)
        let step = count > 1 ? (right - left - 8) / Double(count - 1) : 0
        func x(_ index: Int) -> Double { count > 1 ? left + 4 + Double(index) * step : (left + right) / 2 }

        out.append("<div class=\"chart-multiples\" id=\"")
        out.append(escaping: id)
        out.append("\" role=\"group\" aria-labelledby=\"")
        out.append(escaping: id)
        out.append("-title\" aria-describedby=\"")
        out.append(escaping: id)
        out.append("-desc\"><p id=\"")
        out.append(escaping: id)
        out.append("-title\" hidden>")
        out.append(escaping: title)
        out.append("</p><p id=\"")
        out.append(escaping: id)
        out.append("-desc\" hidden>")
        out.append(escaping: description)
        out.append("</p>")
        // The first and the last year under every panel, when both fit.
        let years = count > 1 ? [0, count - 1] : Array(categories.indices)
        let yearsShown = ValueAxis.apart(
            years.map { x($0) }, widths: years.map { TextWidth.of(categories[$0], fontSize: Self.fontSize) }, gap: 4)
        for (index, item) in series.enumerated() {
            let highlighted = highlight.contains(index)
            let panelID = id + "-" + String(index + 1)
            let colour = Palette.color(highlighted ? 1 : 0)
            ChartFrame(
                id: panelID, title: item.name, description: "", width: Self.panelWidth, height: bottom + 20, kind: "panel",
                layout: nil
            ).open(into: &out)
            out.append("<text x=\"0\" y=\"12\" font-size=\"")
            out.append(number: Self.fontSize)
            out.append("\" font-weight=\"600\" style=\"")
            out.append(ChartFrame.textStyle)
            out.append("\">")
            out.append(escaping: TextWidth.truncate(item.name, toFit: Self.panelWidth, fontSize: Self.fontSize * 1.05))
            out.append("</text>")
            axis.writeVertical(y, left: left, right: right, into: &out)
            out.append("<g class=\"axis x-axis\" font-size=\"")
            out.append(number: Self.fontSize)
            out.append("\" text-anchor=\"middle\" style=\"")
            out.append(ChartFrame.mutedStyle)
            out.append("\">")
            for position in yearsShown {
                out.append("<text x=\"")
                out.append(number: x(years[position]))
                out.append("\" y=\"")
                out.append(number: bottom + 15)
                out.append("\">")
                out.append(escaping: categories[years[position]])
                out.append("</text>")
            }
            out.append("</g><g class=\"series\" style=\"fill:")
            out.append(colour)
            out.append("\">")
            let path = GapPath(values[index], expected: item.expected)
            if !path.isEmpty {
                out.append("<path d=\"")
                path.write(x: x, y: { y($0) }, into: &out)
                out.append("\" fill=\"none\" style=\"stroke:")
                out.append(colour)
                out.append(highlighted ? "\" stroke-width=\"2.5\"" : "\" stroke-width=\"1.5\"")
                out.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
            }
            let last = values[index].lastIndex { $0 != nil }
            for point in values[index].indices where path.isolated.contains(point) || point == last {
                guard let value = values[index][point] else { continue }
                out.append("<circle cx=\"")
                out.append(number: x(point))
                out.append("\" cy=\"")
                out.append(number: y(value))
                out.append("\" r=\"2\"/>")
            }
            out.append("</g>")
            out.append(ChartFrame.close)
        }
        out.append("</div>")
    }
}
