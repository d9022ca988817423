/// Rolls an indicator's figures up the region tree, children before parents, so that a parent
/// with no figure of its own shows the sum (or mean) of what its children have. A parent's own
/// report always wins; where it disagrees with a complete roll-up, that is worth a warning.
enum RollUp {
    static func apply(_ indicator: Indicator, tree: RegionTree, figures: inout [SeriesKey: [Int: Figure]]) -> [DataIssue] {
        var issues: [DataIssue] = []
        let tolerance = 0.5 * pow10(-indicator.decimals)
        for regionID in tree.postorder {
            let listsAllParts = tree[regionID]?.childrenComplete ?? true
            let children = tree.children(of: regionID)
            guard !children.isEmpty else { continue }
            let childSeries = children.map { figures[SeriesKey(indicator.id, $0)] ?? [:] }
            var years: Set<Int> = []
            for series in childSeries { years.formUnion(series.keys) }
            guard !years.isEmpty else { continue }
            let key = SeriesKey(indicator.id, regionID)
            var own = figures[key] ?? [:]
            for year in years.sorted() {
                let parts = childSeries.compactMap { $0[year] }
                let total = parts.reduce(0) { $0 + $1.value }
                let value = indicator.aggregate == .mean ? total / Double(parts.count) : total
                let partial = !listsAllParts || parts.count < children.count || parts.contains { $0.isPartial }
                if let reported = own[year] {
                    if !partial, abs(reported.value - value) > tolerance, let location = reported.location {
                        let how = indicator.aggregate == .mean ? "mean" : "sum"
                        issues.append(
                            .warning(
                                location,
                                "\(indicator.id) for \(regionID) in \(year) is reported as "
                                    + "\(NumberFormat.plain(reported.value)) but the \(how) of its children is "
                                    + "\(NumberFormat.plain(value))"))
                    }
                    continue
                }
                own[year] = Figure(
                    value: value, origin: .rolledUp(contributors: parts.count, children: children.count, partial: partial))
            }
            figures[key] = own
        }
        return issues
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
