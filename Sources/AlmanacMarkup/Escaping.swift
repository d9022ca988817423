/// The one escaping every string from content goes through, in HTML and in SVG: `& < > " '`
/// become entities, and the code points HTML and XML forbid become U+FFFD (a feed or an SVG
/// with one is refused by readers). Works on UTF-8 bytes: an ASCII byte is never part of a longer
/// character, so a quote that a combining mark follows is still escaped.
public enum Escaping {
    /// `text` escaped; the string itself when there is nothing to change (almost always: a
    /// county-level report escapes millions of names and figures).
    public static func escape(_ text: String) -> String {
        var text = text
        let (special, suspicious) = text.withUTF8(scan)
        if suspicious { text = replacingForbidden(text) }
        if !special { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        text.withUTF8 { appendEscaped($0, into: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `bytes` hold a byte to escape, and a forbidden code point. Decided on the bytes:
    /// Chinese text is full of `，` and `（）` (EF BC …), which share their lead byte with the
    /// noncharacters U+FDD0–FDEF and U+FFFE/FFFF, and walking such text by scalar to rule those
    /// out would decode every character of every page.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (special: Bool, suspicious: Bool) {
        var special = false
        var suspicious = false
        classes.withUnsafeBufferPointer { classes in
            for index in bytes.indices {
                let found = classes[Int(bytes[index])]
                if found == 0 { continue }
                if found == specialClass {
                    special = true
                } else if !suspicious {
                    suspicious = forbidden(in: bytes, at: index)
                }
            }
        }
        return (special, suspicious)
    }

    static func containsForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        classes.withUnsafeBufferPointer { classes in
            for index in bytes.indices where classes[Int(bytes[index])] == mayStartClass && forbidden(in: bytes, at: index) {
                return true
            }
            return false
        }
    }

    private static let specialClass: UInt8 = 1
    private static let mayStartClass: UInt8 = 2
    /// Each byte's class, looked up by the scans: one table read per byte instead of two `switch`es.
    private static let classes: [UInt8] = (0...255).map { byte in
        isSpecial(UInt8(byte)) ? specialClass : mayStartForbidden(UInt8(byte)) ? mayStartClass : 0
    }

    /// Whether the UTF-8 sequence at `index` (valid UTF-8: a Swift string's) is a forbidden code point.
    @inline(__always)
    static func forbidden(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return at(1) <= 0x9F  // U+0080–009F
        case 0xEF:  // U+FDD0–FDEF, U+FFFE–FFFF
            return (at(1) == 0xB7 && (0x90...0xAF).contains(at(2))) || (at(1) == 0xBF && at(2) >= 0xBE)
        case 0xF0...0xF4: return at(1) & 0x0F == 0x0F && at(2) == 0xBF && at(3) >= 0xBE  // U+nFFFE–nFFFF
        default: return true  // C0 controls and DEL
        }
    }

    /// `bytes` (free of forbidden code points) with `& < > " '` written as entities.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
    }

    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: true
        default: false
        }
    }

    /// Control characters other than tab, line feed and carriage return, and noncharacters.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: return true
        default: return scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// Whether a UTF-8 sequence starting with `byte` may be a forbidden code point: C0 controls
    /// and DEL, C1 controls (C2 80–9F), U+FDD0–FDEF and U+FFFE/FFFF (EF …), the last two of
    /// every other plane (F0–F4 …).
    @inline(__always)
    public static func mayStartForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F, 0xC2, 0xEF, 0xF0...0xFF: true
        default: false
        }
    }

    /// `text` with U+FFFD in place of each forbidden code point (one scalar for one, so positions stay).
    public static func replacingForbidden(_ text: String) -> String {
        // Decided on the bytes (see ``scan(_:)``), not by walking each article's Chinese by scalar.
        var text = text
        guard text.withUTF8(containsForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
    }
}
