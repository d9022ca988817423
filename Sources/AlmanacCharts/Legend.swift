import AlmanacMarkup

/// A key above the plot for charts whose series cannot be named where they are drawn: a swatch
/// in the series colour and the name, wrapped into as many rows as the width needs. Long names
/// are cut with an ellipsis; the full name is the entry's tooltip. A chart that greys out the
/// series it does not highlight ends its key with a grey swatch and the caller's note for them.
struct Legend {
    enum Swatch {
        /// A short stroke, for lines (dashed like the line where the palette has run out).
        case line
        /// A small square, for columns.
        case square
    }

    /// What an entry's swatch shows.
    enum Key: Equatable {
        /// The colour (and dashes) of the series drawn `index`-th in colour.
        case series(Int)
        /// The grey of the lines given for context.
        case context
    }

    struct Entry {
        var name: String
        var key: Key
    }

    static let rowHeight = 18.0

    let entries: [Entry]
    let swatch: Swatch
    let fontSize: Double
    let maxNameWidth: Double
    /// Entry positions, relative to the legend's top left.
    private(set) var positions: [(x: Double, row: Int)] = []

    init(entries: [Entry], swatch: Swatch, width: Double, fontSize: Double, maxNameWidth: Double = 180) {
        self.entries = entries
        self.swatch = swatch
        self.fontSize = fontSize
        self.maxNameWidth = min(maxNameWidth, width - 18)
        var x = 0.0
        var row = 0
        for entry in entries {
            let size = 18 + min(TextWidth.of(entry.name, fontSize: fontSize), self.maxNameWidth)
            if x > 0, x + size > width {
                x = 0
                row += 1
            }
            positions.append((x, row))
            x += size + 16
        }
    }

    /// Entries for series named `names`, in colour order.
    init(names: [String], swatch: Swatch, width: Double, fontSize: Double, maxNameWidth: Double = 180) {
        self.init(
            entries: names.enumerated().map { Entry(name: $1, key: .series($0)) }, swatch: swatch, width: width, fontSize: fontSize,
            maxNameWidth: maxNameWidth)
    }

    var height: Double { entries.isEmpty ? 0 : Double((positions.last?.row ?? 0) + 1) * Self.rowHeight }

    /// A short thick stroke in the colour (and dashes) of `key`: a legend's key, or the mark
    /// beside a name at a line's end.
    static func lineSwatch(from x1: Double, to x2: Double, at y: Double, key: Key, into out: inout MarkupBytes) {
        out.append("<line x1=\"")
        out.append(number: x1)
        out.append("\" x2=\"")
        out.append(number: x2)
        out.append("\" y1=\"")
        out.append(number: y)
        out.append("\" y2=\"")
        out.append(number: y)
        switch key {
        case .series(let index):
            out.append("\" stroke-width=\"3\"")
            Palette.dashAttribute(index, into: &out)
            out.append(" style=\"stroke:")
            out.append(Palette.color(index))
        case .context:
            out.append("\" stroke-width=\"1.5\" style=\"stroke:")
            out.append(ChartFrame.contextColor)
        }
        out.append("\"/>")
    }

    /// The boxes the entries take once written at `left`, `top`, for labels placed later to avoid.
    func boxes(left: Double, top: Double) -> [LabelSpace.Box] {
        entries.indices.map { index in
            let x = left + positions[index].x
            let y = top + Double(positions[index].row) * Self.rowHeight
            let width = 18 + min(TextWidth.of(entries[index].name, fontSize: fontSize), maxNameWidth)
            return LabelSpace.Box(minX: x, maxX: x + width, minY: y, maxY: y + Self.rowHeight)
        }
    }

    func write(left: Double, top: Double, into out: inout MarkupBytes) {
        out.append("<g class=\"legend\" font-size=\"")
        out.append(number: fontSize)
        out.append("\" style=\"")
        out.append(ChartFrame.textStyle)
        out.append("\">")
        for (index, entry) in entries.enumerated() {
            let x = left + positions[index].x
            let middle = top + Double(positions[index].row) * Self.rowHeight + Self.rowHeight / 2
            let shown = TextWidth.truncate(entry.name, toFit: maxNameWidth, fontSize: fontSize)
            out.append("<g>")
            if shown != entry.name {
                out.append("<title>")
                out.append(escaping: entry.name)
                out.append("</title>")
            }
            switch swatch {
            case .line:
                Self.lineSwatch(from: x, to: x + 14, at: middle, key: entry.key, into: &out)
            case .square:
                out.append("<rect x=\"")
                out.append(number: x + 2)
                out.append("\" y=\"")
                out.append(number: middle - 5)
                out.append("\" width=\"10\" height=\"10\" style=\"fill:")
                if case .series(let series) = entry.key { out.append(Palette.color(series)) } else { out.append(ChartFrame.contextColor) }
                out.append("\"/>")
            }
            out.append("<text x=\"")
            out.append(number: x + 18)
            out.append("\" y=\"")
            out.append(number: middle)
            out.append("\" dy=\"0.32em\">")
            out.append(escaping: shown)
            out.append("</text></g>")
        }
        out.append("</g>")
    }
}
