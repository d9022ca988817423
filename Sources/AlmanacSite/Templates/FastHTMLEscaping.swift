import AlmanacMarkdown
import Mustache

/// The HTML escaping every template renders with: the same five characters as swift-mustache's
/// built-in HTML content type (`& < > " '`), but with ``HTMLText/escape(_:)``, which works over
/// UTF-8 bytes and returns the string itself when there is nothing to escape, where the built-in
/// escaper walks `Character`s and looks each up in a dictionary. Working on bytes is also what
/// makes it safe: the built-in
/// escaper compares grapheme clusters, so a quote that a combining mark follows (`"\u{301}`) went
/// out unescaped and could end an attribute value.
struct FastHTMLEscaping: MustacheContentType {
    static let name = "ALMANAC_HTML"

    /// The first line ``Theme`` puts in front of every template: a standalone tag, so it adds no
    /// output and only moves the template down by one line.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type with swift-mustache, once, before any template is parsed.
    static let register: Void = MustacheContentTypes.register(FastHTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
