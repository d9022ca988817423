import AlmanacMarkup

/// The legend of a choropleth, as HTML so that its text stays at the page's size whatever the map's
/// width (an SVG legend scaled down to a phone would shrink its text below reading): the unit, one
/// entry per class with its range, lowest first, and the hatched swatch for no figure when a
/// region has none. Swatches are small inline SVGs, which print where CSS backgrounds would not.
extension Choropleth {
    public func writeLegend(id: String, unit: String, format: (Double) -> String, into out: inout MarkupBytes) {
        out.append("<div class=\"map-legend\" id=\"")
        out.append(escaping: id)
        out.append("-legend\">")
        if !unit.isEmpty {
            out.append("<p class=\"map-legend-unit\">")
            out.append(escaping: unit)
            out.append("</p>")
        }
        out.append("<ul>")
        for (index, entry) in classes.classes.enumerated() {
            out.append("<li>")
            Self.writeSwatch(fill: entry.color, into: &out)
            out.append("<span>")
            let low = format(entry.lower)
            let high = format(entry.upper)
            out.append(escaping: low)
            if high != low || index < classes.classes.count - 1 {
                out.append(" – ")
                out.append(escaping: high)
            }
            out.append("</span></li>")
        }
        if regions.contains(where: { $0.value == nil }) {
            out.append("<li><svg class=\"map-swatch\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><defs>")
            Self.writeHatch(id: id + "-legend-nodata", into: &out)
            out.append("</defs><rect width=\"12\" height=\"12\" style=\"fill:url(#")
            out.append(escaping: id)
            out.append("-legend-nodata)\"/></svg><span>")
            out.append(escaping: noDataLabel)
            out.append("</span></li>")
        }
        out.append("</ul></div>")
    }

    public func legend(id: String, unit: String, format: (Double) -> String) -> String {
        var out = MarkupBytes()
        writeLegend(id: id, unit: unit, format: format, into: &out)
        return out.string
    }

    private static func writeSwatch(fill: String, into out: inout MarkupBytes) {
        out.append("<svg class=\"map-swatch\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" style=\"fill:")
        out.append(fill)
        out.append("\"/></svg>")
    }
}
