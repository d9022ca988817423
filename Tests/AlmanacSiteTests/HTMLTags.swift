/// The tags of an HTML page as a browser's tokenizer would find them — start tags with their
/// attributes, entities in attribute values decoded — so that tests can say what the page
/// *does*, not only what text it contains. Works on Unicode scalars, as the HTML tokenizer does.
struct HTMLTag: Equatable {
    var name: String
    var attributes: [(name: String, value: String)]

    static func == (a: HTMLTag, b: HTMLTag) -> Bool {
        a.name == b.name && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// Start tags of `html`, in order (comments, doctype and end tags skipped; the text of `script`
/// and `style` skipped as browsers do).
func htmlTags(_ html: String) -> [HTMLTag] {
    let s = Array(html.unicodeScalars)
    var tags: [HTMLTag] = []
    var i = 0
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{C}" }
    func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    func starts(_ text: String, at index: Int) -> Bool {
        let t = Array(text.unicodeScalars)
        return index + t.count <= s.count && zip(s[index..<index + t.count], t).allSatisfy {
            String($0).lowercased() == String($1).lowercased()
        }
    }
    func skip(past text: String) {
        while i < s.count, !starts(text, at: i) { i += 1 }
        i = min(s.count, i + text.unicodeScalars.count)
    }
    while i < s.count {
        guard s[i] == "<", i + 1 < s.count else {
            i += 1
            continue
        }
        if starts("<!--", at: i) {
            skip(past: "-->")
        } else if s[i + 1] == "!" || s[i + 1] == "?" || (s[i + 1] == "/" && i + 2 < s.count && isLetter(s[i + 2])) {
            skip(past: ">")
        } else if isLetter(s[i + 1]) {
            i += 1
            var name = ""
            while i < s.count, !isSpace(s[i]), s[i] != "/", s[i] != ">" { name.unicodeScalars.append(s[i]); i += 1 }
            var attributes: [(name: String, value: String)] = []
            while i < s.count, s[i] != ">" {
                if isSpace(s[i]) || s[i] == "/" {
                    i += 1
                    continue
                }
                var attribute = String(s[i])
                i += 1
                while i < s.count, !isSpace(s[i]), s[i] != "/", s[i] != ">", s[i] != "=" { attribute.unicodeScalars.append(s[i]); i += 1 }
                while i < s.count, isSpace(s[i]) { i += 1 }
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    while i < s.count, isSpace(s[i]) { i += 1 }
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]
                        i += 1
                        while i < s.count, s[i] != quote { value.unicodeScalars.append(s[i]); i += 1 }
                        i += 1
                    } else {
                        while i < s.count, !isSpace(s[i]), s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                    }
                }
                attributes.append((attribute.lowercased(), decodeEntities(value)))
            }
            i += 1
            let tag = HTMLTag(name: name.lowercased(), attributes: attributes)
            tags.append(tag)
            if tag.name == "script" || tag.name == "style" { skip(past: "</" + tag.name) }
        } else {
            i += 1
        }
    }
    return tags
}

/// The named entities Almanac writes and every numeric one, by Unicode scalar.
func decodeEntities(_ text: String) -> String {
    let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
    var result = String.UnicodeScalarView()
    var rest = text.unicodeScalars[...]
    while let first = rest.first {
        rest = rest.dropFirst()
        guard first == "&", let end = rest.prefix(12).firstIndex(of: ";") else {
            result.append(first)
            continue
        }
        let entity = String(String.UnicodeScalarView(rest[..<end]))
        var decoded: String?
        if let value = named[entity] {
            decoded = value
        } else if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
            decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if entity.hasPrefix("#") {
            decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if let decoded {
            result += decoded.unicodeScalars
            rest = rest[rest.index(after: end)...]
        } else {
            result.append(first)
        }
    }
    return String(result)
}
