import AlmanacMarkup

/// A word-sized line for tables and cards: no axes, values spread over the height, the last
/// point marked. Figures are joined across categories where none is expected (``expected``, as
/// for ``ChartSeries/expected``); a missing expected figure is a gap in the line, and a value
/// joined to nothing is a dot. One drawing serves every width: it has no text to shrink.
public struct Sparkline: Sendable {
    public var title: String
    public var description: String
    /// One per category (year), evenly spaced; nil where there is no figure.
    public var values: [Double?]
    /// Which categories a figure is expected in; nil: every one.
    public var expected: [Bool]?

    public init(title: String, description: String, values: [Double?], expected: [Bool]? = nil) {
        self.title = title
        self.description = description
        self.values = values
        self.expected = expected
    }

    public static let width = 96.0
    public static let height = 24.0

    public func svg(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    public func write(id: String, into out: inout MarkupBytes) {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        let pad = 3.0
        // All values equal (or one value): a level line across the middle.
        let y = LinearScale(domain: (present.min() ?? 0, present.max() ?? 0), range: (Self.height - pad, pad))
        let step = values.count > 1 ? (Self.width - 2 * pad) / Double(values.count - 1) : 0
        func x(_ index: Int) -> Double { values.count > 1 ? pad + Double(index) * step : Self.width / 2 }
        ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: Self.height, kind: "sparkline", hasText: false
        ).open(into: &out)
        let path = GapPath(values, expected: expected)
        let color = Palette.color(0)
        if !path.isEmpty {
            out.append("<path d=\"")
            path.write(x: x, y: { y($0) }, into: &out)
            out.append("\" fill=\"none\" style=\"stroke:")
            out.append(color)
            out.append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
        }
        func dot(_ index: Int, _ value: Double, radius: StaticString) {
            out.append("<circle cx=\"")
            out.append(number: x(index))
            out.append("\" cy=\"")
            out.append(number: y(value))
            out.append("\" r=\"")
            out.append(radius)
            out.append("\" style=\"fill:")
            out.append(color)
            out.append("\"/>")
        }
        let last = values.lastIndex { $0.map(\.isFinite) == true }
        for index in path.isolated where index != last { dot(index, values[index]!, radius: "1.5") }
        if let last, let value = values[last] { dot(last, value, radius: "2.5") }
        out.append(ChartFrame.close)
    }
}
