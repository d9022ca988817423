/// A word-sized line for tables and cards: no axes, the last point marked. Gaps break the line.
public struct Sparkline: Sendable {
    public var title: String
    public var description: String
    public var values: [Double?]

    public init(title: String, description: String, values: [Double?]) {
        self.title = title
        self.description = description
        self.values = values
    }

    public static let width = 96.0
    public static let height = 24.0

    public func svg(id: String) -> String {
        let present = values.compactMap { $0 }
        let low = present.min() ?? 0
        let high = present.max() ?? 1
        let pad = 3.0
        let y = LinearScale(domain: (low, high), range: (Self.height - pad, pad))
        let step = values.count > 1 ? (Self.width - 2 * pad) / Double(values.count - 1) : 0
        func x(_ index: Int) -> Double { values.count > 1 ? pad + Double(index) * step : Self.width / 2 }
        var out = ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: Self.height, kind: "sparkline"
        ).open()
        var path = ""
        var penDown = false
        for (index, value) in values.enumerated() {
            guard let value else {
                penDown = false
                continue
            }
            path += (penDown ? "L" : "M") + SVGText.number(x(index)) + " " + SVGText.number(y(value))
            penDown = true
        }
        if !path.isEmpty {
            out += "<path d=\"\(path)\" fill=\"none\" style=\"stroke:\(Palette.color(0))\" stroke-width=\"1.5\" "
                + "stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
        }
        if let last = values.lastIndex(where: { $0 != nil }), let value = values[last] {
            out += "<circle cx=\"\(SVGText.number(x(last)))\" cy=\"\(SVGText.number(y(value)))\" r=\"2.5\" "
                + "style=\"fill:\(Palette.color(0))\"/>"
        }
        return out + ChartFrame.close
    }
}
