import AlmanacMarkup

/// The built-in `partials/map`: a choropleth in a `<figure>` with its caption, legend, the regions
/// without a figure or a shape named, and the data behind it in a `<details>`.
enum MapMarkup {
    static func write(_ figure: MapFigure, _ theme: ThemeParts, into out: inout MarkupBytes) {
        out.append("<figure class=\"map-figure\">\n<figcaption>")
        out.append(escaping: figure.caption)
        out.append("</figcaption>\n")
        out.append(figure.svg)
        out.append("\n")
        out.append(figure.legend)
        out.append("\n")
        for (names, label) in [(figure.withoutFigure, Words.Key.noFigureOnMap), (figure.withoutShape, .notOnMap)] where !names.isEmpty {
            out.append("<p class=\"map-missing\">")
            out.append(escaping: theme.word(label) + theme.word(.colon) + names.joined(separator: theme.word(.runSeparator)))
            out.append("</p>\n")
        }
        if let table = figure.table {
            out.append("<details class=\"chart-data\">\n<summary>")
            out.append(escaping: theme.word(.chartData))
            out.append("</summary>\n")
            out.append(table)
            out.append("\n</details>\n")
        }
        out.append("</figure>\n")
    }
}
