import AlmanacMarkdown

/// The built-in `partials/chart.mustache` written directly in Swift, byte for byte (a test renders
/// both and compares): a county-level site wraps a hundred thousand charts in it, and rendering
/// the partial through swift-mustache was a tenth of such a build (perf, 1,000,000 observations).
/// A site that overrides `partials/chart` gets its own template.
enum ChartFigureHTML {
    static func render(svg: String, caption: String, table: String?, summary: String) -> String {
        var out = "<figure class=\"chart-figure\">\n<figcaption>"
        out.reserveCapacity(svg.utf8.count + (table?.utf8.count ?? 0) + caption.utf8.count + summary.utf8.count + 128)
        out += HTMLText.escape(caption)
        out += "</figcaption>\n"
        out += svg
        out += "\n"
        if let table {
            out += "<details class=\"chart-data\">\n<summary>"
            out += HTMLText.escape(summary)
            out += "</summary>\n"
            out += table
            out += "\n</details>\n"
        }
        out += "</figure>\n"
        return out
    }
}
