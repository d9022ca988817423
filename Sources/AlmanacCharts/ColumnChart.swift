import AlmanacMarkup

/// Years (or any ordered categories) across as vertical columns from zero: one column per year for
/// a single series, or a group of columns per year for several (with a legend above the plot).
/// Each column is labelled with its value where the labels fit over the columns; a missing value
/// is an empty slot, so gaps stay visible and are never mistaken for zero.
public struct ColumnChart: Sendable {
    public var title: String
    public var description: String
    public var categories: [String]
    public var series: [ChartSeries]
    public var tickFormat: TickFormat

    public init(title: String, description: String, categories: [String], series: [ChartSeries], tickFormat: TickFormat) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.tickFormat = tickFormat
    }

    static let width = 640.0
    static let plotHeight = 232.0
    static let fontSize = 12.0
    static let maxColumnWidth = 56.0

    public func svg(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    public func write(id: String, into out: inout MarkupBytes) {
        let axis = ValueAxis(values: series.flatMap(\.finiteValues), count: 4, fontSize: Self.fontSize, format: tickFormat)
        let left = axis.labelWidth
        let right = Self.width - 8
        let legend = series.count > 1
            ? Legend(names: series.map(\.name), swatch: .square, width: right - left, fontSize: Self.fontSize) : nil
        let top = legend.map { 8 + $0.height + 20 } ?? 20
        let bottom = top + Self.plotHeight
        let height = bottom + 28
        let y = axis.scale(bottom: bottom, top: top)
        let slot = (right - left) / Double(max(categories.count, 1))
        let count = Double(max(series.count, 1))
        // A group takes at most 80% of its slot; columns in a group are 1 px apart.
        let columnGap = series.count > 1 ? 1.0 : 0
        let column = min((slot * (series.count > 1 ? 0.8 : 0.7) - columnGap * (count - 1)) / count, Self.maxColumnWidth)
        let group = column * count + columnGap * (count - 1)
        func center(_ category: Int) -> Double { left + slot * (Double(category) + 0.5) }
        func columnX(_ category: Int, _ index: Int) -> Double { center(category) - group / 2 + Double(index) * (column + columnGap) }

        // A label may be wider than its column as long as it stays clear of its neighbours' labels:
        // within the slot for a single series, within the column and its gap in a group.
        let labelSize = Self.fontSize - 1
        let labelRoom = series.count > 1 ? column + columnGap + 2 : slot - 6
        let labelsFit = series.allSatisfy { item in
            categories.indices.allSatisfy { item.value($0) == nil || TextWidth.of(item.label($0), fontSize: labelSize) <= labelRoom }
        }

        ChartFrame(
            id: id, title: title, description: description, width: Self.width, height: height, kind: "column"
        ).open(into: &out)
        legend?.write(left: left, top: 8, into: &out)
        axis.write(y, left: left, right: right, into: &out)
        CategoryAxis.write(categories, x: center, spacing: slot, baseline: bottom + 18, fontSize: Self.fontSize, into: &out)
        out.append("<g font-size=\"")
        out.append(number: labelSize)
        out.append("\">")
        for (index, item) in series.enumerated() {
            out.append("<g class=\"series\"><title>")
            out.append(escaping: item.name)
            out.append("</title>")
            for category in categories.indices {
                guard let value = item.value(category) else { continue }
                let label = item.label(category)
                let x = columnX(category, index)
                out.append("<g class=\"column\"><title>")
                if series.count > 1 {
                    out.append(escaping: item.name)
                    out.append(" ")
                }
                out.append(escaping: categories[category])
                out.append(": ")
                out.append(escaping: label)
                out.append("</title><rect x=\"")
                out.append(number: x)
                out.append("\" y=\"")
                out.append(number: min(y(value), y(0)))
                out.append("\" width=\"")
                out.append(number: column)
                out.append("\" height=\"")
                out.append(number: max(abs(y(value) - y(0)), 0.5))
                out.append("\" style=\"fill:")
                out.append(Palette.color(index))
                out.append("\"/>")
                if labelsFit {
                    // Under a negative column, unless that would reach the year labels: then above zero.
                    let below = y(value) + labelSize + 3
                    let labelY = value >= 0 ? y(value) - 5 : below <= bottom + 6 ? below : y(0) - 5
                    out.append("<text x=\"")
                    out.append(number: x + column / 2)
                    out.append("\" y=\"")
                    out.append(number: labelY)
                    out.append("\" text-anchor=\"middle\" style=\"")
                    out.append(ChartFrame.textStyle)
                    out.append("\">")
                    out.append(escaping: label)
                    out.append("</text>")
                }
                out.append("</g>")
            }
            out.append("</g>")
        }
        out.append("</g>")
        out.append(ChartFrame.close)
    }
}
