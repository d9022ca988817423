/// The figures of one indicator in one region, by year ascending. Stored as two parallel arrays:
/// a county-level report has a hundred thousand series of about ten figures each, and arrays of
/// that size are both smaller and faster than a dictionary per series.
public struct Series: Sendable {
    public private(set) var years: [Int] = []
    /// Aligned with `years`.
    public private(set) var figures: [Figure] = []
    /// The indicator's step in years (``Dataset/step(of:)``): the distance between consecutive
    /// observations, for changes and for joining points in charts. Kept with every series so that
    /// a series in hand answers as the dataset does.
    public var step: Int { Int(storedStep) }
    var storedStep: Int32 = 1
    /// The indicator is a rate (unit `%`): changes in points, no growth rate.
    public internal(set) var isRate = false
    /// ``Indicator/hasGrowthRate`` of the indicator.
    public internal(set) var hasGrowthRate = true

    public var isEmpty: Bool { years.isEmpty }

    public func figure(_ year: Int) -> Figure? {
        position(of: year).found.map { figures[$0] }
    }

    /// Whether `year` has a figure.
    public func has(_ year: Int) -> Bool {
        position(of: year).found != nil
    }

    /// Adds a figure; returns the one already there (and changes nothing) if the year has one.
    /// Makes room for `count` figures in all.
    mutating func reserveCapacity(_ count: Int) {
        years.reserveCapacity(count)
        figures.reserveCapacity(count)
    }

    @discardableResult
    mutating func insert(_ figure: Figure, year: Int) -> Figure? {
        if let last = years.last, last < year {  // data files are mostly in year order
            years.append(year)
            figures.append(figure)
            return nil
        }
        let (found, index) = position(of: year)
        if let found { return figures[found] }
        years.insert(year, at: index)
        figures.insert(figure, at: index)
        return nil
    }

    /// Binary search: the index holding `year`, or where it would go.
    private func position(of year: Int) -> (found: Int?, insertAt: Int) {
        var low = 0
        var high = years.count
        while low < high {
            let middle = (low + high) / 2
            if years[middle] < year { low = middle + 1 } else { high = middle }
        }
        return (low < years.count && years[low] == year ? low : nil, low)
    }
}
