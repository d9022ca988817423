import AlmanacMarkdown

/// Renders a Markdown file of the site on a page: blocks and shortcodes from the model, links
/// made relative to the page, raw HTML only when `unsafe_html: true`.
extension PageScope {
    func renderProse(_ source: MarkdownSource) -> RenderedMarkdown {
        let hooks = MarkdownHooks(
            block: { block throws(MarkdownIssue) in try self.renderBlock(block) },
            shortcode: { shortcode throws(MarkdownIssue) in try self.renderShortcode(shortcode) },
            url: { self.links.rewrite($0) })
        let options = MarkdownOptions(
            unsafeHTML: environment.content.config.unsafeHTML, firstLine: source.bodyFirstLine)
        let rendered = Markdown.render(source.body, options: options, hooks: hooks)
        diagnostics += rendered.issues.map { Diagnostic($0, file: source.file) }
        return rendered
    }
}
