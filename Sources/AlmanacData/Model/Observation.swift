/// One reported number: an indicator's value for a region in a year, with its provenance.
public struct Observation: Sendable, Hashable {
    public var region: String
    public var year: Int
    public var indicator: String
    public var value: Double
    /// The publication the figure is taken from.
    public var source: String?
    /// Anything a reader should know, e.g. that the figure is derived from a stated growth rate.
    public var note: String?
    public var location: SourceLocation

    public init(
        region: String, year: Int, indicator: String, value: Double, source: String? = nil, note: String? = nil,
        location: SourceLocation
    ) {
        self.region = region
        self.year = year
        self.indicator = indicator
        self.value = value
        self.source = source
        self.note = note
        self.location = location
    }
}
