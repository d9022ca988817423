import AlmanacMarkup

/// The built-in `partials/chart.mustache` written directly in Swift, byte for byte (a test renders
/// both and compares): a county-level site wraps a hundred thousand charts in it, and rendering
/// the partial through swift-mustache was a tenth of such a build (perf, 1,000,000 observations).
/// A site that overrides `partials/chart` gets its own template.
enum ChartFigureHTML {
    /// `svg` draws the chart and `table` writes the data behind it (nil for none) into `out`.
    static func write(
        caption: String, summary: String, into out: inout MarkupBytes, svg: (inout MarkupBytes) -> Void,
        table: ((inout MarkupBytes) -> Void)?
    ) {
        out.append("<figure class=\"chart-figure\">\n<figcaption>")
        out.append(escaping: caption)
        out.append("</figcaption>\n")
        svg(&out)
        out.append("\n")
        if let table {
            out.append("<details class=\"chart-data\">\n<summary>")
            out.append(escaping: summary)
            out.append("</summary>\n")
            table(&out)
            out.append("\n</details>\n")
        }
        out.append("</figure>\n")
    }
}
