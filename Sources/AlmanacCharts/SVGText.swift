/// Writing SVG text safely and deterministically: escaped strings and coordinates rounded to
/// 0.1 px with trailing zeros dropped, so the same chart is always the same bytes.
enum SVGText {
    /// `& < > " '` escaped, over UTF-8 bytes; the string itself when there is nothing to escape
    /// (almost always: a county-level site draws a hundred thousand charts).
    static func escape(_ text: String) -> String {
        var text = text
        let clean = text.withUTF8 { bytes in
            !bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        }
        if clean { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes += "&amp;".utf8
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x27: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
