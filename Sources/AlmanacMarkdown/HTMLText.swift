import Foundation

/// The few HTML text operations Markdown rendering needs; `escape` also serves the site, which
/// escapes every string from content with it.
public enum HTMLText {
    /// Escapes text for an HTML attribute value or element content: `& < > " '`, and puts U+FFFD
    /// in place of the code points that HTML and XML forbid (see ``isForbidden(_:)``). Works on
    /// UTF-8 bytes (an ASCII byte is never part of a longer character, so a quote that a combining
    /// mark follows is still escaped) and returns the string itself when there is nothing to
    /// change, which is most of the time: the site escapes a million strings in a large report.
    public static func escape(_ text: String) -> String {
        var text = text
        var special = false
        var suspicious = false  // a byte that may start a forbidden code point
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27: special = true
                default: if mayStartForbidden(byte) { suspicious = true }
                }
            }
        }
        if suspicious { text = replacingForbidden(text) }
        if !special { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Control characters other than tab, line feed and carriage return, and noncharacters: a
    /// parse error in HTML and not well-formed in XML (a feed with one is refused by readers).
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
    static func mayStartForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F, 0xC2, 0xEF, 0xF0...0xFF: true
        default: false
        }
    }

    /// `text` with U+FFFD in place of each forbidden code point (one scalar for one, so positions stay).
    public static func replacingForbidden(_ text: String) -> String {
        // Most text has no byte that can start a forbidden code point: no walk by scalar then.
        guard text.utf8.contains(where: mayStartForbidden), text.unicodeScalars.contains(where: isForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
    }

    /// The text of an HTML fragment Almanac generated itself (tags removed, the five entities
    /// undone). By Unicode scalar: a `>` or `;` that a combining mark follows still ends its tag.
    static func strippingTags(_ html: String) -> String {
        var text = String.UnicodeScalarView()
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" { inTag = true } else if scalar == ">" { inTag = false } else if !inTag { text.append(scalar) }
        }
        var result = String.UnicodeScalarView()
        var rest = text[...]
        while let first = rest.first {
            if first == "&", let (entity, scalar) = entities.first(where: { rest.starts(with: $0.entity.unicodeScalars) }) {
                result.append(scalar)
                rest = rest.dropFirst(entity.unicodeScalars.count)
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return String(result)
    }

    private static let entities: [(entity: String, scalar: Unicode.Scalar)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ]
}
