import AlmanacMarkup

/// The parts every chart shares: the accessible `<svg>` element with its `<title>` and `<desc>`,
/// and the text styles, so each chart type only draws its marks.
struct ChartFrame {
    var id: String
    var title: String
    var description: String
    var width: Double
    var height: Double
    var kind: StaticString
    /// Which drawing this is; nil for a chart that has one only (a sparkline, a small multiple).
    var layout: ChartLayout?
    /// Whether this is a compact drawing: the narrow one's layout shown at every width, so not
    /// marked narrow (its classes are the wide drawing's; the theme sizes it by its grid).
    var compact = false
    /// Whether the chart writes any text (a sparkline has none, so needs no font).
    var hasText = true

    func open(into out: inout MarkupBytes) {
        out.reserveCapacity(out.count + 1024 + title.utf8.count + description.utf8.count)
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-")
        out.append(kind)
        // The wide drawing keeps the plain classes (`chart chart-line`) that a theme and its
        // tests have always seen; the narrow one is marked, and the style sheet hides the
        // drawing it follows when it is shown.
        if layout == .narrow, !compact { out.append(" chart-narrow") }
        out.append("\" id=\"")
        out.append(escaping: id)
        out.append("\" role=\"img\" aria-labelledby=\"")
        out.append(escaping: id)
        out.append("-title")
        // An empty description is left out rather than written as an empty `<desc>`.
        if !description.isEmpty {
            out.append(" ")
            out.append(escaping: id)
            out.append("-desc")
        }
        out.append("\" viewBox=\"0 0 ")
        out.append(number: width)
        out.append(byte: UInt8(ascii: " "))
        out.append(number: height)
        // The narrow and the compact drawings only ever appear in a page, whose font they
        // inherit; the others may also be opened on their own.
        out.append(layout == .narrow || !hasText ? "\">" : Self.fontFamily)
        out.append("<title id=\"")
        out.append(escaping: id)
        out.append("-title\">")
        out.append(escaping: title)
        out.append("</title>")
        guard !description.isEmpty else { return }
        out.append("<desc id=\"")
        out.append(escaping: id)
        out.append("-desc\">")
        out.append(escaping: description)
        out.append("</desc>")
    }

    static let fontFamily: StaticString =
        "\" font-family=\"system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif\">"

    static let close: StaticString = "</svg>"

    static let textStyle: StaticString = "fill:var(--almanac-chart-text,#333)"
    static let mutedStyle: StaticString = "fill:var(--almanac-chart-muted,#666)"
    static let gridStyle: StaticString = "stroke:var(--almanac-chart-grid,#ddd)"
    static let axisStyle: StaticString = "stroke:var(--almanac-chart-axis,#888)"
    /// The lines that only give context (the series not highlighted), in a grey that the theme sets.
    static let contextColor: StaticString = "var(--almanac-chart-context,#b3b9c4)"

    /// `<line …/>` with a style.
    static func line(x1: Double, x2: Double, y1: Double, y2: Double, style: StaticString, into out: inout MarkupBytes) {
        out.append("<line x1=\"")
        out.append(number: x1)
        out.append("\" x2=\"")
        out.append(number: x2)
        out.append("\" y1=\"")
        out.append(number: y1)
        out.append("\" y2=\"")
        out.append(number: y2)
        out.append("\" style=\"")
        out.append(style)
        out.append("\"/>")
    }
}

extension MarkupBytes {
    /// The whole chart as a string, for callers that want one (tests, templates).
    static func svg(_ write: (inout MarkupBytes) -> Void) -> String {
        var out = MarkupBytes()
        write(&out)
        return out.string
    }
}
