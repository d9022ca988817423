/// Estimates how wide a label is, without fonts at build time: full-width characters (CJK,
/// kana, Hangul, full-width forms) take one em, Latin letters and digits about 0.55 em, narrow
/// punctuation less. Good enough to keep labels from colliding or overflowing, which is all a
/// chart needs; the estimate errs on the wide side.
public enum TextWidth {
    public static func of(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) } * fontSize
    }

    /// `text` cut to fit `width`, with an ellipsis; unchanged when it fits.
    public static func truncate(_ text: String, toFit width: Double, fontSize: Double) -> String {
        guard of(text, fontSize: fontSize) > width else { return text }
        var result = ""
        var used = em("…") * fontSize
        for character in text {
            let w = character.unicodeScalars.reduce(0) { $0 + em($1) } * fontSize
            if used + w > width { break }
            used += w
            result.append(character)
        }
        return result + "…"
    }

    static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 1.0
        case 0x20, 0x2C, 0x2E, 0x3A, 0x3B, 0x27, 0x7C, 0x69, 0x6A, 0x6C, 0x21:  // space , . : ; ' | i j l !
            return 0.3
        case 0x41...0x5A, 0x4D, 0x57, 0x6D, 0x77, 0x25:  // capitals, m, w, %
            return 0.7
        default:
            return 0.58
        }
    }
}
