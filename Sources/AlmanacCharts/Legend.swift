import AlmanacMarkup

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

    /// A short thick stroke in the colour (and dashes) of series `index`: a legend's key, or the
    /// mark beside a name at a line's end.
    static func lineSwatch(from x1: Double, to x2: Double, at y: Double, series index: Int, into out: inout MarkupBytes) {
        out.append("<line x1=\"")
        out.append(number: x1)
        out.append("\" x2=\"")
        out.append(number: x2)
        out.append("\" y1=\"")
        out.append(number: y)
        out.append("\" y2=\"")
        out.append(number: y)
        out.append("\" stroke-width=\"3\"")
        Palette.dashAttribute(index, into: &out)
        out.append(" style=\"stroke:")
        out.append(Palette.color(index))
        out.append("\"/>")
    }

    func write(left: Double, top: Double, into out: inout MarkupBytes) {
        out.append("<g class=\"legend\" font-size=\"")
        out.append(number: fontSize)
        out.append("\">")
        for (index, name) in names.enumerated() {
            let x = left + positions[index].x
            let middle = top + Double(positions[index].row) * Self.rowHeight + Self.rowHeight / 2
            out.append("<g><title>")
            out.append(escaping: name)
            out.append("</title>")
            switch swatch {
            case .line:
                Self.lineSwatch(from: x, to: x + 14, at: middle, series: index, into: &out)
            case .square:
                out.append("<rect x=\"")
                out.append(number: x + 2)
                out.append("\" y=\"")
                out.append(number: middle - 5)
                out.append("\" width=\"10\" height=\"10\" style=\"fill:")
                out.append(Palette.color(index))
                out.append("\"/>")
            }
            out.append("<text x=\"")
            out.append(number: x + 18)
            out.append("\" y=\"")
            out.append(number: middle)
            out.append("\" dy=\"0.32em\" style=\"")
            out.append(ChartFrame.textStyle)
            out.append("\">")
            out.append(escaping: TextWidth.truncate(name, toFit: Self.maxNameWidth, fontSize: fontSize))
            out.append("</text></g>")
        }
        out.append("</g>")
    }
}
