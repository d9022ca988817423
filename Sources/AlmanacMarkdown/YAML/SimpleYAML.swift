/// The YAML that front matter nearly always is — one `key: value` a line, each value a plain
/// scalar or a flow list of plain scalars (`tags: [质量, 标准化]`) — read directly into the
/// ``YAMLValue`` Yams would give. Anything else (quotes, nesting, comments, anchors, block
/// scalars, empty values, repeated keys, characters YAML treats specially) is left to Yams: the
/// reader answers nil, and a test compares both on generated documents. Yams builds a node tree
/// through libyaml's event stream for each file, which for a site of thousands of articles is
/// much of the build; `almanac-bench frontmatter` (in `make bench`) measures both.
enum SimpleYAML {
    static func parse(_ text: String) -> YAMLValue? {
        var text = text
        return text.withUTF8 { bytes -> YAMLValue? in
            guard !bytes.isEmpty, !hasSpecialCharacters(bytes) else { return nil }
            var entries: [YAMLMapping.Entry] = []
            var keys: Set<String> = []
            var lineNumber = 0
            var position = 0
            while position < bytes.count {
                lineNumber += 1
                let start = position
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
                let end = position
                if position < bytes.count {
                    if bytes[position] == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
                    position += 1
                }
                if bytes[start..<end].allSatisfy({ $0 == 0x20 }) { continue }
                guard let (key, value) = entry(bytes, start..<end), keys.insert(key).inserted else { return nil }
                entries.append(YAMLMapping.Entry(key: key, value: value, line: lineNumber, column: 1))
            }
            return entries.isEmpty ? nil : .mapping(YAMLMapping(entries: entries))
        }
    }

    /// `key: value` with a key of ASCII letters, digits, `_` and `-`.
    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (String, YAMLValue)? {
        var index = line.lowerBound
        guard isKeyStart(bytes[index]) else { return nil }
        while index < line.upperBound, isKeyStart(bytes[index]) || isDigit(bytes[index]) || bytes[index] == 0x2D { index += 1 }
        guard index < line.upperBound, bytes[index] == 0x3A, index + 1 == line.upperBound || bytes[index + 1] == 0x20 else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<index]), as: UTF8.self)
        let value = trimmed(bytes, index + 1..<line.upperBound)
        guard !value.isEmpty else { return nil }
        if bytes[value.lowerBound] == 0x5B {
            guard bytes[value.upperBound - 1] == 0x5D else { return nil }
            return list(bytes, value.lowerBound + 1..<value.upperBound - 1).map { (key, $0) }
        }
        guard isPlain(bytes, value, flow: false) else { return nil }
        return (key, YAMLValue.plain(string(bytes, value)))
    }

    /// The items of a flow list between its brackets.
    private static func list(_ bytes: UnsafeBufferPointer<UInt8>, _ inner: Range<Int>) -> YAMLValue? {
        var items: [YAMLValue] = []
        if trimmed(bytes, inner).isEmpty { return .list(items) }
        var start = inner.lowerBound
        for index in inner.lowerBound...inner.upperBound where index == inner.upperBound || bytes[index] == 0x2C {
            let item = trimmed(bytes, start..<index)
            guard !item.isEmpty, isPlain(bytes, item, flow: true) else { return nil }
            items.append(YAMLValue.plain(string(bytes, item)))
            start = index + 1
        }
        return .list(items)
    }

    /// A plain scalar that means its own text: no indicator first, no `: ` or ` #` within, no
    /// trailing `:`; in a flow list also none of `,[]{}#:`.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, flow: Bool) -> Bool {
        switch bytes[range.lowerBound] {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return false
        default: break
        }
        guard bytes[range.upperBound - 1] != 0x3A else { return false }
        for index in range {
            switch bytes[index] {
            case 0x3A where flow || bytes[index + 1] == 0x20: return false
            case 0x23 where flow || bytes[index - 1] == 0x20: return false
            case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D: if flow { return false }
            default: continue
            }
        }
        return true
    }

    /// Bytes YAML reads as something else than text: control characters (tabs too), the
    /// byte-order mark, noncharacters, and the Unicode line breaks NEL, LS and PS.
    private static func hasSpecialCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            switch byte {
            case 0x0A, 0x0D: continue
            case 0..<0x20, 0x7F: return true
            case 0xC2 where next < 0xA0: return true
            case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): return true
            case 0xEF where (next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE): return true
            default: continue
            }
        }
        return false
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
