import AlmanacMarkdown

/// A Markdown file of the site, split into front matter and body; rendered later, page by page.
struct MarkdownSource: Sendable {
    /// Relative to the site folder, for diagnostics.
    var file: String
    var fields: YAMLMapping
    var body: String
    var bodyFirstLine: Int

    /// Reads and splits `file`; nil (with a diagnostic) when it cannot be read or its front matter is bad.
    static func load(_ file: String, from files: SiteFiles, diagnostics: inout [Diagnostic]) -> MarkdownSource? {
        guard let text = files.text(file, diagnostics: &diagnostics) else { return nil }
        do {
            let split = try FrontMatter.parse(text)
            return MarkdownSource(file: file, fields: split.fields, body: split.body, bodyFirstLine: split.bodyFirstLine)
        } catch {
            diagnostics.append(.error(file, line: error.line, column: error.column, error.message))
            return nil
        }
    }
}
