import Testing

@testable import AlmanacSite

/// The sanitiser of everything shown on a terminal or in the preview's overlay, and the cap on a
/// file's diagnostics.
@Suite struct ShownTextTests {
    @Test(arguments: [
        ("\u{1B}[2J", #"\u{1B}[2J"#),
        ("a\rBuilt 69 pages", #"a\u{D}Built 69 pages"#),
        ("\u{1B}]0;title\u{07}", #"\u{1B}]0;title\u{7}"#),
        ("nul\u{0}here", #"nul\u{0}here"#),
        ("tab\tand\nline", #"tab\u{9}and\u{A}line"#),
        ("del\u{7F} c1\u{9B}", #"del\u{7F} c1\u{9B}"#),
        ("abc\u{202E}fed", #"abc\u{202E}fed"#),
        ("sep\u{2028}x", #"sep\u{2028}x"#),
    ])
    func controlsAreShownEscaped(text: String, shown: String) {
        #expect(ShownText.safe(text) == shown)
    }

    /// A message may go on over lines, each indented: none can pass for a line of its own.
    @Test func aMessageOfSeveralLinesIsIndented() {
        #expect(ShownText.safe("failed; its standard error ends:\n    no such table\n    x", lines: true)
            == "failed; its standard error ends:\n    no such table\n    x")
        #expect(ShownText.safe("a\nBuilt 69 pages\n  b\n\rc", lines: true) == "a\n    Built 69 pages\n    b\n    \\u{D}c")
        #expect(ShownText.safe("a\nb") == #"a\u{A}b"#)
        let file = Diagnostic.error("Content/pages/a\nb.md", line: 3, "YAML: bad\nContent/x.md:1:1: error: fake")
        #expect(file.description == "Content/pages/a\\u{A}b.md:3:1: error: YAML: bad\n    Content/x.md:1:1: error: fake")
    }

    @Test func textThatIsSafeIsLeftAlone() {
        let text = #"Content/data/临安.csv:2:3: error: value "12,5" is not a number (indicator patents) — 较上年 \u{1B} ✓ 👍🏽"#
        #expect(ShownText.safe(text) == text)
        // Escaping is done once: what is shown is safe as it is.
        #expect(ShownText.safe(ShownText.safe("\u{1B}x")) == ShownText.safe("\u{1B}x"))
    }

    @Test func aLongQuoteIsCutWithItsSize() {
        let name = String(repeating: "x", count: 200_000) + "\u{1B}"
        let shown = ShownText.safe("unknown column \"\(name)\": not an indicator")
        #expect(shown == "unknown column \"" + String(repeating: "x", count: ShownText.quoteLimit - 20) + "…\" (200,001 bytes): not an indicator")
        // A quote of at most the limit is shown whole.
        let short = String(repeating: "y", count: ShownText.quoteLimit)
        #expect(ShownText.safe("a \"\(short)\" b") == "a \"\(short)\" b")
        // Sizes are in bytes of UTF-8.
        #expect(ShownText.safe("\"" + String(repeating: "长", count: 100) + "\"").hasSuffix("…\" (300 bytes)"))
    }

    @Test func aLongMessageIsCutWithItsSize() {
        let shown = ShownText.safe(String(repeating: "a ", count: 5_000))
        #expect(shown.hasPrefix(String(repeating: "a ", count: ShownText.messageLimit / 2)))
        #expect(shown.hasSuffix("… (cut: 10,000 bytes in all)"))
        #expect(ShownText.grouped(0) == "0" && ShownText.grouped(999) == "999" && ShownText.grouped(1_000) == "1,000")
        #expect(ShownText.grouped(209_715_200) == "209,715,200")
    }

    @Test func aFilesDiagnosticsAreCappedWithACountOfTheRest() {
        var diagnostics = (1...60).map { Diagnostic.error("Content/data/wide.csv", line: 1, column: $0 + 2, "unknown column \"c\($0)\"") }
        diagnostics.insert(.warning("Content/data/wide.csv", line: 9, "a warning"), at: 55)
        diagnostics.append(.error("Content/pages/a.md", line: 3, "bad"))
        let shown = Diagnostic.shown(diagnostics, perFile: 50)
        #expect(shown.count == 52)
        #expect(Array(shown.prefix(50)) == Array(diagnostics.prefix(50)))
        #expect(shown[50].description == "Content/data/wide.csv:1:52: error: and 10 more errors and 1 more warning in this file, not shown")
        #expect(shown[51] == diagnostics.last)
        // A file under the cap is shown whole, with no line added.
        #expect(Diagnostic.shown(Array(diagnostics.prefix(50))) == Array(diagnostics.prefix(50)))
        let warnings = (1...3).map { Diagnostic.warning("Content/site.yml", line: $0, "w") }
        #expect(Diagnostic.shown(warnings, perFile: 1).map(\.description) == [
            "Content/site.yml:1:1: warning: w", "Content/site.yml:1:1: warning: and 2 more warnings in this file, not shown",
        ])
    }
}
