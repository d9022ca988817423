import Foundation

/// A small JSON reader for boundary files: values keep their members in file order, numbers are
/// `Double`s, and a syntax error says at which byte it is. Written here rather than taken from
/// Foundation so that a boundary file reads the same on every platform (JSONSerialization's number
/// and Boolean bridging differs between Darwin and Linux) and a bad file names its position.
indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var members: [(key: String, value: JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The value as a property's text: strings as they are, numbers as integers where whole
    /// (`156`, not `156.0`), Booleans as `true`/`false`; nil for null, arrays and objects.
    var propertyText: String? {
        switch self {
        case .string(let text): return text
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case .bool(let flag): return flag ? "true" : "false"
        case .null, .array, .object: return nil
        }
    }

    struct SyntaxError: Error, Sendable {
        var offset: Int
        var reason: String
    }

    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes + [0])
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.offset == bytes.count else { throw SyntaxError(offset: parser.offset, reason: "text after the JSON value") }
        return value
    }
}

/// Recursive descent over the bytes, which end with a 0 the grammar never accepts (so `strtod` and
/// the scanners stop there).
private struct JSONParser {
    let bytes: [UInt8]
    var offset = 0
    static let maxDepth = 256

    init(bytes: [UInt8]) { self.bytes = bytes }

    var current: UInt8 { bytes[offset] }

    mutating func skipSpace() {
        while offset < bytes.count - 1, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    func fail(_ reason: String) -> JSONValue.SyntaxError { JSONValue.SyntaxError(offset: offset, reason: reason) }

    mutating func value(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth < Self.maxDepth else { throw fail("nested too deeply") }
        switch current {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail(offset == bytes.count - 1 ? "unexpected end" : "unexpected character")
        }
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONValue.SyntaxError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            offset + count < bytes.count && (0..<count).allSatisfy { bytes[offset + $0] == expected[$0] }
        }
        guard matches else { throw fail("unexpected character") }
        offset += count
        return value
    }

    mutating func object(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        offset += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw fail("expected a member name") }
            let key = try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw fail("expected ':'") }
            offset += 1
            skipSpace()
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            if current == UInt8(ascii: ",") {
                offset += 1
            } else if current == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            } else {
                throw fail("expected ',' or '}'")
            }
        }
    }

    mutating func array(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        offset += 1
        var items: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            if current == UInt8(ascii: ",") {
                offset += 1
            } else if current == UInt8(ascii: "]") {
                offset += 1
                return .array(items)
            } else {
                throw fail("expected ',' or ']'")
            }
        }
    }

    /// A number checked against JSON's grammar, then converted by `strtod` (exact rounding).
    mutating func number() throws(JSONValue.SyntaxError) -> Double {
        let start = offset
        func digits() -> Int {
            let first = offset
            while (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
            return offset - first
        }
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
        } else if digits() == 0 {
            throw fail("expected a digit")
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard digits() > 0 else { throw fail("expected a digit") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard digits() > 0 else { throw fail("expected a digit") }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { strtod($0 + start, nil) }
        }
    }

    mutating func string() throws(JSONValue.SyntaxError) -> String {
        offset += 1
        let start = offset
        var plain = true
        while current != UInt8(ascii: "\"") {
            if current == UInt8(ascii: "\\") {
                plain = false
                offset += 1
            } else if current < 0x20 {
                throw fail(offset == bytes.count - 1 ? "unterminated string" : "control character in a string")
            }
            offset += 1
        }
        let end = offset
        offset += 1
        if plain { return String(decoding: bytes[start..<end], as: UTF8.self) }
        return try unescaped(start, end)
    }

    func unescaped(_ start: Int, _ end: Int) throws(JSONValue.SyntaxError) -> String {
        var out: [UInt8] = []
        var index = start
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= end, let value = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else { return nil }
            return value
        }
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(index) else { throw JSONValue.SyntaxError(offset: index, reason: "bad \\u escape") }
                index += 4
                if (0xD800...0xDBFF).contains(scalar), bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                    let low = hex4(index + 2), (0xDC00...0xDFFF).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                out.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: throw JSONValue.SyntaxError(offset: index - 1, reason: "bad escape")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
