/// The values that go into and come out of ``Markdown/render(_:options:hooks:)``.
public struct MarkdownOptions: Sendable {
    /// Keep the author's raw HTML and every link URL. Off by default: raw HTML is dropped and
    /// `javascript:`/`vbscript:`/`file:`/`data:` (but image) URLs are emptied, as libcmark's safe mode does.
    public var unsafeHTML: Bool
    /// Line of the file on which the Markdown text starts (the line after the front matter).
    public var firstLine: Int

    public init(unsafeHTML: Bool = false, firstLine: Int = 1) {
        self.unsafeHTML = unsafeHTML
        self.firstLine = firstLine
    }
}

/// A fenced block whose info string is `chart` or `table`: YAML that describes what to draw.
public struct FencedBlock: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case chart, table, map
    }

    public var kind: Kind
    public var yaml: String
    /// 1-based line of the opening fence in the file; the YAML starts on the next line.
    public var line: Int

    public init(kind: Kind, yaml: String, line: Int) {
        self.kind = kind
        self.yaml = yaml
        self.line = line
    }
}

/// A problem at a place in the Markdown file (1-based line and column of the file).
public struct MarkdownIssue: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String
    /// The issue is that a figure is missing: no issue at all, if the figure is in a data file
    /// that could not be read (the site reports that file, not every reference to its figures).
    public var missingFigure: Bool

    public init(line: Int, column: Int = 1, message: String, missingFigure: Bool = false) {
        self.line = line
        self.column = column
        self.message = message
        self.missingFigure = missingFigure
    }
}

/// A heading of the document, for a table of contents.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var id: String
    public var text: String
}

/// What the rest of the site needs from a rendered Markdown document.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [Heading]
    /// The text of the first paragraph, for summaries.
    public var firstParagraph: String
    public var issues: [MarkdownIssue]
}

/// The site's part in rendering: what a `chart`/`table` block or a shortcode becomes (HTML), and
/// how a link written in the document is rewritten (site-root links made relative). A hook that
/// is nil leaves the block as a code block, the shortcode as text, and URLs as written.
public struct MarkdownHooks {
    public var block: ((FencedBlock) throws(MarkdownIssue) -> String)?
    public var shortcode: ((Shortcode) throws(MarkdownIssue) -> String)?
    public var url: ((String) -> String)?

    public init(
        block: ((FencedBlock) throws(MarkdownIssue) -> String)? = nil,
        shortcode: ((Shortcode) throws(MarkdownIssue) -> String)? = nil,
        url: ((String) -> String)? = nil
    ) {
        self.block = block
        self.shortcode = shortcode
        self.url = url
    }
}
