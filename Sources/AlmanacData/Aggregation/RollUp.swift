/// Rolls an indicator's figures up the region tree, children before parents, so that a parent
/// with no figure of its own shows the sum (or mean) of what its children have. A parent's own
/// report always wins; where it disagrees with a complete roll-up, that is worth a warning.
enum RollUp {
    /// The tree as grid positions, computed once for all indicators. Plain numbers in flat
    /// arrays: every core reads the same order, and arrays and strings held in each step were
    /// retained and released by both cores at once (perf: retains were 6 % of the CPU of reading
    /// and aggregating 1,000,000 observations, under the roll-ups alone).
    struct Order {
        struct Step {
            var region: Int
            /// Where the step's children are in ``children``.
            var children: Range<Int>
            var listsAllParts: Bool
        }

        /// Children before parents.
        var steps: [Step] = []
        /// The grid positions of every step's children, step after step.
        var children: [Int] = []
        /// Each step's region id, for warnings.
        var ids: [String] = []

        init(tree: RegionTree, index: [String: Int]) {
            for id in tree.postorder {
                let children = tree.children(of: id).compactMap { index[$0] }
                guard !children.isEmpty, let position = index[id] else { continue }
                steps.append(
                    Step(
                        region: position, children: self.children.count..<(self.children.count + children.count),
                        listsAllParts: tree[id]?.childrenComplete ?? true))
                self.children += children
                ids.append(id)
            }
        }
    }

    static func apply(_ indicator: Indicator, order: Order, series: inout [Series], provenances: [Provenance]) -> [DataIssue] {
        var issues: [DataIssue] = []
        let tolerance = 0.5 * pow10(-indicator.decimals)
        for (stepAt, step) in order.steps.enumerated() {
            // Each child's series read once, its figures added up by year in the children's
            // order (the order the sums always had, so they are the same to the last bit): a
            // lookup per child and year, copying a series and a figure each time, was 14 % of
            // the CPU of reading and aggregating 1,000,000 observations, half of it reference
            // counting (perf), now 7 %.
            var sums: [Int: (total: Double, count: Int, partial: Bool)] = [:]
            for childAt in step.children {
                let childSeries = series[order.children[childAt]]
                for index in childSeries.years.indices {
                    add(childSeries.figures[index], to: &sums[childSeries.years[index], default: (0, 0, false)])
                }
            }
            for (year, sum) in sums.sorted(by: { $0.key < $1.key }) {
                let value = indicator.aggregate == .mean ? sum.total / Double(sum.count) : sum.total
                let partial = !step.listsAllParts || sum.count < step.children.count || sum.partial
                let rolled = Figure(
                    value: value, origin: .rolledUp(contributors: sum.count, children: step.children.count, partial: partial))
                guard let reported = series[step.region].insert(rolled, year: year) else { continue }
                if !partial, abs(reported.value - value) > tolerance, let location = provenances[of: reported]?.location {
                    let how = indicator.aggregate == .mean ? "mean" : "sum"
                    issues.append(
                        .warning(
                            location,
                            "\(indicator.id) for \(order.ids[stepAt]) in \(year) is reported as "
                                + "\(NumberFormat.plain(reported.value)) but the \(how) of its children is "
                                + "\(NumberFormat.plain(value))"))
                }
            }
        }
        return issues
    }

    private static func add(_ figure: Figure, to sum: inout (total: Double, count: Int, partial: Bool)) {
        sum.total += figure.value
        sum.count += 1
        if figure.isPartial { sum.partial = true }
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
