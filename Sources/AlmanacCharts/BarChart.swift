import AlmanacMarkup

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

    public func svg(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    public func write(id: String, into out: inout MarkupBytes) {
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

        ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: height, kind: "bar"
        ).open(into: &out)
        out.append("<g font-size=\"")
        out.append(number: Self.fontSize)
        out.append("\">")
        let color = Palette.color(0)
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * Self.rowHeight
            let middle = rowTop + Self.rowHeight / 2
            let end = x(bar.value)
            out.append("<g class=\"bar\"><title>")
            out.append(escaping: bar.label)
            out.append(": ")
            out.append(escaping: bar.display)
            out.append("</title><text x=\"")
            out.append(number: nameWidth)
            out.append("\" y=\"")
            out.append(number: middle)
            out.append("\" dy=\"0.32em\" text-anchor=\"end\" style=\"")
            out.append(ChartFrame.textStyle)
            out.append("\">")
            out.append(escaping: TextWidth.truncate(bar.label, toFit: nameWidth - 4, fontSize: Self.fontSize))
            out.append("</text><rect x=\"")
            out.append(number: min(zero, end))
            out.append("\" y=\"")
            out.append(number: rowTop + 4)
            out.append("\" width=\"")
            out.append(number: max(abs(end - zero), 0.5))
            out.append("\" height=\"")
            out.append(number: Self.rowHeight - 8)
            out.append("\" style=\"fill:")
            out.append(color)
            out.append("\"/>")
            let negative = bar.value < 0
            out.append("<text x=\"")
            out.append(number: negative ? end - 4 : end + 4)
            out.append("\" y=\"")
            out.append(number: middle)
            out.append(negative ? "\" dy=\"0.32em\" text-anchor=\"end\" style=\"" : "\" dy=\"0.32em\" style=\"")
            out.append(ChartFrame.textStyle)
            out.append("\">")
            out.append(escaping: bar.display)
            out.append("</text></g>")
        }
        out.append("<line x1=\"")
        out.append(number: zero)
        out.append("\" x2=\"")
        out.append(number: zero)
        out.append("\" y1=\"")
        out.append(number: top)
        out.append("\" y2=\"")
        out.append(number: height - top)
        out.append("\" style=\"")
        out.append(ChartFrame.axisStyle)
        out.append("\"/></g>")
        out.append(ChartFrame.close)
    }
}
