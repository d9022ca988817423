/// Rolls an indicator's figures up the region tree, children before parents, so that a parent
/// with no figure of its own shows the sum (or mean) of what its children have. A parent's own
/// report always wins; where it disagrees with a complete roll-up, that is worth a warning.
enum RollUp {
    /// The tree as grid positions, computed once for all indicators.
    struct Order {
        /// Children before parents, each with its children's positions.
        var steps: [(region: Int, id: String, children: [Int], listsAllParts: Bool)] = []

        init(tree: RegionTree, index: [String: Int]) {
            for id in tree.postorder {
                let children = tree.children(of: id).compactMap { index[$0] }
                guard !children.isEmpty, let position = index[id] else { continue }
                steps.append((position, id, children, tree[id]?.childrenComplete ?? true))
            }
        }
    }

    static func apply(_ indicator: Indicator, order: Order, series: inout [Series]) -> [DataIssue] {
        var issues: [DataIssue] = []
        let tolerance = 0.5 * pow10(-indicator.decimals)
        for step in order.steps {
            var years: [Int] = []
            for child in step.children { years += series[child].years }
            guard !years.isEmpty else { continue }
            for year in Set(years).sorted() {
                let parts = step.children.compactMap { series[$0].figure(year) }
                let total = parts.reduce(0) { $0 + $1.value }
                let value = indicator.aggregate == .mean ? total / Double(parts.count) : total
                let partial = !step.listsAllParts || parts.count < step.children.count || parts.contains { $0.isPartial }
                let rolled = Figure(
                    value: value, origin: .rolledUp(contributors: parts.count, children: step.children.count, partial: partial))
                guard let reported = series[step.region].insert(rolled, year: year) else { continue }
                if !partial, abs(reported.value - value) > tolerance, let location = reported.location {
                    let how = indicator.aggregate == .mean ? "mean" : "sum"
                    issues.append(
                        .warning(
                            location,
                            "\(indicator.id) for \(step.id) in \(year) is reported as "
                                + "\(NumberFormat.plain(reported.value)) but the \(how) of its children is "
                                + "\(NumberFormat.plain(value))"))
                }
            }
        }
        return issues
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
