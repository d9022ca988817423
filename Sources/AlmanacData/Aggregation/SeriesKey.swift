/// Identifies one time series: an indicator in a region.
public struct SeriesKey: Sendable, Hashable {
    public var indicator: String
    public var region: String

    public init(_ indicator: String, _ region: String) {
        self.indicator = indicator
        self.region = region
    }
}
