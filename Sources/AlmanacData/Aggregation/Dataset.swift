/// The one model every table, chart and inline figure of a site reads: the catalogue, each
/// reported observation, and the roll-ups along the region tree. Derived figures (change, CAGR,
/// rank, share, attainment) are computed from it on demand, in their own files.
public struct Dataset: Sendable {
    public let tree: RegionTree
    /// In the order of `indicators.csv`.
    public let indicators: [Indicator]
    private let indicatorsByID: [String: Indicator]
    /// Every year that has a figure or a target, ascending.
    public let years: [Int]
    private let figures: [SeriesKey: [Int: Figure]]
    private let targets: [SeriesKey: [Int: Target]]
    /// How many observations were reported (the rows of the site's data files).
    public let observationCount: Int

    /// Combines validated inputs into the model. Conflicting duplicate observations are errors;
    /// a reported parent figure that disagrees with the complete roll-up of its children is a warning.
    public static func build(
        tree: RegionTree, indicators: [Indicator], observations: [Observation], targets: [Target] = []
    ) -> (dataset: Dataset, issues: [DataIssue]) {
        var issues: [DataIssue] = []
        var reported: [SeriesKey: [Int: Figure]] = [:]
        for observation in observations {
            let key = SeriesKey(observation.indicator, observation.region)
            if let earlier = reported[key]?[observation.year], let earlierLocation = earlier.location {
                let place = "\(observation.indicator), \(observation.region), \(observation.year)"
                let other = earlierLocation.file == observation.location.file
                    ? "line \(earlierLocation.line)" : "\(earlierLocation.file):\(earlierLocation.line)"
                if earlier.value == observation.value {
                    issues.append(.warning(observation.location, "the same figure for \(place) is also on \(other)"))
                } else {
                    issues.append(
                        .error(
                            observation.location,
                            "conflicting values for \(place): \(NumberFormat.plain(observation.value)) here, "
                                + "\(NumberFormat.plain(earlier.value)) on \(other)"))
                }
                continue
            }
            reported[key, default: [:]][observation.year] = Figure(
                value: observation.value, origin: .reported, source: observation.source, note: observation.note,
                location: observation.location)
        }
        var figures = reported
        for indicator in indicators where indicator.aggregate != .none {
            issues += RollUp.apply(indicator, tree: tree, figures: &figures)
        }
        var targetMap: [SeriesKey: [Int: Target]] = [:]
        for target in targets {
            targetMap[SeriesKey(target.indicator, target.region), default: [:]][target.year] = target
        }
        var years: Set<Int> = []
        for series in figures.values { years.formUnion(series.keys) }
        for series in targetMap.values { years.formUnion(series.keys) }
        let dataset = Dataset(
            tree: tree, indicators: indicators,
            indicatorsByID: Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            years: years.sorted(), figures: figures, targets: targetMap, observationCount: observations.count)
        return (dataset, issues.sorted { $0.location < $1.location })
    }

    public func indicator(_ id: String) -> Indicator? { indicatorsByID[id] }

    public func region(_ id: String) -> Region? { tree[id] }

    /// The figure shown for `indicator` in `region` and `year`: the reported one, else the roll-up.
    public func figure(_ indicator: String, _ region: String, _ year: Int) -> Figure? {
        figures[SeriesKey(indicator, region)]?[year]
    }

    public func target(_ indicator: String, _ region: String, _ year: Int) -> Target? {
        targets[SeriesKey(indicator, region)]?[year]
    }

    /// The years in which `indicator` has a figure for `region`, ascending.
    public func years(_ indicator: String, _ region: String) -> [Int] {
        (figures[SeriesKey(indicator, region)]?.keys).map { $0.sorted() } ?? []
    }

    /// The years in which `indicator` has any figure, ascending.
    public func years(of indicator: String) -> [Int] {
        var years: Set<Int> = []
        for (key, series) in figures where key.indicator == indicator { years.formUnion(series.keys) }
        return years.sorted()
    }

    /// The regions with at least one figure of `indicator`, in tree order.
    public func regions(with indicator: String) -> [String] {
        tree.preorder.filter { figures[SeriesKey(indicator, $0)]?.isEmpty == false }
    }

    /// The indicators with at least one figure for `region`, in catalogue order.
    public func indicators(for region: String) -> [Indicator] {
        indicators.filter { figures[SeriesKey($0.id, region)]?.isEmpty == false }
    }

    /// Every figure in a stable order: indicator (catalogue order), region (tree order), year.
    public func allFigures() -> [(indicator: Indicator, region: Region, year: Int, figure: Figure)] {
        var result: [(Indicator, Region, Int, Figure)] = []
        for indicator in indicators {
            for regionID in tree.preorder {
                guard let series = figures[SeriesKey(indicator.id, regionID)], let region = tree[regionID] else {
                    continue
                }
                for year in series.keys.sorted() { result.append((indicator, region, year, series[year]!)) }
            }
        }
        return result
    }
}
