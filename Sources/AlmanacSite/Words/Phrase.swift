/// A phrase of the theme's words (`{name}由{first}年的{firstText}增至…`) cut at its `{name}` slots
/// once, when the words are read: every chart's description and many table cells' tooltips are
/// phrases, so filling one is only joining its parts.
struct Phrase: Sendable {
    private enum Part: Sendable {
        case text(String)
        /// A `{name}`: filled with the value named `name`, or left as written when none is given.
        case slot(String)
    }

    private let parts: [Part]
    /// The bytes of the text parts, to make room for the result once.
    private let textCount: Int

    init(_ pattern: String) {
        var parts: [Part] = []
        let bytes = pattern.utf8
        var copied = bytes.startIndex
        var cursor = copied
        // Braces are ASCII, so the pattern is read as UTF-8 bytes. A `{` with no `}` after it, or
        // with another `{` before its `}`, is text: value names never hold braces.
        while let open = bytes[cursor...].firstIndex(of: UInt8(ascii: "{")) {
            let name = bytes.index(after: open)
            guard let close = bytes[name...].firstIndex(of: UInt8(ascii: "}")),
                !bytes[name..<close].contains(UInt8(ascii: "{"))
            else {
                cursor = name
                continue
            }
            if copied < open { parts.append(.text(String(pattern[copied..<open]))) }
            parts.append(.slot(String(pattern[name..<close])))
            copied = bytes.index(after: close)
            cursor = copied
        }
        if copied < bytes.endIndex { parts.append(.text(String(pattern[copied...]))) }
        self.parts = parts
        textCount = parts.reduce(0) { count, part in
            if case .text(let text) = part { return count + text.utf8.count }
            return count
        }
    }

    /// The phrase with each slot filled by the value of its name, in one pass, so that a value
    /// holding braces (a region named `{year}`) is never filled in again.
    func filled(_ values: KeyValuePairs<String, String>) -> String {
        var result = ""
        result.reserveCapacity(textCount + values.reduce(0) { $0 + $1.value.utf8.count })
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .slot(let name):
                if let value = values.first(where: { $0.key == name })?.value {
                    result += value
                } else {
                    result += "{" + name + "}"
                }
            }
        }
        return result
    }
}
