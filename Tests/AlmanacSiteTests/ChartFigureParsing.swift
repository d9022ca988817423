import Foundation

/// The charts of a built page read back from its HTML: each `<figure class="chart-figure">` with
/// its SVG, caption, the values its marks show, and the data table behind it.
struct ParsedChart {
    /// A value a mark of the chart shows in its tooltip: `临安区 2020: 974.2亿元` (a line point or a
    /// column of a group), `2020: 974.2亿元` (a column of a single series), `临安区: 974.2亿元` (a bar).
    struct Mark {
        var name: String
        var year: Int?
        var value: String
    }

    struct Table {
        var header: [String]
        /// The row header (`<th scope="row">`) and the cells after it, as text.
        var rows: [(name: String, cells: [String])]
        /// The unit the table states once (`单位：亿元` in its caption), if any.
        var unit: String? = nil
        /// The units row headers state (`GDP <span class="unit">亿元</span>`), by row name.
        var rowUnits: [String: String] = [:]

        /// The unit a figure in `row` is given in, where the table states it apart from the figures.
        func unit(of row: String) -> String? { rowUnits[row] ?? unit }

        /// Whether `shown` (a mark's text, which carries its unit) is `cell` of `row` with its unit.
        func agrees(_ shown: String, cell: String, row: String) -> Bool {
            guard shown != cell else { return true }
            // A partial roll-up's mark says `21,200.0亿元*`, its cell (the unit said once) `21,200.0*`.
            let partial = cell.hasSuffix("*") && shown.hasSuffix("*")
            let (shown, cell) = partial ? (String(shown.dropLast()), String(cell.dropLast())) : (shown, cell)
            guard let unit = unit(of: row), shown.hasPrefix(cell) else { return false }
            return shown.dropFirst(cell.count).trimmingCharacters(in: .whitespaces) == unit
        }

        /// The cell of `row` under `column` (the row header's column counts as the first).
        func cell(row: String, column: String) -> String? {
            guard let index = header.firstIndex(of: column), index > 0 else { return nil }
            return rows.first { $0.name == row }.flatMap { index - 1 < $0.cells.count ? $0.cells[index - 1] : nil }
        }
    }

    var svg: String
    var caption: String
    var description: String
    var marks: [Mark]
    var table: Table?

    static func all(in html: String) -> [ParsedChart] {
        html.components(separatedBy: "<figure class=\"chart-figure\">").dropFirst().map { part in
            let figure = part.components(separatedBy: "</figure>")[0]
            let svg = between(figure, "<svg", "</svg>") ?? ""
            let titles = svg.components(separatedBy: "<title>").dropFirst().map { decode($0.components(separatedBy: "</title>")[0]) }
            let marks = titles.compactMap { title -> Mark? in
                guard let colon = title.range(of: ": ", options: .backwards) else { return nil }
                var left = String(title[..<colon.lowerBound])
                // A ranking's bars name their place first: `15. 温州市`.
                if let dot = left.range(of: ". "), Int(left[..<dot.lowerBound]) != nil { left = String(left[dot.upperBound...]) }
                let value = String(title[colon.upperBound...])
                let words = left.split(separator: " ")
                if let last = words.last, last.count == 4, let year = Int(last) {
                    return Mark(name: words.dropLast().joined(separator: " "), year: year, value: value)
                }
                return Mark(name: left, year: nil, value: value)
            }
            // The table in the figure's <details>, else the one right after the figure (a page
            // that shows the chart's data as a visible table).
            let after = part.components(separatedBy: "</figure>").dropFirst().joined(separator: "</figure>")
            let next = after.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<div class=\"table-wrap\">")
                ? between(after, "<table", "</table>") : nil
            let table = (between(figure, "<table", "</table>") ?? next).map(parseTable)
            return ParsedChart(
                svg: svg, caption: decode(between(figure, "<figcaption>", "</figcaption>") ?? ""),
                description: decode(between(svg, "-desc\">", "</desc>") ?? ""), marks: marks, table: table)
        }
    }

    static func parseTable(_ html: String) -> Table {
        let header = (between(html, "<thead>", "</thead>") ?? "").components(separatedBy: "<th").dropFirst().map(cellText)
        let body = between(html, "<tbody>", "</tbody>") ?? ""
        var rowUnits: [String: String] = [:]
        let rows = body.components(separatedBy: "<tr>").dropFirst().map { row -> (String, [String]) in
            let cells = row.components(separatedBy: "</tr>")[0]
            var header = between(cells, "<th scope=\"row\"", "</th>") ?? ""
            let unit = between(header, " <span class=\"unit\">", "</span>").map(decode)
            if let raw = between(header, " <span class=\"unit\">", "</span>") { header = header.replacingOccurrences(of: " <span class=\"unit\">\(raw)</span>", with: "") }
            let name = cellText("x" + header)
            if let unit { rowUnits[name] = unit }
            let data = cells.components(separatedBy: "<td").dropFirst().map(cellText)
            return (name, data)
        }
        // `<caption>…<span class="table-unit">单位：亿元</span>` or `<caption class="table-unit">Unit: CNY 100m</caption>`.
        let stated = between(html, "<span class=\"table-unit\">", "</span>") ?? between(html, "<caption class=\"table-unit\">", "</caption>")
        let unit = stated.map(decode).map { text in
            text.range(of: "：").map { String(text[$0.upperBound...]) } ?? text.range(of: ": ").map { String(text[$0.upperBound...]) } ?? text
        }
        return Table(header: header, rows: rows, unit: unit, rowUnits: rowUnits)
    }

    /// The text of a cell whose markup starts after `<th` or `<td`: tags and sparklines removed.
    private static func cellText(_ markup: String) -> String {
        var text = String(markup.drop { $0 != ">" }.dropFirst())
        while let svg = text.range(of: "<svg"), let end = text.range(of: "</svg>", range: svg.upperBound..<text.endIndex) {
            text.removeSubrange(svg.lowerBound..<end.upperBound)
        }
        text = text.components(separatedBy: "</t")[0]
        text = text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return decode(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
