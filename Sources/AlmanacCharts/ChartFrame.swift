/// The parts every chart shares: the accessible `<svg>` element with its `<title>` and `<desc>`,
/// and the text styles, so each chart type only draws its marks.
struct ChartFrame {
    var id: String
    var title: String
    var description: String
    var width: Double
    var height: Double
    var kind: String

    func open() -> String {
        let titleID = "\(id)-title"
        let descID = "\(id)-desc"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" id=\"\(SVGText.escape(id))\" "
            + "role=\"img\" aria-labelledby=\"\(SVGText.escape(titleID)) \(SVGText.escape(descID))\" "
            + "viewBox=\"0 0 \(SVGText.number(width)) \(SVGText.number(height))\" "
            + "font-family=\"system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif\">"
            + "<title id=\"\(SVGText.escape(titleID))\">\(SVGText.escape(title))</title>"
            + "<desc id=\"\(SVGText.escape(descID))\">\(SVGText.escape(description))</desc>"
    }

    static let close = "</svg>"

    static let textStyle = "fill:var(--almanac-chart-text,#333)"
    static let mutedStyle = "fill:var(--almanac-chart-muted,#666)"
    static let gridStyle = "stroke:var(--almanac-chart-grid,#ddd)"
    static let axisStyle = "stroke:var(--almanac-chart-axis,#888)"
}
