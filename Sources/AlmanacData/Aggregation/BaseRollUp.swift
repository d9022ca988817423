/// `mean` and `weighted:<id>`: averages over the base regions beneath a region — the lowest
/// regions with a figure, each counted once. A region with figures below it is represented by
/// them, not by its own figure nor by its mean (a mean of means would weigh a continent of 2
/// countries like one of 52). So each region passes up, per year, the running totals of its
/// base regions rather than a figure, and its parent merges them.
extension RollUp {
    /// The base regions beneath one region in one year, in totals.
    struct Base {
        /// Σ v for a mean, Σ w·v for a weighted mean.
        var values = CompensatedSum()
        /// Σ w (weighted means only).
        var weights = CompensatedSum()
        /// Σ |v| (Σ w·|v| for a weighted mean): over the count (Σ w), the scale of the mean's
        /// rounding errors (``Significant/round15(_:scale:)``), the mean itself unless signs differ.
        var magnitude = 0.0
        /// How many base regions are in the totals.
        var count = 0
        /// Base regions with a figure but no weight, left out.
        var leftOut = 0
        var partial = false

        mutating func merge(_ other: Base) {
            values.add(other.values)
            weights.add(other.weights)
            magnitude += other.magnitude
            count += other.count
            leftOut += other.leftOut
            partial = partial || other.partial
        }
    }

    /// Rolls a `mean` or `weighted` indicator up. `weights` is the weight indicator's row (its
    /// figures final: it is computed first), nil for a plain mean.
    static func averageBaseRegions(
        _ indicator: Indicator, order: Order, series: inout [Series], weights: [Series]?, provenances: Provenances
    ) -> Result {
        var result = Result()
        let tolerance = tolerance(indicator)
        let weight = indicator.aggregate.weight
        /// The totals each region with figures beneath passes to its parent, by grid position;
        /// each is taken once, by the parent.
        var beneath: [Int: [Int: Base]] = [:]
        for (stepAt, step) in order.steps.enumerated() {
            var merged: [Int: (base: Base, contributors: Int)] = [:]
            for childAt in step.children {
                let child = order.children[childAt]
                let below = beneath.removeValue(forKey: child) ?? [:]
                for (year, base) in below {
                    merged[year, default: (Base(), 0)].base.merge(base)
                    merged[year, default: (Base(), 0)].contributors += 1
                }
                // A year with no figures below: the child's own report makes it a base region.
                let childSeries = series[child]
                for index in childSeries.years.indices where below[childSeries.years[index]] == nil {
                    let figure = childSeries.figures[index]
                    guard figure.isReported else { continue }
                    let year = childSeries.years[index]
                    var base = Base()
                    if let weights {
                        let w = weights[child].figure(year)
                        if let w, w.value >= 0 {
                            base.values.add(w.value * figure.value)
                            base.weights.add(w.value)
                            base.count = 1
                            base.magnitude = w.value * abs(figure.value)
                            base.partial = w.isPartial
                        } else {
                            base.leftOut = 1
                            base.partial = true
                        }
                    } else {
                        base.values.add(figure.value)
                        base.magnitude = abs(figure.value)
                        base.count = 1
                    }
                    merged[year, default: (Base(), 0)].base.merge(base)
                    merged[year, default: (Base(), 0)].contributors += 1
                }
            }
            var passed: [Int: Base] = [:]
            for (year, entry) in merged.sorted(by: { $0.key < $1.key }) {
                var base = entry.base
                base.partial = base.partial || !step.listsAllParts || entry.contributors < step.children.count
                passed[year] = base
                let value: Double
                if let weight {
                    let total = base.weights.value
                    guard total > 0 else {
                        if !series[step.region].has(year) {
                            let reason: MissingReason = base.count == 0
                                ? .noWeights(weight: weight, year: year) : .weightsSumToZero(weight: weight, year: year)
                            result.missing.append((step.region, year, reason))
                        }
                        continue
                    }
                    value = Significant.round15(base.values.value / total, scale: base.magnitude / total)
                } else {
                    let count = Double(base.count)
                    value = Significant.round15(base.values.value / count, scale: base.magnitude / count)
                }
                let rolled = Figure(
                    value: value,
                    origin: .rolledUp(contributors: entry.contributors, children: step.children.count, partial: base.partial))
                guard let reported = series[step.region].insert(rolled, year: year) else { continue }
                if !base.partial, abs(reported.value - value) > tolerance, let location = provenances[of: reported]?.location {
                    let how = "the mean of its \(base.count) base regions" + (weight.map { " weighted by \($0)" } ?? "") + " is"
                    result.issues.append(disagreement(indicator, order.ids[stepAt], year, reported.value, how, value, location))
                }
            }
            beneath[step.region] = passed
        }
        return result
    }
}
