/// libFuzzer entry point for the shortcode scanner and Markdown rendering with every hook set:
/// scanning loses no text, and rendering any text — with blocks and shortcodes that succeed or
/// fail — never crashes, keeps issue positions inside the file and lets no raw HTML through.
import AlmanacMarkdown
import LibFuzzerDriver

func fuzzShortcodes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    let segments = ShortcodeScanner.scan(text)
    let rejoined = segments.map { segment -> String in
        switch segment {
        case .text(let text): return text
        case .shortcode(let shortcode): return shortcode.source
        case .malformed(let source, _): return source
        }
    }.joined()
    precondition(rejoined == text, "the scanner lost or invented text")

    let hooks = MarkdownHooks(
        block: { block throws(MarkdownIssue) in
            if block.yaml.contains("fail") { throw MarkdownIssue(line: block.line + 1, message: "block failed") }
            _ = try? YAMLValue.parse(block.yaml)
            return "<div class=\"block\">" + HTMLText.escape(block.yaml) + "</div>"
        },
        shortcode: { shortcode throws(MarkdownIssue) in
            if shortcode.arguments.isEmpty { throw MarkdownIssue(line: shortcode.line, column: shortcode.column, message: "no arguments") }
            return "<span>" + HTMLText.escape(shortcode.arguments.joined(separator: " ")) + "</span>"
        },
        url: { url in url.hasPrefix("/") ? "../" + url.dropFirst() : url })
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).count
    let rendered = Markdown.render(text, options: MarkdownOptions(firstLine: 3), hooks: hooks)
    for issue in rendered.issues {
        precondition(issue.line >= 3 && issue.line <= lines + 3, "issue line \(issue.line) outside the text")
        precondition(issue.column >= 1, "issue column out of range")
    }
    let html = rendered.html.lowercased()
    precondition(!html.contains("<script") && !html.contains("<iframe"), "raw HTML passed in safe mode")
    return 0
}

@main enum Main {
    static func main() { almanac_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { fuzzShortcodes($0, $1) } }
}
