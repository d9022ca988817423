import AlmanacMarkup
import Foundation

/// The few HTML text operations Markdown rendering needs; `escape` also serves the site, which
/// escapes every string from content with it.
public enum HTMLText {
    /// Escapes text for an HTML attribute value or element content (see ``Escaping``, shared
    /// with the charts' SVG).
    public static func escape(_ text: String) -> String { Escaping.escape(text) }

    /// Control characters other than tab, line feed and carriage return, and noncharacters: a
    /// parse error in HTML and not well-formed in XML.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool { Escaping.isForbidden(scalar) }

    /// `text` with U+FFFD in place of each forbidden code point (one scalar for one, so positions stay).
    public static func replacingForbidden(_ text: String) -> String { Escaping.replacingForbidden(text) }

    /// The text of an HTML fragment Almanac generated itself (tags removed, the five entities
    /// undone). By Unicode scalar: a `>` or `;` that a combining mark follows still ends its tag.
    static func strippingTags(_ html: String) -> String {
        var text = String.UnicodeScalarView()
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" { inTag = true } else if scalar == ">" { inTag = false } else if !inTag { text.append(scalar) }
        }
        var result = String.UnicodeScalarView()
        var rest = text[...]
        while let first = rest.first {
            if first == "&", let (entity, scalar) = entities.first(where: { rest.starts(with: $0.entity.unicodeScalars) }) {
                result.append(scalar)
                rest = rest.dropFirst(entity.unicodeScalars.count)
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return String(result)
    }

    private static let entities: [(entity: String, scalar: Unicode.Scalar)] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ]
}
