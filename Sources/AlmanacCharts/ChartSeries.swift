/// One named row of values, aligned with a chart's categories; nil where there is no figure.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]
    /// The values as the reader should see them (`974.2亿元`), aligned with `values`, for value
    /// labels and tooltips; the axis format where nil.
    public var labels: [String]?
    /// Which categories the series has an observation for when nothing is missing (its
    /// observation years), aligned with `values`; nil: every category. A line joins two figures
    /// across categories where no figure is expected (a five-yearly series on a yearly axis,
    /// 2016 and 2020 on an axis of 2016–2020), and breaks where one is expected but missing.
    public var expected: [Bool]?

    public init(name: String, values: [Double?], labels: [String]? = nil, expected: [Bool]? = nil) {
        self.name = name
        self.values = values
        self.labels = labels
        self.expected = expected
    }

    /// Which of `years` a series observed every `step` years from `origin` is expected in:
    /// `expected(years: Array(2016...2020), step: 4, from: 2016)` is true for 2016 and 2020 only.
    public static func expected(years: [Int], step: Int, from origin: Int) -> [Bool] {
        guard step > 1 else { return years.map { _ in true } }
        return years.map { (($0 - origin) % step + step) % step == 0 }
    }

    /// The value at `index`, nil when there is none or it is not a finite number (which no scale can place).
    func value(_ index: Int) -> Double? {
        guard values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
        return value
    }

    /// The value at `index` when `scale` can place it.
    func value(_ index: Int, on scale: ChartScale) -> Double? {
        guard let value = value(index), scale.places(value) else { return nil }
        return value
    }

    /// The label of the value at `index`: the one given, else the number written out.
    func label(_ index: Int) -> String {
        if let labels, index < labels.count { return labels[index] }
        return value(index).map(SVGText.plainNumber) ?? ""
    }

    /// The values `scale` can place, nil elsewhere, cut to `count` categories.
    func placed(on scale: ChartScale, count: Int) -> [Double?] {
        (0..<count).map { value($0, on: scale) }
    }

    /// Whether a figure is expected at `index`.
    func expects(_ index: Int) -> Bool {
        guard let expected, expected.indices.contains(index) else { return true }
        return expected[index]
    }
}
