/// Stable, readable ids for headings, CJK included: `## 质量基础设施 一站式` → `质量基础设施-一站式`.
/// Letters and digits of any script are kept (lower-cased), spaces become `-`, punctuation goes;
/// a repeated id gets `-1`, `-2`… in document order, so links to a heading survive edits elsewhere.
public struct HeadingIDs: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(character)
            } else if character.isWhitespace || character == "-" {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : result
    }

    /// A slug of `text` not handed out before by this instance.
    public mutating func unique(for text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 0
        return "\(base)-\(next)"
    }
}
