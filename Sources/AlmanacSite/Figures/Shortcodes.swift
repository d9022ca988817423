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
        // `key=value` options after the positional arguments: `in=world` for `rank`.
        var arguments: [String] = []
        var options: [String: String] = [:]
        for argument in shortcode.arguments {
            if let equals = argument.firstIndex(of: "="), shortcode.name == "rank" {
                options[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
            } else {
                arguments.append(argument)
            }
        }
        if let unknown = options.keys.sorted().first(where: { $0 != "in" }) {
            throw fail("unknown option \"\(unknown)=\" of rank (known: in=REGION, to rank among all regions of the level under it)")
        }
        guard arguments.count == expected.split(separator: " ").count else {
            throw fail("shortcode \(shortcode.name) takes \(expected), e.g. {{< \(shortcode.name) \(example(shortcode.name)) >}}")
        }
        let names = env.content.names
        guard let indicator = names.indicators.id(arguments[0]).flatMap(env.indicator) ?? env.indicator(arguments[0]) else {
            throw fail(names.indicators.problem(arguments[0]) ?? "unknown indicator \"\(arguments[0])\" (not in indicators.csv)")
        }
        guard let region = names.regions.id(arguments[1]) ?? (env.region(arguments[1]) != nil ? arguments[1] : nil) else {
            throw fail(names.regions.problem(arguments[1]) ?? "unknown region \"\(arguments[1])\" (not in regions.csv)")
        }
        var years: [Int] = []
        for text in arguments.dropFirst(2) {
            guard let year = Int(text) else { throw fail("\"\(text)\" is not a year") }
            years.append(year)
        }
        func figure(_ year: Int) throws(MarkdownIssue) -> Figure {
            guard let figure = dataset.figure(indicator.id, region, year) else {
                // Where the model knows why (a formula divided by zero), it says so.
                let why = dataset.missingReason(indicator.id, region, year, language: env.language).map { ": " + $0 } ?? ""
                var issue = fail("no figure for \(indicator.id) in \(region) in \(year)" + why)
                issue.missingFigure = why.isEmpty
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
                let base = years[0] - dataset.step(of: indicator.id)
                throw fail(
                    "no change for \(indicator.id) in \(region) in \(years[0]): there is no figure for \(base), the observation a step before")
            }
            // Named where the base is not the year before: `较2002年 +6.2%`.
            let text = change.namesBase ? env.changeLabel(change) + " " + env.changeText(change, indicator) : env.changeText(change, indicator)
            return span(
                text, classes: "figure change \(env.changeClass(change, indicator))",
                title: "\(env.words.year(change.fromYear)) → \(env.words.year(change.toYear))")
        case "cagr":
            _ = try figure(years[0])
            _ = try figure(years[1])
            guard years[1] > years[0] else { throw fail("the second year must come after the first") }
            if indicator.isRate {
                throw fail("\(indicator.id) is a rate: it has no growth rate; write its change (in percentage points) instead")
            }
            if !indicator.hasGrowthRate {
                throw fail(
                    "\(indicator.id) is rolled up as \(indicator.aggregate.keyword): a compound growth rate of it is not shown "
                        + "(only of sums, formulas and figures that are not rolled up)")
            }
            guard let rate = dataset.cagr(indicator.id, region, from: years[0], to: years[1]) else {
                throw fail("no growth rate for \(indicator.id) in \(region): both figures must be above zero")
            }
            return span(NumberFormat.percent(rate), classes: "figure cagr", title: env.words.years(years[0], years[1]))
        default:
            _ = try figure(years[0])
            var ancestor: String?
            if let text = options["in"] {
                guard let id = names.regions.id(text) ?? (env.region(text) != nil ? text : nil) else {
                    throw fail(names.regions.problem(text) ?? "unknown region \"\(text)\" (not in regions.csv)")
                }
                guard dataset.tree.ancestors(of: region).contains(id) else {
                    throw fail("\(id) is not above \(region) in the region tree: rank in= takes one of its ancestors")
                }
                ancestor = id
            }
            guard let rank = dataset.rank(indicator.id, region, years[0], in: ancestor) else {
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
