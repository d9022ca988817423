import Foundation

/// Compound annual growth rate: the constant yearly rate that turns the first value into the last.
public enum CAGR {
    /// `(end / start)^(1 / years) - 1`; nil unless both values are positive and `years` > 0.
    /// Lin'an's output, 693.1 → 974.2 (亿元) over 2016–2020, gives 0.0888…, published as 8.9 %.
    public static func rate(from start: Double, to end: Double, years: Int) -> Double? {
        guard start > 0, end > 0, years > 0 else { return nil }
        let rate = pow(end / start, 1 / Double(years)) - 1
        return rate.isFinite ? rate : nil  // from a tiny start the ratio overflows
    }
}

extension Dataset {
    /// CAGR of `indicator` in `region` between two years that both have a complete (not partial)
    /// figure; nil for an indicator without a growth rate (``Indicator/hasGrowthRate``: rates,
    /// means, weighted means, minima and maxima).
    public func cagr(_ indicator: String, _ region: String, from startYear: Int, to endYear: Int) -> Double? {
        figures(indicator, region).cagr(from: startYear, to: endYear)
    }
}

extension Series {
    /// ``Dataset/cagr(_:_:from:to:)`` of a series in hand.
    public func cagr(from startYear: Int, to endYear: Int) -> Double? {
        guard hasGrowthRate, endYear > startYear, let start = figure(startYear), let end = figure(endYear), !start.isPartial,
            !end.isPartial
        else { return nil }
        return CAGR.rate(from: start.value, to: end.value, years: endYear - startYear)
    }
}
