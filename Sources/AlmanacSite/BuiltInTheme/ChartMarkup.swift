import AlmanacMarkup

/// The built-in `partials/chart`: a chart in a `<figure>` with its caption, and the data behind
/// it as a table in a `<details>` right after the picture.
enum ChartMarkup {
    /// `svg` draws the chart and `table` writes the data behind it (nil for none) into `out`.
    static func write(
        caption: String, summary: String, svg: (inout MarkupBytes) -> Void, table: ((inout MarkupBytes) -> Void)?,
        into out: inout MarkupBytes
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
