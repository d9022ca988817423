import AlmanacMarkup

/// The category labels (years) under a plot, thinned so that they never touch: every label if
/// they fit, else every 2nd, 5th, 10th…, always the first and the last; a label that would crowd
/// the last one gives way to it.
enum CategoryAxis {
    /// Which labels to show, for labels `spacing` apart.
    static func shown(_ labels: [String], spacing: Double, fontSize: Double) -> [Int] {
        guard labels.count > 1 else { return Array(labels.indices) }
        let widest = (labels.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0) + 8
        let every = [1, 2, 5, 10, 20, 50, 100, 200, 500].first { Double($0) * spacing >= widest } ?? labels.count
        let last = labels.count - 1
        return labels.indices.filter { index in
            index == last || (index % every == 0 && (index == 0 || Double(last - index) * spacing >= widest))
        }
    }

    static func write(
        _ labels: [String], x: (Int) -> Double, spacing: Double, baseline: Double, fontSize: Double, into out: inout MarkupBytes
    ) {
        out.append("<g class=\"axis x-axis\" font-size=\"")
        out.append(number: fontSize)
        out.append("\" text-anchor=\"middle\" style=\"")
        out.append(ChartFrame.mutedStyle)
        out.append("\">")
        for index in shown(labels, spacing: spacing, fontSize: fontSize) {
            out.append("<text x=\"")
            out.append(number: x(index))
            out.append("\" y=\"")
            out.append(number: baseline)
            out.append("\">")
            out.append(escaping: labels[index])
            out.append("</text>")
        }
        out.append("</g>")
    }
}
