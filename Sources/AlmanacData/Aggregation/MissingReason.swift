/// Why a figure that could have been computed is missing, so that a page asking for it can say
/// so instead of showing a bare gap (``Dataset/missingReason(_:_:_:language:)``).
public enum MissingReason: Sendable, Hashable {
    /// The formula divides by `divisor` (its text), which is 0 there.
    case divisionByZero(divisor: String, year: Int)
    /// The base regions beneath have figures but their weights (indicator `weight`) add up to 0.
    case weightsSumToZero(weight: String, year: Int)
    /// No base region beneath has a figure of the weight indicator `weight`.
    case noWeights(weight: String, year: Int)
    /// The formula's result is too large for a number.
    case outOfRange(year: Int)

    /// `pop is 0 in 2007, and the formula divides by it` / `2007年pop为0，公式以其为除数`.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.divisionByZero(let divisor, let year), .en): "\(divisor) is 0 in \(year), and the formula divides by it"
        case (.divisionByZero(let divisor, let year), .zhCN): "\(year)年\(divisor)为0，公式以其为除数"
        case (.weightsSumToZero(let weight, let year), .en):
            "the weights (\(weight)) of the regions beneath add up to 0 in \(year)"
        case (.weightsSumToZero(let weight, let year), .zhCN): "\(year)年下级地区的权重（\(weight)）合计为0"
        case (.noWeights(let weight, let year), .en): "no region beneath has a weight (\(weight)) in \(year)"
        case (.noWeights(let weight, let year), .zhCN): "\(year)年下级地区均无权重（\(weight)）数据"
        case (.outOfRange(let year), .en): "the formula's result for \(year) is too large to show"
        case (.outOfRange(let year), .zhCN): "\(year)年公式结果超出可表示范围"
        }
    }
}
