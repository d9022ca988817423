/// A measured quantity — output value, patents, pass rate — with how to show and combine it.
public struct Indicator: Sendable, Hashable {
    /// How a parent region's figure follows from what lies beneath it (docs/statistics.md).
    public enum Aggregation: Sendable, Hashable {
        /// The children's figures added up.
        case sum
        /// The plain mean of the base regions beneath: the lowest regions with a figure, each once.
        case mean
        /// Σ w·v / Σ w over the base regions beneath, w the figure of indicator `by` there.
        case weighted(by: String)
        /// The smallest or largest of the children's figures.
        case min, max
        /// Never rolled up.
        case none

        /// Reads the `aggregate` column: `sum`, `mean`, `weighted:<indicator id>`, `min`, `max`,
        /// `none`. `weighted:` with no id gives `.weighted(by: "")`, which the reader reports.
        public init?(_ text: String) {
            switch text {
            case "sum": self = .sum
            case "mean": self = .mean
            case "min": self = .min
            case "max": self = .max
            case "none": self = .none
            default:
                guard text.hasPrefix("weighted:") else { return nil }
                self = .weighted(by: String(text.dropFirst("weighted:".count)).trimmingSpaces)
            }
        }

        /// The kind without its weight: `sum`, `mean`, `weighted`, `min`, `max`, `none` (a key
        /// for the theme's words).
        public var keyword: String {
            switch self {
            case .sum: "sum"
            case .mean: "mean"
            case .weighted: "weighted"
            case .min: "min"
            case .max: "max"
            case .none: "none"
            }
        }

        /// As written in indicators.csv: `weighted:pop`.
        public var text: String {
            if case .weighted(let weight) = self { return "weighted:" + weight }
            return keyword
        }

        /// The indicator a weighted mean is weighted by.
        public var weight: String? {
            if case .weighted(let weight) = self { return weight }
            return nil
        }

        /// Whether the roll-up averages base regions (`mean`, `weighted`) rather than folding
        /// the children's figures (`sum`, `min`, `max`).
        var averagesBaseRegions: Bool {
            switch self {
            case .mean, .weighted: true
            default: false
            }
        }
    }

    /// Which way is better, for ranks and for colouring changes.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case up, down
    }

    /// How figures are written (`format` column).
    public enum NumberStyle: String, Sendable, Hashable, CaseIterable {
        /// Every digit, grouped: `1,318,683,096`.
        case plain
        /// In the language's large units with at least 3 significant digits: `13.2亿`, `1.32 bn`.
        case compact
    }

    /// Where the unit goes (`unit_position` column): `974.2亿元` or `US$ 9,296`.
    public enum UnitPosition: String, Sendable, Hashable, CaseIterable {
        case after, before
    }

    public var id: String
    public var name: String
    public var unit: String
    public var category: String
    /// `.none` for a formula indicator: it is computed at every level, never rolled up.
    public var aggregate: Aggregation
    public var decimals: Int
    public var direction: Direction
    public var description: String
    /// Any further columns of `indicators.csv`, by header name (the translations `name_en`, `unit_en`…).
    public var attributes: [String: String] = [:]
    public var location: SourceLocation
    /// The `formula` column, parsed: the indicator is computed from others at every region.
    public var formula: Formula?
    /// The `step` column: years between consecutive observations; nil to infer it from the data.
    public var step: Int?
    public var format: NumberStyle
    public var unitPosition: UnitPosition

    public init(
        id: String, name: String, unit: String = "", category: String = "", aggregate: Aggregation = .none,
        decimals: Int = 0, direction: Direction = .up, description: String = "",
        location: SourceLocation = SourceLocation(file: "", line: 0), formula: Formula? = nil, step: Int? = nil,
        format: NumberStyle = .plain, unitPosition: UnitPosition = .after
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.category = category
        self.aggregate = aggregate
        self.decimals = decimals
        self.direction = direction
        self.description = description
        self.location = location
        self.formula = formula
        self.step = step
        self.format = format
        self.unitPosition = unitPosition
    }

    /// A percentage (unit `%`): its changes are in percentage points, and it has no CAGR or share.
    public var isRate: Bool { unit.trimmingSpaces == "%" }

    /// Whether a compound growth rate means something: not for a rate, nor for a mean, weighted
    /// mean, minimum or maximum (the CAGR of an average is the growth of nothing that exists);
    /// yes for sums, unaggregated figures and formulas.
    public var hasGrowthRate: Bool {
        guard !isRate else { return false }
        if formula != nil { return true }
        switch aggregate {
        case .sum, .none: return true
        case .mean, .weighted, .min, .max: return false
        }
    }

    /// Whether a region's share of its parent means something: only for a sum that is not a rate.
    public var hasShare: Bool { aggregate == .sum && !isRate && formula == nil }

    /// The indicators this one is computed from: a formula's components, or the weight of a
    /// weighted mean.
    public var dependencies: [String] {
        if let formula { return formula.components }
        if let weight = aggregate.weight { return [weight] }
        return []
    }
}
