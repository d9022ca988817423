/// One series over years as vertical columns from zero, each labelled with its value; a missing
/// year is an empty slot, so gaps stay visible.
public struct ColumnChart: Sendable {
    public var title: String
    public var description: String
    public var categories: [String]
    public var values: [Double?]
    /// Value labels aligned with `values`, e.g. `974.2亿元`.
    public var labels: [String]
    public var tickFormat: @Sendable (Double) -> String

    public init(
        title: String, description: String, categories: [String], values: [Double?], labels: [String],
        tickFormat: @escaping @Sendable (Double) -> String
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.values = values
        self.labels = labels
        self.tickFormat = tickFormat
    }

    static let width = 640.0
    static let height = 280.0
    static let fontSize = 12.0

    public func svg(id: String) -> String {
        let axis = ValueAxis(values: values.compactMap { $0 }, count: 4, fontSize: Self.fontSize, format: tickFormat)
        let left = axis.labelWidth
        let right = Self.width - 8
        let top = 20.0
        let bottom = Self.height - 28
        let y = axis.scale(bottom: bottom, top: top)
        let slot = (right - left) / Double(max(categories.count, 1))
        let barWidth = min(slot * 0.7, 56)

        var out = ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: Self.height, kind: "column"
        ).open()
        out += axis.svg(y, left: left, right: right)
        out += "<g font-size=\"\(SVGText.number(Self.fontSize))\">"
        let labelsFit = labels.allSatisfy { TextWidth.of($0, fontSize: Self.fontSize - 1) <= slot - 2 }
        let every = XLabels.every(categories, spacing: slot, fontSize: Self.fontSize)
        for (index, category) in categories.enumerated() {
            let center = left + slot * (Double(index) + 0.5)
            if index % every == 0 {
                out += "<text x=\"\(SVGText.number(center))\" y=\"\(SVGText.number(bottom + 18))\" text-anchor=\"middle\" "
                    + "style=\"\(ChartFrame.mutedStyle)\">\(SVGText.escape(category))</text>"
            }
            guard index < values.count, let value = values[index] else { continue }
            let label = index < labels.count ? labels[index] : tickFormat(value)
            let top = min(y(value), y(0))
            out += "<g class=\"column\"><title>\(SVGText.escape(category)): \(SVGText.escape(label))</title>"
            out += "<rect x=\"\(SVGText.number(center - barWidth / 2))\" y=\"\(SVGText.number(top))\" "
                + "width=\"\(SVGText.number(barWidth))\" height=\"\(SVGText.number(max(abs(y(value) - y(0)), 0.5)))\" "
                + "style=\"fill:\(Palette.color(0))\"/>"
            if labelsFit {
                let labelY = value >= 0 ? y(value) - 5 : y(value) + 14
                out += "<text x=\"\(SVGText.number(center))\" y=\"\(SVGText.number(labelY))\" text-anchor=\"middle\" "
                    + "font-size=\"\(SVGText.number(Self.fontSize - 1))\" style=\"\(ChartFrame.textStyle)\">"
                    + "\(SVGText.escape(label))</text>"
            }
            out += "</g>"
        }
        return out + "</g>" + ChartFrame.close
    }
}
