/// Writing SVG text safely and deterministically: escaped strings and coordinates rounded to
/// 0.1 px with trailing zeros dropped, so the same chart is always the same bytes.
enum SVGText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths == 0 { return "0" }
        let integer = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        if fraction == 0 { return String(integer) }
        return (tenths < 0 && integer == 0 ? "-0" : String(integer)) + "." + String(fraction)
    }

    /// The shortest text that reads back as `value`: `5590`, `693.1`, `0.0002`.
    static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
