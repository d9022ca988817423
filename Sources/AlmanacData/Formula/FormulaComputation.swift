/// Computes a formula indicator at every region and year where all its components have a
/// figure (reported or rolled up): at a continent, `gdp / pop` divides the continent's GDP by
/// its population — a ratio of sums, never a sum or mean of the countries' ratios.
enum FormulaComputation {
    /// `components[i]` is the row of `formula.components[i]`, final (computed before this one).
    static func apply(
        _ indicator: Indicator, _ formula: Formula, components: [[Series]], series: inout [Series], regionIDs: [String],
        provenances: Provenances
    ) -> RollUp.Result {
        var result = RollUp.Result()
        guard let first = components.first else { return result }
        let tolerance = RollUp.tolerance(indicator)
        var values = Array(repeating: 0.0, count: components.count)
        var rounded = Array(repeating: false, count: components.count)
        var stack: [(value: Double, scale: Double)] = []
        stack.reserveCapacity(8)
        for region in series.indices {
            let lead = first[region]
            guard !lead.isEmpty, components.allSatisfy({ !$0[region].isEmpty }) else { continue }
            yearLoop: for index in lead.years.indices {
                let year = lead.years[index]
                var partial = lead.figures[index].isPartial
                values[0] = lead.figures[index].value
                rounded[0] = Self.rounded(lead.figures[index])
                for component in 1..<components.count {
                    guard let figure = components[component][region].figure(year) else { continue yearLoop }
                    values[component] = figure.value
                    rounded[component] = Self.rounded(figure)
                    if figure.isPartial { partial = true }
                }
                switch formula.evaluate(values, rounded: rounded, stack: &stack) {
                case .value(let value):
                    let computed = Figure(value: value, origin: .computed(partial: partial))
                    guard let reported = series[region].insert(computed, year: year) else { continue }
                    if !partial, abs(reported.value - value) > tolerance, let location = provenances[of: reported]?.location {
                        result.issues.append(
                            RollUp.disagreement(
                                indicator, regionIDs[region], year, reported.value, "its formula \(formula.text) gives", value,
                                location))
                    }
                case .divisionByZero(let divisor):
                    if !series[region].has(year) {
                        result.missing.append((region, year, .divisionByZero(divisor: divisor, year: year)))
                    }
                case .outOfRange:
                    if !series[region].has(year) { result.missing.append((region, year, .outOfRange(year: year))) }
                }
            }
        }
        return result
    }

    /// Whether a figure was rounded to 15 digits when it was made: a formula's always (its 15
    /// digits may round to a whole number), a roll-up's unless it is a whole number (sums of whole
    /// numbers are exact, and kept so).
    static func rounded(_ figure: Figure) -> Bool {
        switch figure.origin {
        case .reported: false
        case .computed: true
        case .rolledUp: figure.value != figure.value.rounded(.towardZero)
        }
    }
}
