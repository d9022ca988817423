/// One named row of values, aligned with a chart's categories; nil where there is no figure.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]
    /// The values as the reader should see them (`974.2亿元`), aligned with `values`, for value
    /// labels and tooltips; the axis format where nil.
    public var labels: [String]?

    public init(name: String, values: [Double?], labels: [String]? = nil) {
        self.name = name
        self.values = values
        self.labels = labels
    }

    /// The value at `index`, nil when there is none or it is not a finite number (which no scale can place).
    func value(_ index: Int) -> Double? {
        guard values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
        return value
    }

    /// The label of the value at `index`: the one given, else the number written out.
    func label(_ index: Int) -> String {
        if let labels, index < labels.count { return labels[index] }
        return value(index).map(SVGText.plainNumber) ?? ""
    }

    /// Every finite value.
    var finiteValues: [Double] { values.compactMap { $0 }.filter(\.isFinite) }
}
