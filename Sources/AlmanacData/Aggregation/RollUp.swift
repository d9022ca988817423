/// Rolls an indicator's figures up the region tree, children before parents, so that a parent
/// with no figure of its own shows the sum, minimum or maximum of its children's figures, or the
/// mean of the base regions beneath it (``averageBaseRegions``). A parent's own report always
/// wins; where it disagrees with a complete roll-up, that is worth a warning.
enum RollUp {
    /// The tree as grid positions, computed once for all indicators. Plain numbers in flat
    /// arrays: every core reads the same order, and arrays and strings held in each step were
    /// retained and released by both cores at once, for every step of every indicator.
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

    /// What computing one indicator found: warnings, and why figures one might expect are missing.
    struct Result: Sendable {
        var issues: [DataIssue] = []
        var missing: [(region: Int, year: Int, reason: MissingReason)] = []
        /// The indicator's step in years, given or inferred once its figures are final.
        var step = 1
    }

    /// The running fold of one year's children: their sum (compensated) or extreme, how many
    /// had a figure, and whether any was partial.
    private struct Fold {
        var total = CompensatedSum()
        var extreme = 0.0
        /// Σ |v|, the scale of the sum's rounding errors (``Significant/round15(_:scale:)``).
        var magnitude = 0.0
        var count = 0
        var partial = false

        mutating func add(_ figure: Figure, isSum: Bool, isMin: Bool) {
            if isSum {
                total.add(figure.value)
                magnitude += abs(figure.value)
            } else if count == 0 || (isMin ? figure.value < extreme : figure.value > extreme) {
                extreme = figure.value
            }
            count += 1
            if figure.isPartial { partial = true }
        }
    }

    /// `sum`, `min` and `max`: the children's figures (a child's own report winning over its
    /// roll-up, as it is shown) folded by year.
    static func apply(_ indicator: Indicator, order: Order, series: inout [Series], provenances: Provenances) -> Result {
        guard indicator.aggregate == .sum || indicator.aggregate == .min || indicator.aggregate == .max else { return Result() }
        var result = Result()
        let tolerance = tolerance(indicator)
        let isSum = indicator.aggregate == .sum, isMin = indicator.aggregate == .min
        // Folds by year offset from the step's first year, in a buffer reused across steps: years
        // span a few decades, and hashing each child's year into a dictionary and sorting the
        // result were most of a roll-up's instructions (callgrind). A span too long for that
        // (years 1 and 9999 in one step) takes a dictionary.
        var buffer: [Fold] = []
        for (stepAt, step) in order.steps.enumerated() {
            // Each child's series read once, its figures folded by year in the children's order:
            // a lookup per child and year copied a series and a figure each time, and most of the
            // roll-ups' time went to that and its reference counting.
            var first = Int.max, last = Int.min
            for childAt in step.children {
                let years = series[order.children[childAt]].years
                guard let low = years.first, let high = years.last else { continue }
                first = Swift.min(first, low)
                last = Swift.max(last, high)
            }
            guard first <= last else { continue }
            var folded: [(year: Int, fold: Fold)] = []
            if last - first < 4096 {
                let span = last - first + 1
                if buffer.count < span { buffer = Array(repeating: Fold(), count: span) }
                for childAt in step.children {
                    let childSeries = series[order.children[childAt]]
                    for index in childSeries.years.indices {
                        buffer[childSeries.years[index] - first].add(childSeries.figures[index], isSum: isSum, isMin: isMin)
                    }
                }
                for offset in 0..<span where buffer[offset].count > 0 {
                    folded.append((first + offset, buffer[offset]))
                    buffer[offset] = Fold()
                }
            } else {
                var folds: [Int: Fold] = [:]
                for childAt in step.children {
                    let childSeries = series[order.children[childAt]]
                    for index in childSeries.years.indices {
                        folds[childSeries.years[index], default: Fold()].add(childSeries.figures[index], isSum: isSum, isMin: isMin)
                    }
                }
                folded = folds.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            }
            for (year, fold) in folded {
                let value = isSum ? Significant.round15(fold.total.value, scale: fold.magnitude) : fold.extreme
                let partial = !step.listsAllParts || fold.count < step.children.count || fold.partial
                let rolled = Figure(
                    value: value, origin: .rolledUp(contributors: fold.count, children: step.children.count, partial: partial))
                guard let reported = series[step.region].insert(rolled, year: year) else { continue }
                if !partial, abs(reported.value - value) > tolerance, let location = provenances[of: reported]?.location {
                    let how = "the \(isSum ? "sum" : isMin ? "minimum" : "maximum") of its children is"
                    result.issues.append(disagreement(indicator, order.ids[stepAt], year, reported.value, how, value, location))
                }
            }
        }
        return result
    }

    /// Half a unit of the indicator's last decimal: closer than that, a reported figure and the
    /// computed one are the same number as the site shows it.
    static func tolerance(_ indicator: Indicator) -> Double { 0.5 * pow10(-indicator.decimals) }

    /// The warning for a region's reported figure that differs from the computed one.
    /// `how` says what was computed: "the sum of its children is".
    static func disagreement(
        _ indicator: Indicator, _ region: String, _ year: Int, _ reported: Double, _ how: String, _ computed: Double,
        _ location: SourceLocation
    ) -> DataIssue {
        .warning(
            location,
            "\(indicator.id) for \(region) in \(year) is reported as \(NumberFormat.plain(reported)) but \(how) "
                + NumberFormat.plain(computed))
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
