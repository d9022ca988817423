/// Trimming of a heading's text, as Foundation's `trimmingCharacters(in: .whitespaces)` does it
/// (the characters of CoreFoundation's whitespace set), without the trip through `NSString` that
/// Foundation makes for every heading of every article.
enum Whitespace {
    /// Tab and the space separators, as CoreFoundation lists them (U+200B included).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isWhitespace($0) })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}
