import AlmanacMarkup

/// One drawing of a ``BarChart``: on the wide one a row per bar with the rank and the name at the
/// left; on the narrow one the rank and the name on a line of their own above each bar.
struct BarDrawing {
    let chart: BarChart
    let metrics: ChartMetrics

    /// Names take at most this share of the wide drawing; longer ones are cut.
    static let maxNameShare = 0.32

    var wide: Bool { metrics.layout == .wide }
    var rowHeight: Double { wide ? 26 : 34 }
    var breakHeight: Double { wide ? 26 : 24 }

    func write(id: String, into out: inout MarkupBytes) {
        let m = metrics
        let size = m.fontSize
        let rows = chart.rows
        let top = 8.0
        // Where each row starts, the break taking a band of its own.
        var rowTops: [Double] = []
        var breakTop: Double?
        var next = top
        for row in rows {
            if row.breakBefore {
                breakTop = next
                next += breakHeight
            }
            rowTops.append(next)
            next += rowHeight
        }
        // A ranking cut after its first places (`top:`) ends with the band.
        if chart.breaksAtEnd {
            breakTop = next
            next += breakHeight
        }
        let rowsBottom = max(next, top + rowHeight)
        let log = chart.scale == .log
        let axis = log ? ValueAxis(values: rows.map(\.bar.value), count: m.columnTicks, fontSize: size, format: chart.tickFormat, scale: .log) : nil
        let height = rowsBottom + (axis != nil ? size + 12 : 8)

        func textWidth(_ texts: [String]) -> Double { texts.map { TextWidth.of($0, fontSize: size) }.max() ?? 0 }
        let rankTexts = rows.map { $0.bar.rank.map(String.init) ?? "" }
        let rankColumn = rankTexts.contains { !$0.isEmpty } ? textWidth(rankTexts) + 8 : 0
        let nameWidth = wide ? min(m.width * Self.maxNameShare, textWidth(rows.map(\.bar.label)) + 4) : 0
        let nameRight = rankColumn + nameWidth
        func valueWidth(_ selected: [BarChart.Bar]) -> Double { selected.isEmpty ? 0 : textWidth(selected.map(\.display)) + 8 }
        // Value labels of negative bars sit between the names and the bars' left ends.
        let negatives = valueWidth(rows.map(\.bar).filter { $0.value < 0 })
        var left = (wide ? nameRight + 8 : rankColumn) + negatives
        var right = m.width - max(valueWidth(rows.map(\.bar).filter { $0.value >= 0 }), 4)
        if let axis, let first = axis.labels.first, let last = axis.labels.last {
            // Room for the first and the last tick label, centred under their ticks.
            left = max(left, TextWidth.of(first, fontSize: size) / 2 + 2)
            right = min(right, m.width - TextWidth.of(last, fontSize: size) / 2 - 2)
        }
        let x: AxisScale
        if let axis {
            x = axis.scale(from: left, to: right)
        } else {
            let values = rows.map(\.bar.value)
            let low = min(0, values.min() ?? 0)
            let high = max(0, values.max() ?? 0)
            x = AxisScale(domain: (low, high == low ? low + 1 : high), range: (left, right), log: false)
        }
        let base = x(x.base)

        ChartFrame(
            id: id, title: chart.title, description: chart.description, width: m.width, height: height, kind: "bar", layout: m.layout
        ).open(into: &out)
        if let axis {
            if wide {
                axis.writeHorizontal(x, top: top, bottom: rowsBottom, into: &out)
            } else {
                // No gridlines across the names on their own lines: short ticks under the last bar.
                axis.writeHorizontal(x, top: rowsBottom - 4, bottom: rowsBottom, into: &out)
            }
        }
        let colour = Palette.color(0)
        let rowGeometry = rows.indices.map { index in
            let rowTop = rowTops[index]
            return (barTop: wide ? rowTop + 4 : rowTop + 17, nameY: wide ? rowTop + rowHeight / 2 : rowTop + 6)
        }
        let barHeight = wide ? rowHeight - 8 : 11
        // Marks and texts each in a group of their own, which holds their style once.
        out.append("<g class=\"bars\" style=\"fill:")
        out.append(colour)
        out.append("\">")
        for (index, row) in rows.enumerated() {
            let bar = row.bar
            let end = x(bar.value)
            out.append("<rect x=\"")
            out.append(number: min(base, end))
            out.append("\" y=\"")
            out.append(number: rowGeometry[index].barTop)
            out.append("\" width=\"")
            out.append(number: max(abs(end - base), 0.5))
            out.append("\" height=\"")
            out.append(number: barHeight)
            guard m.tooltips else {
                out.append("\"/>")
                continue
            }
            out.append("\"><title>")
            if let rank = bar.rank {
                out.append(String(rank))
                out.append(". ")
            }
            out.append(escaping: bar.label)
            out.append(": ")
            out.append(escaping: bar.display)
            out.append("</title></rect>")
        }
        out.append("</g>")
        group("names", anchor: wide ? "end" : nil, muted: false, into: &out)
        let nameRoom = wide ? nameWidth - 4 : m.width - rankColumn - 2
        for (index, row) in rows.enumerated() {
            let name = TextWidth.truncate(row.bar.label, toFit: nameRoom, fontSize: size)
            text(name, x: wide ? nameRight : rankColumn, y: rowGeometry[index].nameY, anchor: nil, into: &out)
        }
        out.append("</g>")
        if rankColumn > 0 {
            group("ranks", anchor: "end", muted: true, into: &out)
            for (index, row) in rows.enumerated() {
                guard let rank = row.bar.rank else { continue }
                text(String(rank), x: rankColumn - 6, y: rowGeometry[index].nameY, anchor: nil, into: &out)
            }
            out.append("</g>")
        }
        group("values", anchor: nil, muted: false, into: &out)
        for (index, row) in rows.enumerated() {
            let end = x(row.bar.value)
            let negative = row.bar.value < 0
            text(row.bar.display, x: negative ? end - 4 : end + 4, y: rowGeometry[index].barTop + barHeight / 2, anchor: negative ? "end" : nil, into: &out)
        }
        out.append("</g>")
        if let breakTop { writeBreak(top: breakTop, left: left, right: right, labelX: wide ? nameRight : rankColumn, into: &out) }
        // The zero line: through every row on the wide drawing; beside each bar only on the
        // narrow one, where it would cross the names above the bars.
        if !log {
            out.append("<path d=\"")
            if wide {
                out.append("M")
                out.append(number: base)
                out.append(" ")
                out.append(number: top)
                out.append("V")
                out.append(number: rowsBottom)
            } else {
                for rowTop in rowTops {
                    out.append("M")
                    out.append(number: base)
                    out.append(" ")
                    out.append(number: rowTop + 15)
                    out.append("V")
                    out.append(number: rowTop + 30)
                }
            }
            out.append("\" class=\"zero\" style=\"")
            out.append(ChartFrame.axisStyle)
            out.append("\"/>")
        }
        out.append(ChartFrame.close)
    }

    /// `<g class="…" font-size="…" style="…">` for texts of one kind.
    private func group(_ name: StaticString, anchor: StaticString?, muted: Bool, into out: inout MarkupBytes) {
        out.append("<g class=\"")
        out.append(name)
        out.append("\" font-size=\"")
        out.append(number: metrics.fontSize)
        if let anchor {
            out.append("\" text-anchor=\"")
            out.append(anchor)
        }
        out.append("\" style=\"")
        out.append(muted ? ChartFrame.mutedStyle : ChartFrame.textStyle)
        out.append("\">")
    }

    /// A text whose middle is at `y` (its baseline 0.35 em lower).
    private func text(_ content: String, x: Double, y: Double, anchor: StaticString?, into out: inout MarkupBytes) {
        out.append("<text x=\"")
        out.append(number: x)
        out.append("\" y=\"")
        out.append(number: y + 0.35 * metrics.fontSize)
        if let anchor {
            out.append("\" text-anchor=\"")
            out.append(anchor)
        }
        out.append("\">")
        out.append(escaping: content)
        out.append("</text>")
    }

    /// The band between the two parts of a cut ranking: the caller's label where the names are,
    /// and a dashed line across where the bars are.
    private func writeBreak(top: Double, left: Double, right: Double, labelX: Double, into out: inout MarkupBytes) {
        let middle = top + breakHeight / 2
        let width = TextWidth.of(chart.breakLabel, fontSize: metrics.fontSize)
        // Right-aligned with the names where it fits there, else from the left edge.
        let byNames = wide && width <= labelX - 2
        let start = byNames ? labelX - width : wide ? 2 : labelX
        group("ranking-break", anchor: nil, muted: true, into: &out)
        text(chart.breakLabel, x: byNames ? labelX : start, y: middle, anchor: byNames ? "end" : nil, into: &out)
        let from = max(wide ? left : 0, start + width + 8)
        if from < right {
            out.append("<path d=\"M")
            out.append(number: from)
            out.append(" ")
            out.append(number: middle)
            out.append("H")
            out.append(number: right)
            out.append("\" stroke-dasharray=\"4 4\" style=\"")
            out.append(ChartFrame.axisStyle)
            out.append("\"/>")
        }
        out.append("</g>")
    }
}
