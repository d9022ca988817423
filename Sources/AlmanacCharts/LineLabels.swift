import AlmanacMarkup

/// The names at the line ends of a wide line chart with several series.
extension LineDrawing {
    /// Heights for the names at the line ends, or nil when end labels would mislead: a line
    /// that stops before the last year, or names pushed more than two lines away from their line.
    func endLabels(_ y: AxisScale, values: [[Double?]], top: Double, bottom: Double) -> [Double]? {
        let lastIndex = chart.categories.count - 1
        guard values.count > 1, values.count <= 12, lastIndex >= 0 else { return nil }
        var ends: [Double] = []
        for row in values {
            guard let value = row[lastIndex] else { return nil }
            ends.append(y(value))
        }
        let gap = metrics.fontSize + 3
        guard Double(ends.count) * gap <= bottom - top + gap else { return nil }
        let placed = LabelPlacement.spread(ends, minGap: gap, within: (top, bottom))
        guard zip(ends, placed).allSatisfy({ abs($0 - $1) <= 2 * gap }) else { return nil }
        return placed
    }

    func writeEndLabels(_ heights: [Double], values: [[Double?]], frame: Frame, into out: inout MarkupBytes) {
        let right = frame.right
        out.append("<g class=\"series-names\" font-size=\"")
        out.append(number: metrics.fontSize)
        out.append("\" style=\"")
        out.append(ChartFrame.textStyle)
        out.append("\">")
        let last = chart.categories.count - 1
        for (index, item) in chart.series.enumerated() {
            guard let value = values[index][last] else { continue }
            let lineEnd = frame.y(value)
            let labelY = heights[index]
            let shown = TextWidth.truncate(item.name, toFit: Self.maxEndLabelWidth, fontSize: metrics.fontSize)
            out.append("<g>")
            if shown != item.name {
                out.append("<title>")
                out.append(escaping: item.name)
                out.append("</title>")
            }
            // A leader from the line's end to its name where the name had to move away.
            if abs(labelY - lineEnd) > 3 {
                out.append("<path d=\"M")
                out.append(number: frame.x(last) + 5)
                out.append(" ")
                out.append(number: lineEnd)
                out.append("L")
                out.append(number: right + 7)
                out.append(" ")
                out.append(number: labelY)
                out.append("\" fill=\"none\" stroke-width=\"1\" style=\"stroke:")
                out.append(Palette.color(index))
                out.append("\"/>")
            }
            Legend.lineSwatch(from: right + 8, to: right + 20, at: labelY, key: .series(index), into: &out)
            out.append("<text x=\"")
            out.append(number: right + 24)
            out.append("\" y=\"")
            out.append(number: labelY)
            out.append("\" dy=\"0.32em\">")
            out.append(escaping: shown)
            out.append("</text></g>")
        }
        out.append("</g>")
    }
}

/// The values of a single line written beside its points. Each label is tried above its point
/// (below first at a dip), then below, then above or below to either side, and goes to the
/// first place where it touches no line, dot, axis label or other value label and stays inside
/// the plot. All points are labelled when every label finds a place, else the first and the
/// last, else the last, else none (the tooltips and the table still have every figure).
struct PointLabels {
    let series: ChartSeries
    let values: [Double?]
    let metrics: ChartMetrics
    let frame: LineDrawing.Frame

    struct Placed {
        var index: Int
        var x: Double
        var y: Double
        var anchor: LabelSpace.Anchor
    }

    func write(space: inout LabelSpace, into out: inout MarkupBytes) {
        let present = values.indices.filter { values[$0] != nil }
        guard !present.isEmpty else { return }
        let size = metrics.labelSize
        let widths = present.map { TextWidth.of(series.label($0), fontSize: size) }
        // Neighbouring labels wider than the room between their points cannot all be written.
        let roomy = present.indices.dropFirst().allSatisfy { position in
            Double(present[position] - present[position - 1]) * frame.step >= (widths[position] + widths[position - 1]) / 2 + 6
        }
        let last = present.count - 1
        var choices: [[Int]] = roomy ? [Array(present.indices)] : []
        choices += last > 0 ? [[0, last], [last]] : [[last]]
        var placed: [Placed] = []
        for choice in choices {
            var trial = space
            let attempt = choice.compactMap { place(present[$0], width: widths[$0], in: &trial) }
            if attempt.count == choice.count {
                placed = attempt
                space = trial
                break
            }
        }
        guard !placed.isEmpty else { return }
        out.append("<g class=\"point-labels\" font-size=\"")
        out.append(number: size)
        out.append("\" style=\"")
        out.append(ChartFrame.textStyle)
        out.append("\">")
        for label in placed {
            out.append("<text x=\"")
            out.append(number: label.x)
            out.append("\" y=\"")
            out.append(number: label.y)
            switch label.anchor {
            case .start: out.append("\" text-anchor=\"start\">")
            case .middle: out.append("\" text-anchor=\"middle\">")
            case .end: out.append("\" text-anchor=\"end\">")
            }
            out.append(escaping: series.label(label.index))
            out.append("</text>")
        }
        out.append("</g>")
    }

    /// The first free place for the label of point `index`, taken in `space`; nil when there is none.
    func place(_ index: Int, width: Double, in space: inout LabelSpace) -> Placed? {
        guard let value = values[index] else { return nil }
        let size = metrics.labelSize
        let px = frame.x(index)
        let py = frame.y(value)
        let neighbours = [index - 1, index + 1].compactMap { values.indices.contains($0) ? values[$0] : nil }
        let dip = !neighbours.isEmpty && neighbours.allSatisfy { $0 > value }
        // Baselines that put the box just above or just below the point's dot.
        let above = py - 7
        let below = py + 7 + 0.85 * size
        let vertical = dip ? [below, above] : [above, below]
        var candidates: [Placed] = vertical.map { Placed(index: index, x: px, y: $0, anchor: .middle) }
        for baseline in vertical {
            candidates.append(Placed(index: index, x: px + 4, y: baseline, anchor: .start))
            candidates.append(Placed(index: index, x: px - 4, y: baseline, anchor: .end))
        }
        let bounds = LabelSpace.Box(minX: 0, maxX: metrics.width, minY: 0, maxY: frame.bottom - 1)
        for candidate in candidates {
            let box = LabelSpace.text(width, x: candidate.x, y: candidate.y, size: size, anchor: candidate.anchor)
            if box.inside(bounds), space.isFree(box) {
                space.add(box)
                return candidate
            }
        }
        return nil
    }
}
