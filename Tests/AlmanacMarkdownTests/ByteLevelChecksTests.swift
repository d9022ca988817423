import Foundation
import Testing

@testable import AlmanacMarkdown

/// The checks that work on UTF-8 bytes for speed decide exactly as their plain versions by
/// Unicode scalar would.
@Suite struct ByteLevelChecksTests {
    /// Strings of pieces that matter to the checks: scheme letters in both cases, spaces and
    /// control characters, and scalars that lower-case oddly or are forbidden.
    func samples(_ count: Int) -> [String] {
        let pieces = [
            "javascript:", "JaVaScRiPt:", "vbscript:", "FILE:", "file", "data:", "DATA:image/png", "data:image/svg+xml",
            "data:image/webp", " ", "\t", "\u{1}", "\u{20}", "\u{7F}", "\u{85}", "K",
            "\u{212A}", "İ", "临安", "x", ":", "/", "é",
        ] + [0xFDD0, 0xFFFE, 0x1FFFF].map { String(Unicode.Scalar(UInt32($0))!) }
        var generator = SeededGenerator(seed: 0x416C_6D61_6E61_63)
        return (0..<count).map { _ in (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
    }

    @Test func dangerousURLsAreTheOnesTheScalarCheckFinds() {
        func reference(_ url: String) -> Bool {
            let trimmed = String(String.UnicodeScalarView(url.unicodeScalars.drop { $0.value <= 0x20 })).lowercased()
            if ["javascript:", "vbscript:", "file:"].contains(where: trimmed.hasPrefix) { return true }
            guard trimmed.hasPrefix("data:") else { return false }
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: trimmed.hasPrefix)
        }
        for url in samples(20_000) + ["\u{212A}javascript:x", " \u{1}JAVASCRIPT:alert(1)", "data:image/gif,x", "Data:Image/JPEG;x"] {
            #expect(UnsafeURL.isDangerous(url) == reference(url), "\(url.debugDescription)")
        }
    }

    @Test func forbiddenCodePointsAreReplacedAsByTheScalarWalk() {
        for text in samples(20_000) {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map { HTMLText.isForbidden($0) ? "\u{FFFD}" : $0 }))
            #expect(HTMLText.replacingForbidden(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func everyCJKIdeographOnTheSlugsFastPathIsALetter() {
        for value in UInt32(0x4E00)...0x9FFF {
            let scalar = Unicode.Scalar(value)!
            #expect(scalar.properties.generalCategory == .otherLetter)
        }
        #expect(HeadingIDs.slug("质量 基础设施") == "质量-基础设施")
    }

    @Test func headingTextIsTrimmedAsFoundationTrimsWhitespace() {
        #expect(Set((UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter(Whitespace.isWhitespace))
            == Set((UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter(CharacterSet.whitespaces.contains)))
        let spaces = [" ", "\t", "\u{3000}", "\u{A0}", "\u{200B}", "\u{2003}", "\n", "\u{301}"]
        for text in samples(5_000).map({ spaces.randomElement()! + $0 + spaces.randomElement()! }) + ["", "  ", "\u{3000}标题\u{3000}"] {
            #expect(Whitespace.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }
}
