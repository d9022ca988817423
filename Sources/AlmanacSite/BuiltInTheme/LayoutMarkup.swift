import AlmanacMarkup

/// The built-in page layout: the document around every page's content, with the head (title,
/// description, canonical link, stylesheet), the skip link, the header and the footer.
enum LayoutMarkup {
    /// `head` writes what goes inside `<head>` (the built-in ``head(_:title:into:)`` or a site's `partials/head`).
    static func write(
        _ frame: PageFrame, title: String, content: MarkupBytes, header: MarkupBytes, footer: MarkupBytes,
        into out: inout MarkupBytes, head: (inout MarkupBytes) -> Void
    ) {
        out.append("<!DOCTYPE html>\n<html lang=\"")
        out.append(escaping: frame.site.language)
        out.append("\">\n<head>\n")
        head(&out)
        if out.bytes.last != UInt8(ascii: "\n") { out.append("\n") }
        out.append("</head>\n<body class=\"kind-")
        out.append(escaping: frame.kind)
        out.append("\">\n<a class=\"skip-link\" href=\"#main\">")
        out.append(escaping: frame.t["skip"] ?? "")
        out.append("</a>\n")
        out.append(header)
        out.append("\n<main id=\"main\" class=\"wrap\">\n")
        out.append(content)
        out.append("\n</main>\n")
        out.append(footer)
        out.append("\n</body>\n</html>\n")
    }

    /// The built-in `partials/head`.
    static func head(_ frame: PageFrame, title: String, into out: inout MarkupBytes) {
        out.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        out.append(escaping: frame.pageTitle(title))
        out.append("</title>\n")
        if let description = frame.site.description {
            out.append("<meta name=\"description\" content=\"")
            out.append(escaping: description)
            out.append("\">\n")
        }
        if let canonical = frame.canonical {
            out.append("<link rel=\"canonical\" href=\"")
            out.append(escaping: canonical)
            out.append("\">\n")
        }
        for alternate in frame.alternates {
            out.append("<link rel=\"alternate\" hreflang=\"")
            out.append(escaping: alternate.hreflang)
            out.append("\" href=\"")
            out.append(escaping: alternate.url)
            out.append("\">\n")
        }
        out.append("<meta name=\"generator\" content=\"Almanac\">\n<link rel=\"stylesheet\" href=\"")
        out.append(escaping: frame.css)
        out.append("\">\n")
        // The report's title in the top margin of every printed page (the stylesheet, shared by
        // every site, cannot know it); the page numbers are the stylesheet's.
        out.append("<style media=\"print\">@page { @top-left { content: ")
        out.append(CSSString.quoted(frame.site.title))
        out.append("; } }</style>\n")
    }
}
