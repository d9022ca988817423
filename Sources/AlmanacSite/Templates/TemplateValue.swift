import AlmanacMarkup
import Mustache

/// A page model as a site's Mustache template sees it: each stored property by its name, with the
/// rules docs/templates.md gives — a missing optional is `false` (so `{{#date}}` never picks up
/// the enclosing page's value, as Mustache's look-up up the context would), a list is `false`
/// when empty and `{items, count}` otherwise (so a heading can sit above `{{#items}}`), markup is
/// its HTML text (write it with `{{{…}}}`). Read through reflection: only a site that overrides a
/// part of the theme pays for it.
struct TemplateValue: MustacheParent {
    let value: Any

    func child(named name: String) -> Any? {
        guard let property = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        return Self.convert(property.value)
    }

    /// `value` as Mustache should see it.
    static func convert(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return false }
            return convert(wrapped)
        }
        switch value {
        case is String, is Bool, is Int, is Double, is [String: String], is TemplateValue:
            return value
        case let markup as MarkupBytes:
            return markup.string
        case let items as [Any]:
            return items.isEmpty ? false : ["items": items.map(convert), "count": items.count] as [String: Any]
        default:
            return mirror.displayStyle == .struct || mirror.displayStyle == .class ? TemplateValue(value: value) : "\(value)"
        }
    }
}

/// What a site's template is rendered with: its part's model, the page's own values (`title`,
/// and for the layout `content`, `header`, `footer`) and the frame every template sees (`site`,
/// `t`, `root`, `indexFile`, `nav`…), looked up in that order.
struct TemplateContext: MustacheParent {
    let frame: PageFrame
    var values: [String: Any] = [:]
    var model: Any?

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        if let model, let value = TemplateValue(value: model).child(named: name) { return value }
        return frame.child(named: name)
    }
}
