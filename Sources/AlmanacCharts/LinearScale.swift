/// Maps data values to pixels along one axis.
public struct LinearScale: Sendable, Equatable {
    public var domain: (low: Double, high: Double)
    public var range: (start: Double, end: Double)

    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.high - domain.low
        guard span != 0 else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.low) / span * (range.end - range.start)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}
