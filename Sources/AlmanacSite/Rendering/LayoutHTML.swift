import AlmanacMarkdown
import AlmanacMarkup

/// The built-in `layout.mustache` with its `partials/head` written directly in Swift, byte for
/// byte (a test renders both and compares). Every page goes through the layout, and its dozen
/// lookups cost swift-mustache a dynamic cast or more each. A site that overrides `layout` or
/// `partials/head` gets its own templates. Measured with `perf` on 10,000 articles, swift-mustache
/// rendering the layout and the article template was 28 % of a build's CPU (see ArticleHTML.swift
/// for the whole change).
enum LayoutHTML {
    /// The page's values the built-in layout reads.
    struct Page {
        var language: String
        var pageTitle: String
        var description: String?
        var canonical: String?
        var css: String
        var kind: String
        var skip: String
        var header: String
        var content: MarkupBytes
        var footer: String
    }

    /// The page's bytes, written straight into one array of the right size: a county's page is
    /// a few hundred kilobytes, and going through a string first copied them once more.
    static func render(_ page: Page) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(page.content.count + page.header.utf8.count + page.footer.utf8.count + 1024)
        out += "<!DOCTYPE html>\n<html lang=\"".utf8
        out += HTMLText.escape(page.language).utf8
        out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>".utf8
        out += HTMLText.escape(page.pageTitle).utf8
        out += "</title>\n".utf8
        if let description = page.description, !description.isEmpty {
            out += "<meta name=\"description\" content=\"".utf8
            out += HTMLText.escape(description).utf8
            out += "\">\n".utf8
        }
        if let canonical = page.canonical, !canonical.isEmpty {
            out += "<link rel=\"canonical\" href=\"".utf8
            out += HTMLText.escape(canonical).utf8
            out += "\">\n".utf8
        }
        out += "<meta name=\"generator\" content=\"Almanac\">\n<link rel=\"stylesheet\" href=\"".utf8
        out += HTMLText.escape(page.css).utf8
        out += "\">\n</head>\n<body class=\"kind-".utf8
        out += HTMLText.escape(page.kind).utf8
        out += "\">\n<a class=\"skip-link\" href=\"#main\">".utf8
        out += HTMLText.escape(page.skip).utf8
        out += "</a>\n".utf8
        out += page.header.utf8
        out += "\n<main id=\"main\" class=\"wrap\">\n".utf8
        out += page.content.bytes
        out += "\n</main>\n".utf8
        out += page.footer.utf8
        out += "\n</body>\n</html>\n".utf8
        return out
    }
}
