#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// What ``XMLTokenizer`` reports, in document order. Names are local names (the part after a
/// namespace prefix): SpreadsheetML's element names do not clash across the namespaces a
/// workbook uses. Bytes are valid only during the call.
protocol XMLEvents {
    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes) throws(WorkbookError)
    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws(WorkbookError)
    /// Character data with entities decoded; one text node may come in several pieces.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// A streaming XML reader fed chunk by chunk (as the ZIP entry inflates), so a sheet of any size
/// is read in the memory of its longest tag or text: it keeps only what it has not yet read
/// through. It reads what Office, LibreOffice and openpyxl write — elements, attributes, text,
/// the five named entities and character references, CDATA — and skips comments, processing
/// instructions and a DOCTYPE; it never expands entities a document declares (no "billion
/// laughs"). It checks only what reading needs (tags close, the input does not end inside one).
/// `almanac-bench xlsx` measures it against FoundationXML's `XMLParser` on the same sheet.
struct XMLTokenizer {
    private var buffer: [UInt8] = []
    private var depth = 0
    /// Decoded text and attribute values with entities.
    private var decoded: [UInt8] = []

    /// Reads `chunk`, reporting every complete token to `events`.
    mutating func feed<Events: XMLEvents>(_ chunk: UnsafeRawBufferPointer, to events: inout Events) throws(WorkbookError) {
        buffer.append(contentsOf: chunk)
        let consumed = try buffer.withUnsafeBufferPointer { bytes throws(WorkbookError) in
            try tokens(bytes, final: false, events: &events)
        }
        buffer.removeSubrange(0..<consumed)
    }

    /// The input has ended: what is left must be whitespace, and every element closed.
    mutating func finish<Events: XMLEvents>(_ events: inout Events) throws(WorkbookError) {
        let consumed = try buffer.withUnsafeBufferPointer { bytes throws(WorkbookError) in
            try tokens(bytes, final: true, events: &events)
        }
        buffer.removeSubrange(0..<consumed)
        guard depth == 0, buffer.allSatisfy(isSpace) else { throw .malformed("the XML ends early") }
    }

    /// Reads tokens from the start of `bytes`; returns how many bytes were read through.
    private mutating func tokens<Events: XMLEvents>(
        _ bytes: UnsafeBufferPointer<UInt8>, final: Bool, events: inout Events
    ) throws(WorkbookError) -> Int {
        let base = bytes.baseAddress!
        let count = bytes.count
        var position = 0
        while position < count {
            if base[position] != lessThan {
                guard let next = find(lessThan, base + position, count - position) else {
                    if final, depth > 0 { emitText(UnsafeBufferPointer(start: base + position, count: count - position), &events) }
                    return final ? count : position
                }
                emitText(UnsafeBufferPointer(start: base + position, count: next), &events)
                position += next
                continue
            }
            guard position + 1 < count else { return position }
            switch base[position + 1] {
            case exclamation:
                if starts(base + position, count - position, "<!--") {
                    guard let end = search("-->", base + position + 4, count - position - 4) else { return position }
                    position += 4 + end + 3
                } else if starts(base + position, count - position, "<![CDATA[") {
                    guard let end = search("]]>", base + position + 9, count - position - 9) else { return position }
                    events.text(UnsafeBufferPointer(start: base + position + 9, count: end))
                    position += 9 + end + 3
                } else {
                    guard let end = declarationEnd(base + position, count - position) else { return position }
                    position += end + 1
                }
            case question:
                guard let end = search("?>", base + position + 2, count - position - 2) else { return position }
                position += 2 + end + 2
            case slash:
                guard let end = find(greaterThan, base + position, count - position) else { return position }
                let name = localName(UnsafeBufferPointer(start: base + position + 2, count: end - 2))
                depth -= 1
                guard depth >= 0 else { throw .malformed("an element closes that never opened") }
                try events.end(name)
                position += end + 1
            default:
                guard let end = tagEnd(base + position, count - position) else { return position }
                let selfClosing = base[position + end - 1] == slash
                let inner = UnsafeBufferPointer(start: base + position + 1, count: end - 1 - (selfClosing ? 1 : 0))
                var nameEnd = 0
                while nameEnd < inner.count, !isSpace(inner[nameEnd]) { nameEnd += 1 }
                let name = localName(UnsafeBufferPointer(rebasing: inner[0..<nameEnd]))
                let attributes = XMLAttributes(UnsafeBufferPointer(rebasing: inner[nameEnd...]))
                try events.start(name, attributes)
                if selfClosing { try events.end(name) } else { depth += 1 }
                position += end + 1
            }
        }
        return position
    }

    private mutating func emitText<Events: XMLEvents>(_ text: UnsafeBufferPointer<UInt8>, _ events: inout Events) {
        guard depth > 0, !text.isEmpty else { return }
        guard find(ampersand, text.baseAddress!, text.count) != nil else {
            events.text(text)
            return
        }
        decoded.removeAll(keepingCapacity: true)
        XMLAttributes.decodeEntities(text, into: &decoded)
        decoded.withUnsafeBufferPointer { events.text($0) }
    }

    /// The offset of the `>` that ends the tag at `start`, skipping quoted attribute values.
    private func tagEnd(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        var quote: UInt8 = 0
        var index = 1
        while index < count {
            let byte = start[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == doubleQuote || byte == singleQuote {
                quote = byte
            } else if byte == greaterThan {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The end of `<!DOCTYPE …>`, brackets of an internal subset included.
    private func declarationEnd(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        var brackets = 0
        for index in 2..<max(count, 2) {
            switch start[index] {
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"): brackets -= 1
            case greaterThan where brackets <= 0: return index
            default: break
            }
        }
        return nil
    }

    private func localName(_ name: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var end = name.count
        while end > 0, isSpace(name[end - 1]) { end -= 1 }
        var start = end
        while start > 0, name[start - 1] != colon { start -= 1 }
        return UnsafeBufferPointer(rebasing: name[start..<end])
    }
}

/// The attributes of one start tag, read on request (most tags are asked for one or two).
struct XMLAttributes {
    private let text: UnsafeBufferPointer<UInt8>

    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    /// The raw value of the attribute whose local name is `name` (entities not decoded).
    func raw(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        var result: UnsafeBufferPointer<UInt8>?
        forEach { key, value in
            if result == nil, spells(key, name) { result = value }
        }
        return result
    }

    /// The value as a string, entities decoded.
    func string(_ name: StaticString) -> String? {
        guard let raw = raw(name) else { return nil }
        var bytes: [UInt8] = []
        Self.decodeEntities(raw, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Each attribute's local name and raw value.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        let count = text.count
        while index < count {
            while index < count, isSpace(text[index]) { index += 1 }
            let nameStart = index
            while index < count, text[index] != equalsSign, !isSpace(text[index]) { index += 1 }
            var nameEnd = index
            while index < count, text[index] != equalsSign { index += 1 }
            index += 1
            while index < count, text[index] != doubleQuote, text[index] != singleQuote { index += 1 }
            guard index < count else { return }
            let quote = text[index]
            index += 1
            let valueStart = index
            while index < count, text[index] != quote { index += 1 }
            var prefixEnd = nameStart
            for offset in nameStart..<nameEnd where text[offset] == colon { prefixEnd = offset + 1 }
            if nameEnd < prefixEnd { nameEnd = prefixEnd }
            body(
                UnsafeBufferPointer(rebasing: text[prefixEnd..<nameEnd]),
                UnsafeBufferPointer(rebasing: text[valueStart..<min(index, count)]))
            index += 1
        }
    }

    /// Appends `text` to `output` with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` decoded;
    /// an unknown entity stays as it is.
    static func decodeEntities(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == ampersand, let semicolon = text[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                output.append(byte)
                index += 1
                continue
            }
            let entity = text[(index + 1)..<semicolon]
            if let scalar = characterReference(entity) {
                output.append(contentsOf: String(Character(scalar)).utf8)
            } else if let named = named(entity) {
                output.append(named)
            } else {
                output.append(contentsOf: text[index...semicolon])
            }
            index = semicolon + 1
        }
    }

    private static func named(_ entity: Slice<UnsafeBufferPointer<UInt8>>) -> UInt8? {
        switch String(decoding: entity, as: UTF8.self) {
        case "lt": return UInt8(ascii: "<")
        case "gt": return UInt8(ascii: ">")
        case "amp": return UInt8(ascii: "&")
        case "quot": return UInt8(ascii: "\"")
        case "apos": return UInt8(ascii: "'")
        default: return nil
        }
    }

    private static func characterReference(_ entity: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        guard entity.first == UInt8(ascii: "#") else { return nil }
        let digits = String(decoding: entity.dropFirst(), as: UTF8.self)
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init)
    }
}

/// Whether `bytes` spell `name`.
func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
    guard bytes.count == name.utf8CodeUnitCount else { return false }
    let other = name.utf8Start
    for index in 0..<bytes.count where bytes[index] != other[index] { return false }
    return true
}

private func find(_ byte: UInt8, _ start: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    guard count > 0, let found = memchr(start, Int32(byte), count) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(start)
}

private func starts(_ start: UnsafePointer<UInt8>, _ count: Int, _ prefix: StaticString) -> Bool {
    guard count >= prefix.utf8CodeUnitCount else { return false }
    return memcmp(start, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
}

/// The offset of `needle` in the `count` bytes at `start`.
private func search(_ needle: StaticString, _ start: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    let length = needle.utf8CodeUnitCount
    guard count >= length else { return nil }
    var offset = 0
    while offset <= count - length {
        guard let first = find(needle.utf8Start[0], start + offset, count - length + 1 - offset) else { return nil }
        offset += first
        if memcmp(start + offset, needle.utf8Start, length) == 0 { return offset }
        offset += 1
    }
    return nil
}

private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

private let lessThan = UInt8(ascii: "<")
private let greaterThan = UInt8(ascii: ">")
private let slash = UInt8(ascii: "/")
private let exclamation = UInt8(ascii: "!")
private let question = UInt8(ascii: "?")
private let ampersand = UInt8(ascii: "&")
private let colon = UInt8(ascii: ":")
private let equalsSign = UInt8(ascii: "=")
private let doubleQuote = UInt8(ascii: "\"")
private let singleQuote = UInt8(ascii: "'")
