import Testing

@testable import AlmanacMarkup

/// Markup written as bytes is the same text the plain string operations give.
@Suite struct MarkupBytesTests {
    /// A reference escape by Unicode scalar: forbidden code points made U+FFFD, then the five
    /// characters as entities.
    func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(Escaping.isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    func samples(_ count: Int) -> [String] {
        let pieces = [
            "&", "<", ">", "\"", "'", "a", " ", "\t", "\n", "\r", "\u{1}", "\u{7F}", "\u{85}", "\u{A0}", "临安", "（", "）",
            "é", "e\u{301}", "\"\u{301}", "😀",
        ] + [0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0xFFFD].map { String(Unicode.Scalar(UInt32($0))!) }
        var generator = SeededGenerator(seed: 0x416C_6D61_6E61_63)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func escapingMatchesTheScalarReference() {
        for text in samples(20_000) + ["", "plain", "<script>alert('x')</script>", "a\u{0}b"] {
            var bytes = MarkupBytes()
            bytes.append(escaping: text)
            #expect(bytes.string == reference(text), "\(text.debugDescription)")
            #expect(Escaping.escape(text) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func literalsMarkupAndOtherBuffersAreWrittenAsTheyAre() {
        var inner = MarkupBytes()
        inner.append("<b>")
        var bytes = MarkupBytes(capacity: 4)
        bytes.append("<p class=\"x\">")
        bytes.append("临安 & <i>already markup</i>" as String)
        bytes.append(inner)
        bytes.append(byte: UInt8(ascii: "!"))
        #expect(bytes.string == "<p class=\"x\">临安 & <i>already markup</i><b>!")
        #expect(bytes.count == bytes.string.utf8.count)
        #expect(bytes.bytes == Array(bytes.string.utf8))
        #expect(!bytes.isEmpty && MarkupBytes().isEmpty)
    }

    @Test func integersAndTenthsAreWrittenLikeTheirDecimalText() {
        for value in [0, 1, -1, 9, 10, 99, 100, 12345, -987_654_321, Int.max, Int.min + 1] {
            var bytes = MarkupBytes()
            bytes.append(integer: value)
            #expect(bytes.string == String(value))
        }
        let cases: [(Int, String)] = [(0, "0"), (5, "0.5"), (-5, "-0.5"), (10, "1"), (125, "12.5"), (-120, "-12"), (6400, "640"), (1, "0.1")]
        for (tenths, text) in cases {
            var bytes = MarkupBytes()
            bytes.append(tenths: tenths)
            #expect(bytes.string == text, "\(tenths)")
        }
    }
}

/// Text from content inside a `<style>` element's CSS string cannot end the string, the rule or
/// the element.
@Suite struct CSSStringTests {
    @Test func charactersThatCouldEndTheStringTheRuleOrTheElementAreEscaped() {
        #expect(CSSString.quoted("区域质量提升年报") == "\"区域质量提升年报\"")
        #expect(CSSString.quoted("a\"b") == "\"a\\22 b\"")
        #expect(CSSString.quoted("</style><script>") == "\"\\3C /style\\3E \\3C script\\3E \"")
        #expect(CSSString.quoted("x} body{display:none") == "\"x\\7D  body\\7B display:none\"")
        #expect(CSSString.quoted("back\\slash\nline\u{1B}") == "\"back\\5C slash\\A line\\1B \"")
        #expect(CSSString.quoted("O'Neil & Co") == "\"O\\27 Neil \\26  Co\"")
    }
}
