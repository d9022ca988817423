/// Estimates how wide a label is, without fonts at build time. Full-width characters (CJK, kana,
/// Hangul, full-width forms) take one em; ASCII characters take their width in DejaVu Sans, the
/// widest of the common sans-serif fonts a reader's `system-ui` may turn out to be (Arial,
/// Helvetica, Segoe UI, PingFang and Noto are all narrower), so that the estimate errs on the
/// wide side and a label measured to fit does fit.
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
        // Spaces before the ellipsis only take room.
        while result.last == " " { result.removeLast() }
        return result + "…"
    }

    /// Widths of the printable ASCII characters from space (0x20) to `~` (0x7E), in em.
    private static let ascii: [Double] = [
        0.32, 0.40, 0.46, 0.84, 0.64, 0.95, 0.78, 0.28, 0.39, 0.39, 0.50, 0.84, 0.32, 0.36, 0.32, 0.34,  // space … /
        0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64,  // 0 … 9
        0.34, 0.34, 0.84, 0.84, 0.84, 0.53, 1.00,  // : ; < = > ? @
        0.68, 0.69, 0.70, 0.77, 0.63, 0.58, 0.77, 0.75, 0.29, 0.50, 0.66, 0.56, 0.86,  // A … M
        0.75, 0.79, 0.67, 0.79, 0.72, 0.67, 0.61, 0.73, 0.68, 0.99, 0.69, 0.67, 0.69,  // N … Z
        0.39, 0.34, 0.39, 0.84, 0.50, 0.50,  // [ \ ] ^ _ `
        0.61, 0.63, 0.55, 0.63, 0.62, 0.35, 0.63, 0.63, 0.28, 0.28, 0.58, 0.28, 0.97,  // a … m
        0.63, 0.61, 0.63, 0.63, 0.41, 0.52, 0.39, 0.63, 0.59, 0.82, 0.59, 0.59, 0.52,  // n … z
        0.64, 0.34, 0.64, 0.84,  // { | } ~
    ]

    static func em(_ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value >= 0x20, value <= 0x7E { return ascii[Int(value) - 0x20] }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F:  // combining marks, zero-width, variation selectors
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1.0
        case 0x2026, 0x2014, 0x2030, 0x00B7, 0x201C, 0x201D:  // … — ‰ · “ ” (full-width in CJK fonts)
            return 1.0
        case 0x2013, 0x2018, 0x2019:  // – ‘ ’
            return 0.5
        default:
            return 0.7
        }
    }
}
