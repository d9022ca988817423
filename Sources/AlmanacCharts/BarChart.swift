/// A horizontal ranking: one bar per item, sorted as given, drawn from zero, with the name at the
/// left (truncated with an ellipsis if long, the full name in a tooltip) and the value at the bar's end.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        /// The value as the reader should see it, e.g. `974.2亿元`.
        public var display: String

        public init(label: String, value: Double, display: String) {
            self.label = label
            self.value = value
            self.display = display
        }
    }

    public var title: String
    public var description: String
    public var bars: [Bar]

    public init(title: String, description: String, bars: [Bar]) {
        self.title = title
        self.description = description
        self.bars = bars
    }

    static let width = 640.0
    static let rowHeight = 26.0
    static let fontSize = 12.0

    public func svg(id: String) -> String {
        let top = 8.0
        let height = top * 2 + Double(max(bars.count, 1)) * Self.rowHeight
        let labelWidth = min(
            Self.width * 0.3, (bars.map { TextWidth.of($0.label, fontSize: Self.fontSize) }.max() ?? 0) + 4)
        let valueWidth = (bars.map { TextWidth.of($0.display, fontSize: Self.fontSize) }.max() ?? 0) + 8
        let left = labelWidth + 8
        let right = Self.width - valueWidth
        let values = bars.map(\.value)
        let low = min(0, values.min() ?? 0)
        let high = max(0, values.max() ?? 0)
        let x = LinearScale(domain: (low, high == low ? low + 1 : high), range: (left, right))
        let zero = x(0)

        var out = ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: height, kind: "bar"
        ).open()
        out += "<g font-size=\"\(SVGText.number(Self.fontSize))\">"
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * Self.rowHeight
            let middle = rowTop + Self.rowHeight / 2
            let end = x(bar.value)
            let barX = min(zero, end)
            let name = TextWidth.truncate(bar.label, toFit: labelWidth, fontSize: Self.fontSize)
            out += "<g class=\"bar\"><title>\(SVGText.escape(bar.label)): \(SVGText.escape(bar.display))</title>"
            out += "<text x=\"\(SVGText.number(labelWidth))\" y=\"\(SVGText.number(middle))\" dy=\"0.32em\" "
                + "text-anchor=\"end\" style=\"\(ChartFrame.textStyle)\">\(SVGText.escape(name))</text>"
            out += "<rect x=\"\(SVGText.number(barX))\" y=\"\(SVGText.number(rowTop + 4))\" "
                + "width=\"\(SVGText.number(max(abs(end - zero), 0.5)))\" height=\"\(SVGText.number(Self.rowHeight - 8))\" "
                + "style=\"fill:\(Palette.color(0))\"/>"
            let labelX = bar.value < 0 ? zero + 4 : end + 4
            out += "<text x=\"\(SVGText.number(labelX))\" y=\"\(SVGText.number(middle))\" dy=\"0.32em\" "
                + "style=\"\(ChartFrame.textStyle)\">\(SVGText.escape(bar.display))</text></g>"
        }
        out += "<line x1=\"\(SVGText.number(zero))\" x2=\"\(SVGText.number(zero))\" y1=\"\(SVGText.number(top))\" "
            + "y2=\"\(SVGText.number(height - top))\" style=\"\(ChartFrame.axisStyle)\"/>"
        return out + "</g>" + ChartFrame.close
    }
}
