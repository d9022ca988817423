/// The parts every chart shares: the accessible `<svg>` element with its `<title>` and `<desc>`,
/// and the text styles, so each chart type only draws its marks.
struct ChartFrame {
    var id: String
    var title: String
    var description: String
    var width: Double
    var height: Double
    var kind: String

    /// The opening of the chart, appended piece by piece (charts are written by the hundred
    /// thousand on a county-level site, and every `+` of a long literal makes a new string).
    func open() -> String {
        let id = SVGText.escape(self.id)
        var out = ""
        out.reserveCapacity(1024 + title.utf8.count + description.utf8.count)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-"
        out += kind
        out += "\" id=\""
        out += id
        out += "\" role=\"img\" aria-labelledby=\""
        out += id
        out += "-title "
        out += id
        out += "-desc\" viewBox=\"0 0 "
        out += SVGText.number(width)
        out += " "
        out += SVGText.number(height)
        out += Self.fontFamily
        out += "<title id=\""
        out += id
        out += "-title\">"
        out += SVGText.escape(title)
        out += "</title><desc id=\""
        out += id
        out += "-desc\">"
        out += SVGText.escape(description)
        out += "</desc>"
        return out
    }

    static let fontFamily =
        "\" font-family=\"system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif\">"

    static let close = "</svg>"

    static let textStyle = "fill:var(--almanac-chart-text,#333)"
    static let mutedStyle = "fill:var(--almanac-chart-muted,#666)"
    static let gridStyle = "stroke:var(--almanac-chart-grid,#ddd)"
    static let axisStyle = "stroke:var(--almanac-chart-axis,#888)"
}
