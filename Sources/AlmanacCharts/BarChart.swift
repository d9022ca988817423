/// A horizontal ranking: one bar per item, in the order given, drawn from zero, with the name at
/// the left (cut with an ellipsis when long, the full name in the bar's tooltip) and the value at
/// the bar's end — right of a positive bar, left of a negative one — so no axis is needed.
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
    /// Names take at most this share of the width; longer ones are cut.
    static let maxNameShare = 0.32

    public func svg(id: String) -> String {
        let bars = self.bars.filter { $0.value.isFinite }
        let top = 8.0
        let height = top * 2 + Double(max(bars.count, 1)) * Self.rowHeight
        let nameWidth = min(
            Self.width * Self.maxNameShare, (bars.map { TextWidth.of($0.label, fontSize: Self.fontSize) }.max() ?? 0) + 4)
        func valueWidth(_ selected: [Bar]) -> Double {
            selected.isEmpty ? 0 : (selected.map { TextWidth.of($0.display, fontSize: Self.fontSize) }.max() ?? 0) + 8
        }
        // Value labels of negative bars sit between the names and the bars' left ends.
        let left = nameWidth + 8 + valueWidth(bars.filter { $0.value < 0 })
        let right = Self.width - max(valueWidth(bars.filter { $0.value >= 0 }), 4)
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
            let name = TextWidth.truncate(bar.label, toFit: nameWidth - 4, fontSize: Self.fontSize)
            out += "<g class=\"bar\"><title>\(SVGText.escape(bar.label)): \(SVGText.escape(bar.display))</title>"
            out += "<text x=\"\(SVGText.number(nameWidth))\" y=\"\(SVGText.number(middle))\" dy=\"0.32em\" "
                + "text-anchor=\"end\" style=\"\(ChartFrame.textStyle)\">\(SVGText.escape(name))</text>"
            out += "<rect x=\"\(SVGText.number(min(zero, end)))\" y=\"\(SVGText.number(rowTop + 4))\" "
                + "width=\"\(SVGText.number(max(abs(end - zero), 0.5)))\" height=\"\(SVGText.number(Self.rowHeight - 8))\" "
                + "style=\"fill:\(Palette.color(0))\"/>"
            let negative = bar.value < 0
            out += "<text x=\"\(SVGText.number(negative ? end - 4 : end + 4))\" y=\"\(SVGText.number(middle))\" dy=\"0.32em\" "
                + (negative ? "text-anchor=\"end\" " : "")
                + "style=\"\(ChartFrame.textStyle)\">\(SVGText.escape(bar.display))</text></g>"
        }
        out += "<line x1=\"\(SVGText.number(zero))\" x2=\"\(SVGText.number(zero))\" y1=\"\(SVGText.number(top))\" "
            + "y2=\"\(SVGText.number(height - top))\" style=\"\(ChartFrame.axisStyle)\"/>"
        return out + "</g>" + ChartFrame.close
    }
}
