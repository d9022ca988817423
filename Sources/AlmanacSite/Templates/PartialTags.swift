/// The partials a Mustache template includes (`{{> name}}`, and `{{< parent}}` of template
/// inheritance), found by reading its tags: where each is and whether it sits inside a section,
/// where it may or may not be rendered. ``SiteTemplates`` uses them to refuse a template that
/// includes itself unconditionally (which would recurse until the program crashed) and to limit
/// how deep one that includes itself in a section may go.
struct PartialTags {
    struct Tag {
        /// The partial's name as written, and where the name is in the template's UTF-8.
        var name: String
        var range: Range<Int>
        var line: Int
        var column: Int
        /// Inside a section (`{{#…}}`, `{{^…}}`, a block), so rendered only when its data says so.
        var conditional: Bool
    }

    var tags: [Tag] = []
    /// A problem that keeps the template from being read this way (a dynamic partial), with its place.
    var problem: (line: Int, column: Int, message: String)?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var depth = 0
        var index = 0
        func matches(_ token: [UInt8], at position: Int) -> Bool {
            position + token.count <= bytes.count && Array(bytes[position..<(position + token.count)]) == token
        }
        func place(_ offset: Int) -> (line: Int, column: Int) {
            let before = bytes[..<offset]
            let line = before.count { $0 == 0x0A } + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
        }
        while index < bytes.count {
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            let start = index
            var cursor = index + open.count
            let triple = open == Array("{{".utf8) && cursor < bytes.count && bytes[cursor] == UInt8(ascii: "{")
            let end = triple ? Array("}".utf8) + close : close
            guard let closing = (cursor..<bytes.count).first(where: { matches(end, at: $0) }) else { break }
            index = closing + end.count
            guard cursor < closing, !triple else { continue }
            let sigil = bytes[cursor]
            cursor += 1
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"): depth += 1
            case UInt8(ascii: "/"): depth = max(0, depth - 1)
            case UInt8(ascii: "="):
                // `{{=<% %>=}}`: the delimiters from here on.
                let inner = String(decoding: bytes[cursor..<closing], as: UTF8.self)
                let parts = inner.split(whereSeparator: { $0 == " " || $0 == "=" })
                if parts.count == 2 {
                    open = Array(parts[0].utf8)
                    close = Array(parts[1].utf8)
                }
            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                while cursor < closing, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
                if cursor < closing, bytes[cursor] == UInt8(ascii: "*") {
                    let at = place(start)
                    problem = (at.line, at.column, "dynamic partials ({{>*…}}) are not supported")
                    continue
                }
                var last = closing
                while last > cursor, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
                let at = place(start)
                tags.append(
                    Tag(
                        name: String(decoding: bytes[cursor..<last], as: UTF8.self), range: cursor..<last, line: at.line,
                        column: at.column, conditional: depth > 0))
                if sigil == UInt8(ascii: "<") { depth += 1 }  // a parent's blocks end with {{/parent}}
            default: break
            }
        }
    }
}
