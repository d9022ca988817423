/// A goal from `targets.csv`: the value an indicator should reach for a region in a year.
public struct Target: Sendable, Hashable {
    public var region: String
    public var year: Int
    public var indicator: String
    public var value: Double
    public var location: SourceLocation

    public init(region: String, year: Int, indicator: String, value: Double, location: SourceLocation) {
        self.region = region
        self.year = year
        self.indicator = indicator
        self.value = value
        self.location = location
    }
}
