/// The one sanitiser for text that Almanac shows a person — on a terminal (diagnostics, summary
/// lines, the preview server's log) or in the preview's error overlay. Content reaches messages
/// (a column name, a front-matter value, a file name), and content is not to be trusted:
/// - control characters (C0, DEL, C1), bidirectional overrides and line separators are shown
///   escaped, `\u{1B}`, so that no byte of content moves the cursor, clears the screen, retitles the
///   window, fakes a line of output or turns the text around (Trojan Source);
/// - a quoted part longer than `quoteLimit` characters is cut, with its size, so that a 200 MB column
///   name costs one short line;
/// - a whole message longer than `messageLimit` characters is cut the same way.
public enum ShownText {
    public static let quoteLimit = 80
    public static let messageLimit = 1_000

    /// `text` safe to print: every control shown as `\u{…}`, long quotes cut. With `lines`, a line
    /// break stays one, and the line after it starts with at least four spaces: a message may go
    /// on over indented lines (a loader's standard error), but no line of it can pass for a
    /// diagnostic or a summary line of its own. Without, the text is one line.
    public static func safe(_ text: String, lines: Bool = false) -> String {
        // Walks the scalars in place: a message may quote hundreds of megabytes.
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        var shown = 0
        while index < scalars.endIndex {
            if shown >= messageLimit {
                out.append(contentsOf: "… (cut: \(grouped(text.utf8.count)) bytes in all)".unicodeScalars)
                break
            }
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\"", let close = scalars[next...].firstIndex(of: "\""),
                scalars.distance(from: next, to: close) > quoteLimit
            {
                let quoted = scalars[next..<close]
                out.append("\"")
                for inner in quoted.prefix(quoteLimit - 20) { append(inner, to: &out) }
                let bytes = text.utf8.distance(from: next, to: close)
                out.append(contentsOf: "…\" (\(grouped(bytes)) bytes)".unicodeScalars)
                shown += quoteLimit
                index = scalars.index(after: close)
                continue
            }
            if lines, scalar == "\n" {
                out.append(scalar)
                let indent = scalars[next...].prefix(4).prefix { $0 == " " }.count
                out.append(contentsOf: String(repeating: " ", count: 4 - indent).unicodeScalars)
            } else {
                append(scalar, to: &out)
            }
            shown += 1
            index = next
        }
        return String(out)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if isUnsafe(scalar) {
            out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
        } else {
            out.append(scalar)
        }
    }

    /// Control characters, and the format characters that reorder or break a line of text.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional marks
        case 0x2028, 0x2029: true  // line and paragraph separators
        default: false
        }
    }

    /// 209715200 as 209,715,200.
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
