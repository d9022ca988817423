import Testing

@testable import AlmanacMarkdown

/// Rendering through libcmark with Almanac's transforms, through the public entry point.
@Suite struct MarkdownTests {
    @Test func headingsGetStableUniqueIDs() {
        let result = Markdown.render("# 质量 提升\n\n## Quality & Standards\n\n## 质量 提升\n\n### `code` *em*\n")
        #expect(result.html.contains("<h1 id=\"质量-提升\">质量 提升</h1>"))
        #expect(result.html.contains("<h2 id=\"quality-standards\">Quality &amp; Standards</h2>"))
        #expect(result.html.contains("<h2 id=\"质量-提升-1\">质量 提升</h2>"))
        #expect(result.html.contains("<h3 id=\"code-em\"><code>code</code> <em>em</em></h3>"))
        #expect(result.headings.map(\.id) == ["质量-提升", "quality-standards", "质量-提升-1", "code-em"])
        #expect(result.headings.map(\.level) == [1, 2, 2, 3])
    }

    @Test func rawHTMLAndUnsafeLinksAreDroppedByDefault() {
        let source = "<script>alert(1)</script>\n\nText <b onclick=\"x\">bold</b> [link](javascript:alert(1)) ![i](data:image/png;base64,AA)\n"
        let safe = Markdown.render(source).html
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("<b onclick"))
        #expect(!safe.contains("javascript:"))
        #expect(safe.contains("bold link <img src=\"data:image/png;base64,AA\""))  // the link's text stays, not the link
        #expect(safe.contains("src=\"data:image/png;base64,AA\""))
        let unsafe = Markdown.render(source, options: MarkdownOptions(unsafeHTML: true)).html
        #expect(unsafe.contains("<script>alert(1)</script>"))
        #expect(unsafe.contains("<b onclick=\"x\">bold</b>"))
        #expect(unsafe.contains("href=\"javascript:alert(1)\""))
    }

    @Test func unsafeImagesAndLinksLeaveTheirTextNotAnEmptyURL() {
        let source = "![chart](javascript:alert(1)) [a](VBScript:x) [b](< JavaScript:x>) ![c](data:text/html,x) [d](file:///etc/passwd) "
            + "[e](https://example.org/) ![f](data:image/webp;base64,AA)\n"
        let html = Markdown.render(source).html
        #expect(html == "<p>chart a b c d <a href=\"https://example.org/\">e</a> <img src=\"data:image/webp;base64,AA\" alt=\"f\" /></p>\n")
    }

    @Test func chartAndTableBlocksBecomeTheHooksHTMLInBothModes() {
        var seen: [FencedBlock] = []
        let hooks = MarkdownHooks(block: { block throws(MarkdownIssue) in
            seen.append(block)
            return "<svg role=\"img\"><title>\(block.kind.rawValue)</title></svg>"
        })
        let source = "intro\n\n```chart\ntype: line\nindicator: x\n```\n\n```table\nindicator: x\n```\n\n```swift\nlet a = 1\n```\n"
        for unsafe in [false, true] {
            seen = []
            let html = Markdown.render(source, options: MarkdownOptions(unsafeHTML: unsafe, firstLine: 5), hooks: hooks).html
            #expect(html.contains("<svg role=\"img\"><title>chart</title></svg>"))
            #expect(html.contains("<svg role=\"img\"><title>table</title></svg>"))
            #expect(html.contains("<pre><code class=\"language-swift\">let a = 1\n</code></pre>"))
            #expect(!html.contains("raw HTML omitted"))
            #expect(seen.map(\.line) == [7, 12])
            #expect(seen.first?.yaml == "type: line\nindicator: x\n")
        }
    }

    @Test func blockErrorsAreCollected() {
        let hooks = MarkdownHooks(block: { block throws(MarkdownIssue) in
            throw MarkdownIssue(line: block.line + 1, column: 1, message: "unknown option")
        })
        let result = Markdown.render("a\n\n```chart\ntyp: x\n```\n", hooks: hooks)
        #expect(result.issues == [MarkdownIssue(line: 4, column: 1, message: "unknown option")])
    }

    @Test func shortcodesAreExpandedWithTheirPositions() {
        var calls: [Shortcode] = []
        let hooks = MarkdownHooks(shortcode: { code throws(MarkdownIssue) in
            calls.append(code)
            if code.name == "bad" { throw MarkdownIssue(line: code.line, column: code.column, message: "no such figure") }
            return "<span class=\"figure\">\(code.arguments.joined(separator: "/"))</span>"
        })
        let source = "---\n---\n# 标题 {{< value a b 2020 >}}\n\n产值 *{{< value x y 2024 >}}* 和\n{{< bad q >}}，`{{< value in code >}}`\n"
        let result = Markdown.render(source, options: MarkdownOptions(firstLine: 3), hooks: hooks)
        #expect(result.html.contains("<span class=\"figure\">x/y/2024</span>"))
        #expect(result.html.contains("<code>{{&lt; value in code &gt;}}</code>"))
        #expect(result.headings.first?.text == "标题 a/b/2020")
        // The body's two thematic breaks are lines 3 and 4 of the file: the heading is on line 5.
        #expect(calls.map(\.line) == [5, 7, 8])
        #expect(calls.map(\.column) == [6, 5, 1])
        #expect(result.issues == [MarkdownIssue(line: 8, column: 1, message: "no such figure")])
    }

    @Test func unclosedShortcodeIsAnIssue() {
        let hooks = MarkdownHooks(shortcode: { _ throws(MarkdownIssue) in "" })
        let result = Markdown.render("text\n\nsee {{< value a b\n", hooks: hooks)
        #expect(result.issues == [MarkdownIssue(line: 3, column: 5, message: "shortcode is not closed with >}} on the same line")])
    }

    @Test func siteRootLinksAreRewritten() {
        let hooks = MarkdownHooks(url: { $0.hasPrefix("/") ? "../.." + $0 : $0 })
        let html = Markdown.render("[a](/regions/linan/) [b](https://example.org/) ![c](/img.png)", hooks: hooks).html
        #expect(html.contains("href=\"../../regions/linan/\""))
        #expect(html.contains("href=\"https://example.org/\""))
        #expect(html.contains("src=\"../../img.png\""))
    }

    @Test func softBreaksBetweenCJKCharactersDisappear() {
        let html = Markdown.render("整理成指标、\n地区和年度。\nThen English\ntext, 中文\nand more.").html
        #expect(html.contains("整理成指标、地区和年度。\nThen English\ntext, 中文\nand more."))
    }

    @Test func firstParagraphForSummaries() {
        #expect(Markdown.render("# Title\n\nFirst *para*\ngraph.\n\nSecond.").firstParagraph == "First para graph.")
    }
}
