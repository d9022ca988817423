import AlmanacMarkup

/// Writing SVG text safely and deterministically: escaped strings (forbidden code points made
/// U+FFFD) and coordinates rounded to 0.1 px with trailing zeros dropped, so the same chart is
/// always the same bytes.
enum SVGText {
    /// `& < > " '` escaped and the code points SVG forbids made U+FFFD (``Escaping``, which
    /// the site's HTML shares).
    static func escape(_ text: String) -> String { Escaping.escape(text) }

    /// A coordinate as ``MarkupBytes/append(number:)`` writes it, as a string.
    static func number(_ value: Double) -> String {
        var out = MarkupBytes(capacity: 24)
        out.append(number: value)
        return out.string
    }

    /// The shortest text that reads back as `value`: `5590`, `693.1`, `0.0002`.
    static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension MarkupBytes {
    /// A coordinate rounded to 0.1 px, trailing zero dropped (`12`, `12.5`, `-3.2`).
    mutating func append(number value: Double) {
        let tenths = (value * 10).rounded()
        guard abs(tenths) < 1e15 else {
            append(String(tenths / 10))
            return
        }
        append(tenths: Int(tenths))
    }
}
