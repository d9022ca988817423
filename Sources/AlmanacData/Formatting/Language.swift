/// The languages a site can be written in; they decide number style and the theme's words.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case zhCN = "zh-CN"
    case en

    /// Accepts the common spellings (`zh`, `zh-cn`, `zh-Hans`, `en-US`…).
    public init?(code: String) {
        let lower = code.lowercased()
        if lower == "zh" || lower.hasPrefix("zh-") || lower.hasPrefix("zh_") {
            self = .zhCN
        } else if lower == "en" || lower.hasPrefix("en-") || lower.hasPrefix("en_") {
            self = .en
        } else {
            return nil
        }
    }
}
