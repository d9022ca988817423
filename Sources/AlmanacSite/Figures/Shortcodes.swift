import AlmanacData
import AlmanacMarkdown

/// The inline figures of prose: `value`, `change`, `cagr` and `rank`, each formatted like the
/// tables (same model, same decimals and unit) with its provenance in a tooltip.
extension PageInput {
    func renderShortcode(_ shortcode: Shortcode) throws(MarkdownIssue) -> String {
        let env = env
        let dataset = env.dataset
        func fail(_ message: String) -> MarkdownIssue {
            MarkdownIssue(line: shortcode.line, column: shortcode.column, message: message)
        }
        let usage = [
            "value": "indicator region year", "change": "indicator region year", "cagr": "indicator region from-year to-year",
            "rank": "indicator region year",
        ]
        guard let expected = usage[shortcode.name] else {
            throw fail("unknown shortcode \"\(shortcode.name)\" (known: cagr, change, rank, value)")
        }
        let arguments = shortcode.arguments
        guard arguments.count == expected.split(separator: " ").count else {
            throw fail("shortcode \(shortcode.name) takes \(expected), e.g. {{< \(shortcode.name) \(example(shortcode.name)) >}}")
        }
        guard let indicator = env.indicator(arguments[0]) else {
            throw fail("unknown indicator \"\(arguments[0])\" (not in indicators.csv)")
        }
        let region = arguments[1]
        guard env.region(region) != nil else { throw fail("unknown region \"\(region)\" (not in regions.csv)") }
        var years: [Int] = []
        for text in arguments.dropFirst(2) {
            guard let year = Int(text) else { throw fail("\"\(text)\" is not a year") }
            years.append(year)
        }
        func figure(_ year: Int) throws(MarkdownIssue) -> Figure {
            guard let figure = dataset.figure(indicator.id, region, year) else {
                var issue = fail("no figure for \(indicator.id) in \(region) in \(year)")
                issue.missingFigure = true
                throw issue
            }
            return figure
        }
        switch shortcode.name {
        case "value":
            let value = try figure(years[0])
            return span(env.display(value, indicator), classes: value.isPartial ? "figure partial" : "figure", title: env.provenance(value, indicator))
        case "change":
            _ = try figure(years[0])
            guard let change = dataset.change(indicator.id, region, years[0]) else {
                throw fail("no change for \(indicator.id) in \(region) in \(years[0]): there is no figure for \(years[0] - 1)")
            }
            return span(
                env.changeText(change, indicator), classes: "figure change \(env.changeClass(change, indicator))",
                title: "\(env.words.year(change.fromYear)) → \(env.words.year(change.toYear))")
        case "cagr":
            _ = try figure(years[0])
            _ = try figure(years[1])
            guard years[1] > years[0] else { throw fail("the second year must come after the first") }
            guard let rate = dataset.cagr(indicator.id, region, from: years[0], to: years[1]) else {
                throw fail("no growth rate for \(indicator.id) in \(region): both figures must be above zero")
            }
            return span(NumberFormat.percent(rate), classes: "figure cagr", title: env.words.years(years[0], years[1]))
        default:
            _ = try figure(years[0])
            guard let rank = dataset.rank(indicator.id, region, years[0]) else {
                throw fail("no rank for \(indicator.id) in \(region) in \(years[0])")
            }
            return span(env.words.rank(rank), classes: "figure rank", title: "")
        }
    }

    private func example(_ name: String) -> String {
        name == "cagr" ? "output linan 2016 2020" : "patents quzhou 2024"
    }

    private func span(_ text: String, classes: String, title: String) -> String {
        let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLText.escape(title))\""
        return "<span class=\"\(classes)\"\(titleAttribute)>\(HTMLText.escape(text))</span>"
    }
}
