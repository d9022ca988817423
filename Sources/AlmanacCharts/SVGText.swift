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
