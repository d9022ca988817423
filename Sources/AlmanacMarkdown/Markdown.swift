import Foundation
import CCmark

/// Renders CommonMark with libcmark and Almanac's transforms on the tree: `chart`/`table` blocks
/// and shortcodes become the HTML the site's hooks return (inserted as cmark custom nodes, which
/// the renderer emits verbatim even in safe mode), the author's raw HTML and links or images with
/// a `javascript:`-like URL are dropped unless allowed, site-root links are rewritten, soft breaks between CJK characters are dropped, and
/// headings get ids.
public enum Markdown {
    /// The version of the system's libcmark that renders the prose (`0.30.3`), for `--version`.
    public static var libcmarkVersion: String { String(cString: cmark_version_string()) }

    public static func render(_ text: String, options: MarkdownOptions = MarkdownOptions(), hooks: MarkdownHooks = MarkdownHooks()) -> RenderedMarkdown {
        // libcmark passes control characters through; HTML forbids them.
        let tree = CmarkTree(HTMLText.replacingForbidden(text))
        var issues: [MarkdownIssue] = []
        let lineOffset = options.firstLine - 1

        for node in tree.nodes() {
            let kind = CmarkNode.type(node)
            if kind == CMARK_NODE_CODE_BLOCK, let block = hooks.block,
                let blockKind = FencedBlock.Kind(rawValue: CmarkNode.fenceInfo(node).split(separator: " ").first.map(String.init) ?? "")
            {
                let fenced = FencedBlock(kind: blockKind, yaml: CmarkNode.literal(node), line: Int(cmark_node_get_start_line(node)) + lineOffset)
                do {
                    CmarkNode.replace(node, with: CmarkNode.customBlock(try block(fenced)))
                } catch {
                    issues.append(error)
                }
            } else if kind == CMARK_NODE_HTML_BLOCK || kind == CMARK_NODE_HTML_INLINE {
                if !options.unsafeHTML { CmarkNode.remove(node) }
            } else if kind == CMARK_NODE_LINK || kind == CMARK_NODE_IMAGE {
                let url = CmarkNode.url(node)
                if !options.unsafeHTML, UnsafeURL.isDangerous(url) {
                    // libcmark would empty the URL, leaving `<img src="">` (invalid) or a link to
                    // the page itself; the text stays, the link or image goes.
                    CmarkNode.unwrap(node)
                } else if let rewritten = hooks.url?(url), rewritten != url {
                    cmark_node_set_url(node, rewritten)
                }
            }
        }

        if let shortcode = hooks.shortcode, ShortcodeScanner.mayContainShortcode(text) {
            var locator = ShortcodeLocator(text, lineOffset: lineOffset)
            // Listed before any is changed: expanding one frees text nodes that a list of every
            // node would still hold. Paragraphs and headings never contain one another.
            let containers = tree.nodes().filter { CmarkNode.type($0) == CMARK_NODE_PARAGRAPH || CmarkNode.type($0) == CMARK_NODE_HEADING }
            for node in containers {
                let line = Int(cmark_node_get_start_line(node)) + lineOffset
                expandShortcodes(in: node, blockLine: line, hook: shortcode, locator: &locator, issues: &issues)
            }
        }

        CJKLineBreaks.apply(tree)

        var ids = HeadingIDs()
        var headings: [Heading] = []
        var firstParagraph: String?
        // Headings are replaced only after the walk: replacing one frees the nodes inside it.
        var headingNodes: [OpaquePointer] = []
        for node in tree.nodes() {
            let kind = CmarkNode.type(node)
            if kind == CMARK_NODE_PARAGRAPH, firstParagraph == nil {
                firstParagraph = CmarkNode.plainText(node)
            } else if kind == CMARK_NODE_HEADING {
                headingNodes.append(node)
            }
        }
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let title = Whitespace.trimmed(CmarkNode.plainText(node))
            let id = ids.unique(for: title)
            headings.append(Heading(level: level, id: id, text: title))
            let html = CmarkTree.html(node, unsafe: options.unsafeHTML)
            let open = "<h\(level)>"
            let withID = html.hasPrefix(open)
                ? "<h\(level) id=\"\(HTMLText.escape(id))\">" + html.dropFirst(open.count) : html
            // By UTF-8 byte: String's own dropLast counts every character of the heading first.
            let trimmed = withID.utf8.last == 0x0A ? String(Substring(withID.utf8.dropLast())) : withID
            CmarkNode.replace(node, with: CmarkNode.customBlock(trimmed))
        }

        return RenderedMarkdown(
            html: tree.html(unsafe: options.unsafeHTML), headings: headings, firstParagraph: firstParagraph ?? "",
            issues: issues.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
    }

    /// Replaces shortcodes in the inline content of `container` (recursing into emphasis and links).
    private static func expandShortcodes(
        in container: OpaquePointer, blockLine: Int, hook: (Shortcode) throws(MarkdownIssue) -> String,
        locator: inout ShortcodeLocator, issues: inout [MarkdownIssue]
    ) {
        mergeAdjacentText(in: container)
        for child in CmarkNode.children(container) {
            let kind = CmarkNode.type(child)
            guard kind == CMARK_NODE_TEXT else {
                if kind == CMARK_NODE_EMPH || kind == CMARK_NODE_STRONG || kind == CMARK_NODE_LINK {
                    expandShortcodes(in: child, blockLine: blockLine, hook: hook, locator: &locator, issues: &issues)
                }
                continue
            }
            let segments = ShortcodeScanner.scan(CmarkNode.literal(child))
            guard segments.contains(where: { if case .text = $0 { false } else { true } }) else { continue }
            for segment in segments {
                switch segment {
                case .text(let text):
                    cmark_node_insert_before(child, CmarkNode.text(text))
                case .shortcode(var shortcode):
                    (shortcode.line, shortcode.column) = locator.locate(shortcode.source, from: blockLine)
                    do {
                        cmark_node_insert_before(child, CmarkNode.customInline(try hook(shortcode)))
                    } catch {
                        issues.append(error)
                        cmark_node_insert_before(child, CmarkNode.text(shortcode.source))
                    }
                case .malformed(let source, let message):
                    let (line, column) = locator.locate(source, from: blockLine)
                    issues.append(MarkdownIssue(line: line, column: column, message: message))
                    cmark_node_insert_before(child, CmarkNode.text(source))
                }
            }
            CmarkNode.remove(child)
        }
    }

    /// libcmark splits text at characters that might start markup (`<`, `[`, `!`…); joining the
    /// pieces again lets a shortcode such as `{{< value a b 2024 >}}` be seen whole.
    private static func mergeAdjacentText(in container: OpaquePointer) {
        var previous: OpaquePointer?
        for child in CmarkNode.children(container) {
            if CmarkNode.type(child) == CMARK_NODE_TEXT, let first = previous {
                cmark_node_set_literal(first, CmarkNode.literal(first) + CmarkNode.literal(child))
                CmarkNode.remove(child)
            } else {
                previous = CmarkNode.type(child) == CMARK_NODE_TEXT ? child : nil
            }
        }
    }
}

/// Finds where each shortcode is written in the source, since libcmark keeps positions for blocks
/// only: occurrences of `{{<` are listed once (scanning UTF-8 bytes) and handed out in document order.
struct ShortcodeLocator {
    private struct Occurrence {
        var line: Int
        /// In Unicode scalars from the start of the line, 1-based.
        var column: Int
        /// Byte offset of `{{<` and of the end of its line.
        var start: Int
        var lineEnd: Int
        var used = false
    }

    private let bytes: [UInt8]
    private var occurrences: [Occurrence] = []

    init(_ text: String, lineOffset: Int) {
        bytes = Array(text.utf8)
        var lines = LineCursor(bytes[...])
        var number = lineOffset
        while let line = lines.next() {
            number += 1
            var index = line.content.lowerBound
            var column = 1
            while index < line.content.upperBound {
                if bytes[index] == 0x7B, index + 2 < line.content.upperBound, bytes[index + 1] == 0x7B, bytes[index + 2] == 0x3C {
                    occurrences.append(Occurrence(line: number, column: column, start: index, lineEnd: line.content.upperBound))
                }
                if bytes[index] & 0xC0 != 0x80 { column += 1 }  // a new scalar starts here
                index += 1
            }
        }
    }

    /// The position of the first unused occurrence at or after `line` that starts with `source`.
    mutating func locate(_ source: String, from line: Int) -> (line: Int, column: Int) {
        let index = occurrences.firstIndex { !$0.used && $0.line >= line && startsWith($0, source) }
            ?? occurrences.firstIndex { !$0.used && $0.line >= line }
        guard let index else { return (line, 1) }
        occurrences[index].used = true
        return (occurrences[index].line, occurrences[index].column)
    }

    private func startsWith(_ occurrence: Occurrence, _ source: String) -> Bool {
        bytes[occurrence.start..<occurrence.lineEnd].starts(with: source.utf8)
    }
}
