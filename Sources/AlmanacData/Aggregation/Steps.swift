/// Periods: an indicator's observations follow each other at its step in years — given in the
/// `step` column, else the largest step that fits every series (5 for five-yearly data, 4 for a
/// series of 2016 and 2020 only). Consecutive observations are those one step apart: a chart
/// joins them, a change compares them, and a missing one at the step is a gap.
enum Steps {
    /// The greatest common divisor of the differences between consecutive years of every
    /// series of the row; 1 when no series has two years.
    static func infer(_ row: [Series]) -> Int {
        var divisor = 0
        for series in row where series.years.count > 1 {
            let years = series.years
            for index in 1..<years.count {
                divisor = gcd(divisor, years[index] - years[index - 1])
                if divisor == 1 { return 1 }  // annual data: nothing larger can fit
            }
        }
        return max(divisor, 1)
    }

    /// Gives every series of the row what its indicator says about changes and growth.
    static func stamp(_ row: inout [Series], step: Int, _ indicator: Indicator) {
        let stored = Int32(clamping: step), isRate = indicator.isRate, growth = indicator.hasGrowthRate
        for index in row.indices {
            row[index].storedStep = stored
            row[index].isRate = isRate
            row[index].hasGrowthRate = growth
        }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (abs(a), abs(b))
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

extension Dataset {
    /// The step of `indicator` in years (1 for an unknown id).
    public func step(of indicator: String) -> Int {
        position(of: indicator).map { steps[$0] } ?? 1
    }

    /// Whether an observation in `to` follows one in `from` directly: they are one step apart.
    public func isConsecutive(_ indicator: String, from: Int, to: Int) -> Bool {
        to - from == step(of: indicator)
    }

    /// The years of the step grid from `from` through `through`: `from`, `from + step`, …
    /// (2002, 2007 for five-yearly data between 2002 and 2009).
    public func stepYears(_ indicator: String, from: Int, through: Int) -> [Int] {
        guard from <= through else { return [] }
        return Array(stride(from: from, through: through, by: step(of: indicator)))
    }

    /// Why `indicator` has no figure for `region` in `year` where one could have been computed:
    /// a formula dividing by zero there, weights that are missing or add up to zero. nil where
    /// there is a figure, or where nothing more can be said than that none was reported.
    public func missingReason(_ indicator: String, _ region: String, _ year: Int, language: Language = .en) -> String? {
        missingCause(indicator, region, year)?.text(language)
    }

    /// ``missingReason(_:_:_:language:)`` as a value, for a page that words it itself.
    public func missingCause(_ indicator: String, _ region: String, _ year: Int) -> MissingReason? {
        guard let i = position(of: indicator), !missing.isEmpty, let r = regionIndex[region] else { return nil }
        return missing[MissingKey(indicator: i, region: r, year: year)]
    }
}

extension Series {
    /// Whether the figures of `from` and `to` are consecutive observations (one step apart).
    public func isConsecutive(from: Int, to: Int) -> Bool { to - from == step }

    /// The years split into runs of consecutive observations (`[[2016, 2020]]` for step 4;
    /// `[[1952, 1957], [1967]]` where 1962 is missing from a five-yearly series): a chart draws
    /// each run as one line.
    public var runs: [[Int]] {
        var result: [[Int]] = []
        for year in years {
            if let last = result.last?.last, year - last == step {
                result[result.count - 1].append(year)
            } else {
                result.append([year])
            }
        }
        return result
    }
}
