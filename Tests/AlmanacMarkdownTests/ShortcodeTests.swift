import Testing

@testable import AlmanacMarkdown

@Suite struct ShortcodeTests {
    @Test func scansShortcodesAmongText() {
        let segments = ShortcodeScanner.scan("产值 {{< value output linan 2020 >}}，增长{{<cagr output linan 2016 2020>}}。")
        #expect(segments == [
            .text("产值 "),
            .shortcode(Shortcode(name: "value", arguments: ["output", "linan", "2020"], source: "{{< value output linan 2020 >}}")),
            .text("，增长"),
            .shortcode(Shortcode(name: "cagr", arguments: ["output", "linan", "2016", "2020"], source: "{{<cagr output linan 2016 2020>}}")),
            .text("。"),
        ])
    }

    @Test func quotedArguments() {
        let segments = ShortcodeScanner.scan("{{< note \"two words\" x >}}")
        #expect(segments == [.shortcode(Shortcode(name: "note", arguments: ["two words", "x"], source: "{{< note \"two words\" x >}}"))])
    }

    @Test func malformedShortcodes() {
        #expect(ShortcodeScanner.scan("a {{< value x") == [
            .text("a "), .malformed(source: "{{< value x", message: "shortcode is not closed with >}} on the same line"),
        ])
        #expect(ShortcodeScanner.scan("{{< >}}") == [.malformed(source: "{{< >}}", message: "shortcode has no name")])
        #expect(ShortcodeScanner.scan("{{< a \"b >}}") == [.malformed(source: "{{< a \"b >}}", message: "shortcode has an unclosed quote")])
    }

    @Test func plainTextIsOneSegment() {
        #expect(ShortcodeScanner.scan("no codes {{ here }}") == [.text("no codes {{ here }}")])
    }
}
