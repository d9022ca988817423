/// Years (or any categories) across, one line per series, a value axis with nice ticks from zero
/// (or below, for negative data). A missing value breaks the line; a lone point is drawn as a dot.
/// Several series are named at their line ends, nudged apart so the names do not overlap.
public struct LineChart: Sendable {
    public var title: String
    public var description: String
    /// The x-axis labels, e.g. years.
    public var categories: [String]
    public var series: [ChartSeries]
    /// Formats the value axis ticks (short forms such as `1.2万`).
    public var tickFormat: @Sendable (Double) -> String

    public init(
        title: String, description: String, categories: [String], series: [ChartSeries],
        tickFormat: @escaping @Sendable (Double) -> String
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.tickFormat = tickFormat
    }

    static let width = 640.0
    static let height = 300.0
    static let fontSize = 12.0

    public func svg(id: String) -> String {
        let axis = ValueAxis(
            values: series.flatMap { $0.values.compactMap { $0 } }, count: 5, fontSize: Self.fontSize, format: tickFormat)
        let left = axis.labelWidth
        let showNames = series.count > 1
        let nameWidth = showNames
            ? min(160, series.map { TextWidth.of($0.name, fontSize: Self.fontSize) }.max() ?? 0) + 10 : 16
        let top = 16.0
        let bottom = Self.height - 28
        let right = Self.width - nameWidth
        let y = axis.scale(bottom: bottom, top: top)
        let step = categories.count > 1 ? (right - left - 12) / Double(categories.count - 1) : 0
        func x(_ index: Int) -> Double { categories.count > 1 ? left + 6 + Double(index) * step : (left + right) / 2 }

        var out = ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: Self.height, kind: "line"
        ).open()
        out += axis.svg(y, left: left, right: right)
        out += "<g class=\"axis x-axis\" font-size=\"\(SVGText.number(Self.fontSize))\">"
        let every = XLabels.every(categories, spacing: step, fontSize: Self.fontSize)
        let last = categories.count - 1
        // Every `every`-th label and always the last; one too close to the last gives way to it.
        for (index, category) in categories.enumerated()
        where index == last || (index % every == 0 && (index == 0 || last - index >= every)) {
            out += "<text x=\"\(SVGText.number(x(index)))\" y=\"\(SVGText.number(bottom + 18))\" text-anchor=\"middle\" "
                + "style=\"\(ChartFrame.mutedStyle)\">\(SVGText.escape(category))</text>"
        }
        out += "</g>"

        var ends: [(y: Double, name: String, color: String)] = []
        for (seriesIndex, item) in series.enumerated() {
            let color = Palette.color(seriesIndex)
            out += "<g class=\"series\"><title>\(SVGText.escape(item.name))</title>"
            var path = ""
            var penDown = false
            var lastPoint: Double?
            for (index, value) in item.values.enumerated() {
                guard index < categories.count else { break }
                guard let value else {
                    penDown = false
                    continue
                }
                path += (penDown ? "L" : "M") + SVGText.number(x(index)) + " " + SVGText.number(y(value))
                penDown = true
                lastPoint = y(value)
            }
            if !path.isEmpty {
                out += "<path d=\"\(path)\" fill=\"none\" style=\"stroke:\(color)\" stroke-width=\"2\" "
                    + "stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
            }
            for (index, value) in item.values.enumerated() where index < categories.count {
                guard let value else { continue }
                out += "<circle cx=\"\(SVGText.number(x(index)))\" cy=\"\(SVGText.number(y(value)))\" r=\"3\" "
                    + "style=\"fill:\(color)\"><title>\(SVGText.escape(item.name)) \(SVGText.escape(categories[index])): "
                    + "\(SVGText.escape(item.labels?[index] ?? tickFormat(value)))</title></circle>"
            }
            out += "</g>"
            if showNames, let lastPoint { ends.append((lastPoint, item.name, color)) }
        }
        if showNames {
            out += "<g class=\"series-names\" font-size=\"\(SVGText.number(Self.fontSize))\">"
            for end in LabelPlacement.spread(ends.map(\.y), minGap: Self.fontSize + 2, within: (top, bottom)).enumerated() {
                let name = TextWidth.truncate(ends[end.offset].name, toFit: nameWidth - 10, fontSize: Self.fontSize)
                out += "<text x=\"\(SVGText.number(right + 6))\" y=\"\(SVGText.number(end.element))\" dy=\"0.32em\" "
                    + "style=\"fill:\(ends[end.offset].color)\">\(SVGText.escape(name))</text>"
            }
            out += "</g>"
        }
        return out + ChartFrame.close
    }
}

/// One named row of values, aligned with a chart's categories; nil where there is no figure.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]
    /// Formatted values for tooltips, aligned with `values`; the tick format when nil.
    public var labels: [String]?

    public init(name: String, values: [Double?], labels: [String]? = nil) {
        self.name = name
        self.values = values
        self.labels = labels
    }
}
