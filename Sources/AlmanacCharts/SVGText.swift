/// Writing SVG text safely and deterministically: escaped strings (forbidden code points made
/// U+FFFD) and coordinates rounded to 0.1 px with trailing zeros dropped, so the same chart is
/// always the same bytes.
enum SVGText {
    /// `& < > " '` escaped, over UTF-8 bytes, and the code points SVG forbids made U+FFFD; the
    /// string itself when there is nothing to change (almost always: a county-level site draws a
    /// hundred thousand charts).
    static func escape(_ text: String) -> String {
        var text = text
        var special = false
        var suspicious = false  // a byte that may start a forbidden code point
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27: special = true
                case 0x09, 0x0A, 0x0D: break
                case 0x00...0x1F, 0x7F, 0xC2, 0xEF, 0xF0...0xFF: suspicious = true
                default: break
                }
            }
        }
        if suspicious, text.unicodeScalars.contains(where: isForbidden) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
        }
        if !special { return text }
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

    /// Control characters but tab and line ends, and noncharacters: not allowed in SVG or HTML.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }

    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths == 0 { return "0" }
        guard abs(tenths) < 1e15 else { return String(tenths / 10) }
        // Digits written from the end of a stack buffer: charts write millions of coordinates,
        // and `String(Int) + "." + String(Int)` made three strings for each.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var index = buffer.count
            func put(_ byte: UInt8) {
                index -= 1
                buffer[index] = byte
            }
            var rest = UInt64(abs(tenths))
            let fraction = UInt8(rest % 10)
            rest /= 10
            if fraction != 0 {
                put(UInt8(ascii: "0") + fraction)
                put(UInt8(ascii: "."))
            }
            repeat {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if tenths < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[index...]), as: UTF8.self)
        }
    }

    /// The shortest text that reads back as `value`: `5590`, `693.1`, `0.0002`.
    static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
