/// A measured quantity — output value, patents, pass rate — with how to show and combine it.
public struct Indicator: Sendable, Hashable {
    /// How a parent region's figure follows from its children's.
    public enum Aggregation: String, Sendable, Hashable, CaseIterable {
        case sum, mean, none
    }

    /// Which way is better, for ranks and for colouring changes.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case up, down
    }

    public var id: String
    public var name: String
    public var unit: String
    public var category: String
    public var aggregate: Aggregation
    public var decimals: Int
    public var direction: Direction
    public var description: String
    /// Any further columns of `indicators.csv`, by header name (the translations `name_en`, `unit_en`…).
    public var attributes: [String: String] = [:]
    public var location: SourceLocation

    public init(
        id: String, name: String, unit: String = "", category: String = "", aggregate: Aggregation = .none,
        decimals: Int = 0, direction: Direction = .up, description: String = "",
        location: SourceLocation = SourceLocation(file: "", line: 0)
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
    }
}
