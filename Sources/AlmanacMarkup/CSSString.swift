/// Text from content put into a CSS string (`content: "…"` in a `<style>` element), where HTML's
/// entities mean nothing: every character that could end the string, the rule or the element is
/// written as a CSS escape (`\22 ` for `"`, `\3C ` for `<`), control characters too.
public enum CSSString {
    /// `text` as a quoted CSS string.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22, 0x27, 0x5C, 0x3C, 0x3E, 0x26, 0x7B, 0x7D, 0x00...0x1F, 0x7F...0x9F:
                out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
