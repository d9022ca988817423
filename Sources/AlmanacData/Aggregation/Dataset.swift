import Dispatch

/// The one model every table, chart and inline figure of a site reads: the catalogue, each
/// reported observation, the roll-ups along the region tree and the formula indicators computed
/// at every region. Derived figures (change, CAGR, rank, share, attainment) are computed from it
/// on demand, in their own files.
///
/// Series are kept in a grid indexed by indicator and region position rather than in hashed
/// maps: building the model from 1,000,000 observations is mostly inserting into that grid.
///
/// A class, though immutable like a value: pages on every core take the dataset from the site
/// constantly, and a struct of a dozen arrays and maps cost a dozen reference-count updates
/// per copy on memory both cores share, one here.
public final class Dataset: Sendable {
    public let tree: RegionTree
    /// In the order of `indicators.csv`.
    public let indicators: [Indicator]
    let indicatorIndex: [String: Int]
    /// Regions in tree order (`tree.preorder`); a region's position in it is its grid column.
    let regionIndex: [String: Int]
    /// `grid[indicator][region]`.
    let grid: [[Series]]
    let targets: [SeriesKey: [Int: Target]]
    /// Every year that has a figure or a target, ascending.
    public let years: [Int]
    /// Per indicator (catalogue order): its years and the regions that have figures, worked
    /// out once, since every page asks.
    let yearsByIndicator: [[Int]]
    private let regionsByIndicator: [[String]]
    /// How many observations were reported (the rows of the site's data files).
    public let observationCount: Int
    /// Each reported figure's source, note and cell, where ``Figure/provenance`` points.
    let provenances: Provenances
    /// Per indicator (catalogue order): its step in years, given or inferred.
    let steps: [Int]
    /// Why figures that could have been computed are missing.
    let missing: [MissingKey: MissingReason]

    struct MissingKey: Hashable, Sendable {
        var indicator: Int
        var region: Int
        var year: Int
    }

    private init(
        tree: RegionTree, indicators: [Indicator], indicatorIndex: [String: Int], regionIndex: [String: Int],
        grid: [[Series]], targets: [SeriesKey: [Int: Target]], years: [Int], yearsByIndicator: [[Int]],
        regionsByIndicator: [[String]], observationCount: Int, provenances: Provenances, steps: [Int],
        missing: [MissingKey: MissingReason]
    ) {
        self.tree = tree
        self.indicators = indicators
        self.indicatorIndex = indicatorIndex
        self.regionIndex = regionIndex
        self.grid = grid
        self.targets = targets
        self.years = years
        self.yearsByIndicator = yearsByIndicator
        self.regionsByIndicator = regionsByIndicator
        self.observationCount = observationCount
        self.provenances = provenances
        self.steps = steps
        self.missing = missing
    }

    /// Combines validated inputs into the model. Conflicting duplicate observations are errors;
    /// a reported parent figure that disagrees with the complete roll-up of its children is a warning.
    public static func build(
        tree: RegionTree, indicators: [Indicator], observations: [Observation], targets: [Target] = []
    ) -> (dataset: Dataset, issues: [DataIssue]) {
        var builder = Builder(tree: tree, indicators: indicators)
        for observation in observations { builder.add(observation) }
        for target in targets { builder.add(target) }
        return builder.build()
    }

    /// Builds a ``Dataset`` one observation at a time, so that a large data file never has to be
    /// held as a list of observations next to the model made from it.
    public struct Builder {
        let tree: RegionTree
        let indicators: [Indicator]
        let regionIndex: [String: Int]
        let indicatorIndex: [String: Int]
        var grid: [[Series]]
        var targets: [SeriesKey: [Int: Target]] = [:]
        var issues: [DataIssue] = []
        var observationCount = 0
        var provenances = Provenances()
        /// Consecutive rows usually share their region and indicator: the last lookup.
        var last: (region: String, regionAt: Int, indicator: String, indicatorAt: Int)?

        public init(tree: RegionTree, indicators: [Indicator]) {
            self.tree = tree
            self.indicators = indicators
            regionIndex = Dictionary(tree.preorder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            indicatorIndex = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            grid = Array(repeating: Array(repeating: Series(), count: tree.preorder.count), count: indicators.count)
        }

        /// Adds a reported figure; one for a region or indicator the catalogue lacks is ignored
        /// (the reader has reported it already).
        public mutating func add(_ observation: Observation) {
            let regionAt: Int
            let indicatorAt: Int
            if let last, last.region == observation.region, last.indicator == observation.indicator {
                (regionAt, indicatorAt) = (last.regionAt, last.indicatorAt)
            } else {
                guard let r = regionIndex[observation.region], let i = indicatorIndex[observation.indicator] else { return }
                (regionAt, indicatorAt) = (r, i)
                // A new series gets room for as many figures as the one before had: grown by
                // doubling, the series of a national report (20 years each) had room for 32, and
                // their 900,000 series held 400 MB that no figure used.
                if grid[i][r].isEmpty, let last { grid[i][r].reserveCapacity(grid[last.indicatorAt][last.regionAt].years.count) }
                last = (observation.region, r, observation.indicator, i)
            }
            observationCount += 1
            let figure = Figure(value: observation.value, origin: .reported, provenance: Int32(provenances.count))
            if let earlier = grid[indicatorAt][regionAt].insert(figure, year: observation.year) {
                issues.append(Dataset.duplicate(observation, earlier, at: provenances[of: earlier]?.location))
            } else {
                provenances.append(observation)
            }
        }

        public mutating func add(_ target: Target) {
            targets[SeriesKey(target.indicator, target.region), default: [:]][target.year] = target
        }

        /// Rolls the figures up the tree, computes the formula indicators, and returns the model
        /// with every issue found, by place.
        public consuming func build() -> (dataset: Dataset, issues: [DataIssue]) {
            // Indicators roll up independently, on all cores: on one, the roll-ups of a large
            // report keep the other core idle. Those that depend on others (weights, formulas)
            // wait for them: level by level, each level on all cores.
            let order = RollUp.Order(tree: tree, index: regionIndex)
            let indicators = self.indicators, provenances = self.provenances, indicatorIndex = self.indicatorIndex
            let regionIDs = tree.preorder
            var found = Array(repeating: RollUp.Result(), count: indicators.count)
            let levels = IndicatorDependencies.levels(indicators)
            for level in levels {
                grid.withUnsafeMutableBufferPointer { rows in
                    found.withUnsafeMutableBufferPointer { results in
                        // Each iteration changes only its own indicator's row and result, and reads
                        // only rows of earlier levels.
                        nonisolated(unsafe) let rows = rows
                        nonisolated(unsafe) let results = results
                        DispatchQueue.concurrentPerform(iterations: level.count) { at in
                            let index = level[at]
                            let indicator = indicators[index]
                            var result: RollUp.Result
                            if let formula = indicator.formula {
                                let components = formula.components.map { rows[indicatorIndex[$0]!] }
                                result = FormulaComputation.apply(
                                    indicator, formula, components: components, series: &rows[index], regionIDs: regionIDs,
                                    provenances: provenances)
                            } else if indicator.aggregate.averagesBaseRegions {
                                let weights = indicator.aggregate.weight.map { rows[indicatorIndex[$0]!] }
                                result = RollUp.averageBaseRegions(
                                    indicator, order: order, series: &rows[index], weights: weights, provenances: provenances)
                            } else {
                                result = RollUp.apply(indicator, order: order, series: &rows[index], provenances: provenances)
                            }
                            result.step = indicator.step ?? Steps.infer(rows[index])
                            Steps.stamp(&rows[index], step: result.step, indicator)
                            results[index] = result
                        }
                    }
                }
            }
            // An indicator in no level (its dependencies unknown or circular) keeps its reported
            // figures; it still gets its step.
            let computed = Set(levels.joined())
            for index in indicators.indices where !computed.contains(index) {
                found[index].step = indicators[index].step ?? Steps.infer(grid[index])
                Steps.stamp(&grid[index], step: found[index].step, indicators[index])
            }
            issues += found.map(\.issues).joined()
            var missing: [MissingKey: MissingReason] = [:]
            for (index, result) in found.enumerated() {
                for entry in result.missing {
                    missing[MissingKey(indicator: index, region: entry.region, year: entry.year)] = entry.reason
                }
            }
            var years: Set<Int> = []
            for row in grid {
                for series in row { years.formUnion(series.years) }
            }
            for series in targets.values { years.formUnion(series.keys) }
            let yearsByIndicator = grid.map { row in
                var years: Set<Int> = []
                for series in row { years.formUnion(series.years) }
                return years.sorted()
            }
            let regionsByIndicator = grid.map { row in zip(tree.preorder, row).filter { !$1.isEmpty }.map(\.0) }
            let dataset = Dataset(
                tree: tree, indicators: indicators, indicatorIndex: indicatorIndex, regionIndex: regionIndex, grid: grid,
                targets: targets, years: years.sorted(), yearsByIndicator: yearsByIndicator,
                regionsByIndicator: regionsByIndicator, observationCount: observationCount, provenances: provenances,
                steps: found.map(\.step), missing: missing)
            return (dataset, issues.sorted { $0.location < $1.location })
        }
    }

    /// The message for a second observation of the same indicator, region and year.
    private static func duplicate(_ observation: Observation, _ earlier: Figure, at earlierCell: SourceLocation?) -> DataIssue {
        let place = "\(observation.indicator), \(observation.region), \(observation.year)"
        let earlierLocation = earlierCell ?? observation.location
        let other = earlierLocation.file == observation.location.file
            ? "line \(earlierLocation.line)" : "\(earlierLocation.file):\(earlierLocation.line)"
        if earlier.value == observation.value {
            return .warning(observation.location, "the same figure for \(place) is also on \(other)")
        }
        return .error(
            observation.location,
            "conflicting values for \(place): \(NumberFormat.plain(observation.value)) here, "
                + "\(NumberFormat.plain(earlier.value)) on \(other)")
    }

    /// Where the series of `indicator` in `region` is in `grid`. The callers read the series in
    /// place: a copy of it retains and releases both its arrays.
    private func cell(_ indicator: String, _ region: String) -> (Int, Int)? {
        guard let i = position(of: indicator), let r = regionIndex[region] else { return nil }
        return (i, r)
    }

    /// The figures of `indicator` in `region` (none for an unknown id), for reading several years
    /// with one lookup of the two ids: `figure(_:_:_:)` called year by year hashes the same two
    /// strings again for every year.
    public func figures(_ indicator: String, _ region: String) -> Series {
        cell(indicator, region).map { grid[$0.0][$0.1] } ?? Series()
    }

    /// Every region's figure of `indicator` in `year`, by position in `tree.preorder` (nil where
    /// there is none): a year page ranks each indicator across all 2,000 counties of a county-level
    /// report, and looking each one up by its two ids would hash two strings per region.
    public func figures(of indicator: String, in year: Int) -> [Figure?] {
        guard let i = position(of: indicator) else { return Array(repeating: nil, count: tree.preorder.count) }
        return grid[i].map { $0.figure(year) }
    }

    /// The figure of the indicator at `indicatorAt` (catalogue order) for each of `regions`, one
    /// hash of each region id.
    func figures(_ indicatorAt: Int, _ regions: [String], _ year: Int) -> [Figure?] {
        let row = grid[reading(indicatorAt)]
        return regions.map { id in regionIndex[id].flatMap { row[$0].figure(year) } }
    }

    /// The publication a reported figure is taken from.
    public func source(of figure: Figure) -> String? { provenances.source(of: figure) }

    /// What a reader should know about a reported figure.
    public func note(of figure: Figure) -> String? { provenances.note(of: figure) }

    /// The data file's cell a reported figure was read from.
    public func location(of figure: Figure) -> SourceLocation? { provenances[of: figure]?.location }

    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }

    public func region(_ id: String) -> Region? { tree[id] }

    /// The figure shown for `indicator` in `region` and `year`: the reported one, else the roll-up.
    public func figure(_ indicator: String, _ region: String, _ year: Int) -> Figure? {
        guard let (i, r) = cell(indicator, region) else { return nil }
        return grid[i][r].figure(year)
    }

    public func target(_ indicator: String, _ region: String, _ year: Int) -> Target? {
        guard position(of: indicator) != nil else { return nil }
        return targets[SeriesKey(indicator, region)]?[year]
    }

    /// The years in which `indicator` has a figure for `region`, ascending.
    public func years(_ indicator: String, _ region: String) -> [Int] {
        guard let (i, r) = cell(indicator, region) else { return [] }
        return grid[i][r].years
    }

    /// The years in which `indicator` has any figure, ascending.
    public func years(of indicator: String) -> [Int] {
        position(of: indicator).map { yearsByIndicator[$0] } ?? []
    }

    /// The regions with at least one figure of `indicator`, in tree order.
    public func regions(with indicator: String) -> [String] {
        position(of: indicator).map { regionsByIndicator[$0] } ?? []
    }

    /// The indicators with at least one figure for `region`, in catalogue order.
    public func indicators(for region: String) -> [Indicator] {
        guard let r = regionIndex[region] else { return [] }
        return indicators.indices.filter { !grid[$0][r].isEmpty }.map { indicators[$0] }
    }

    /// Every figure in a stable order: indicator (catalogue order), region (tree order), year.
    public func allFigures() -> [(indicator: Indicator, region: Region, year: Int, figure: Figure)] {
        DataReads.current?.noteAll(indicators.count)
        var result: [(Indicator, Region, Int, Figure)] = []
        for (i, indicator) in indicators.enumerated() {
            for (r, id) in tree.preorder.enumerated() {
                let series = grid[i][r]
                guard let region = tree[id] else { continue }
                for index in series.years.indices {
                    result.append((indicator, region, series.years[index], series.figures[index]))
                }
            }
        }
        return result
    }

    /// How many figures `indicator` has, reported and rolled up.
    public func figureCount(of indicator: String) -> Int {
        position(of: indicator).map { grid[$0].reduce(0) { $0 + $1.years.count } } ?? 0
    }

    /// How many figures there are, reported and rolled up.
    public var figureCount: Int {
        DataReads.current?.noteAll(indicators.count)
        return grid.reduce(0) { $0 + $1.reduce(0) { $0 + $1.years.count } }
    }
}
