/// How a value axis writes its tick labels. The formatter sees all the ticks at once, so that it
/// can write them in one unit and with as many decimals as the step needs (`0`, `0.5万`, `1万`,
/// `1.5万` rather than `0`, `5,000`, `1万`, `1.5万`), and so that tiny steps do not all round to `0`.
public struct TickFormat: Sendable {
    let labels: @Sendable ([Double]) -> [String]

    public init(_ labels: @escaping @Sendable ([Double]) -> [String]) {
        self.labels = labels
    }

    /// Each tick formatted on its own.
    public static func each(_ format: @escaping @Sendable (Double) -> String) -> TickFormat {
        TickFormat { $0.map(format) }
    }

    /// Each tick written out in full, as short as it reads back: `0`, `0.25`, `200`.
    public static let plain = TickFormat.each(SVGText.plainNumber)
}
