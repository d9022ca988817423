/// A key above the plot for charts whose series cannot be named where they are drawn: a swatch
/// in the series colour and the name, wrapped into as many rows as the width needs. Long names
/// are cut with an ellipsis; the full name is the entry's tooltip.
struct Legend {
    enum Swatch {
        /// A short stroke, for lines (dashed like the line where the palette has run out).
        case line
        /// A small square, for columns.
        case square
    }

    static let rowHeight = 18.0
    static let maxNameWidth = 180.0

    let names: [String]
    let swatch: Swatch
    let fontSize: Double
    /// Entry positions, relative to the legend's top left.
    private(set) var positions: [(x: Double, row: Int)] = []

    init(names: [String], swatch: Swatch, width: Double, fontSize: Double) {
        self.names = names
        self.swatch = swatch
        self.fontSize = fontSize
        var x = 0.0
        var row = 0
        for name in names {
            let entry = Self.entryWidth(name, fontSize: fontSize)
            if x > 0, x + entry > width {
                x = 0
                row += 1
            }
            positions.append((x, row))
            x += entry + 16
        }
    }

    var height: Double { names.isEmpty ? 0 : Double((positions.last?.row ?? 0) + 1) * Self.rowHeight }

    private static func entryWidth(_ name: String, fontSize: Double) -> Double {
        18 + min(TextWidth.of(name, fontSize: fontSize), maxNameWidth)
    }

    func svg(left: Double, top: Double) -> String {
        var out = "<g class=\"legend\" font-size=\"\(SVGText.number(fontSize))\">"
        for (index, name) in names.enumerated() {
            let x = left + positions[index].x
            let middle = top + Double(positions[index].row) * Self.rowHeight + Self.rowHeight / 2
            let color = Palette.color(index)
            out += "<g><title>\(SVGText.escape(name))</title>"
            switch swatch {
            case .line:
                out += "<line x1=\"\(SVGText.number(x))\" x2=\"\(SVGText.number(x + 14))\" y1=\"\(SVGText.number(middle))\" "
                    + "y2=\"\(SVGText.number(middle))\" stroke-width=\"3\"\(Palette.dashAttribute(index)) style=\"stroke:\(color)\"/>"
            case .square:
                out += "<rect x=\"\(SVGText.number(x + 2))\" y=\"\(SVGText.number(middle - 5))\" width=\"10\" height=\"10\" "
                    + "style=\"fill:\(color)\"/>"
            }
            let shown = TextWidth.truncate(name, toFit: Self.maxNameWidth, fontSize: fontSize)
            out += "<text x=\"\(SVGText.number(x + 18))\" y=\"\(SVGText.number(middle))\" dy=\"0.32em\" "
                + "style=\"\(ChartFrame.textStyle)\">\(SVGText.escape(shown))</text></g>"
        }
        return out + "</g>"
    }
}
