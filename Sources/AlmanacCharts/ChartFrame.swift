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

    func open(into out: inout MarkupBytes) {
        out.reserveCapacity(out.count + 1024 + title.utf8.count + description.utf8.count)
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-")
        out.append(kind)
        out.append("\" id=\"")
        out.append(escaping: id)
        out.append("\" role=\"img\" aria-labelledby=\"")
        out.append(escaping: id)
        out.append("-title ")
        out.append(escaping: id)
        out.append("-desc\" viewBox=\"0 0 ")
        out.append(number: width)
        out.append(byte: UInt8(ascii: " "))
        out.append(number: height)
        out.append(Self.fontFamily)
        out.append("<title id=\"")
        out.append(escaping: id)
        out.append("-title\">")
        out.append(escaping: title)
        out.append("</title><desc id=\"")
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
}

extension MarkupBytes {
    /// The whole chart as a string, for callers that want one (tests, templates).
    static func svg(_ write: (inout MarkupBytes) -> Void) -> String {
        var out = MarkupBytes()
        write(&out)
        return out.string
    }
}
