import AlmanacMarkdown
import Mustache

/// How `{{name}}` escapes in every template: by Unicode scalar, with ``HTMLText/escape(_:)``.
/// Mustache's own HTML escaping looks characters up as whole grapheme clusters, so a quote that
/// a combining mark follows (`"\u{301}`) is one `Character` that is not `"` and went out as it
/// was: enough to end an attribute value and start an `onmouseover=` from a region's name.
/// The theme puts ``pragma`` in front of each template's text to switch to this escaping.
struct TemplateEscaping: MustacheContentType {
    static let name = "ALMANAC_HTML"

    /// Set on a template's first line, so the line numbers of template errors stay right.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }

    /// Registers the content type with Mustache, once, before the first template is parsed.
    static let register: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)
}
