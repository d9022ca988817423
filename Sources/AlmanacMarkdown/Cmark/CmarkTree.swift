import CCmark

/// A parsed CommonMark document owned by Swift: parse, edit nodes, render, free. `cmark_node*` is
/// not `Sendable`, so one tree lives inside one call of ``Markdown/render(_:options:hooks:)`` and
/// only `String`s leave it.
final class CmarkTree {
    let root: OpaquePointer

    init(_ markdown: String) {
        var markdown = markdown
        root = markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
    }

    deinit { cmark_node_free(root) }

    /// Every node, parents before children, in document order.
    func nodes() -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { result.append(node) }
        }
        return result
    }

    static func html(_ node: OpaquePointer, unsafe: Bool) -> String {
        guard let pointer = cmark_render_html(node, unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    func html(unsafe: Bool) -> String { Self.html(root, unsafe: unsafe) }
}

/// Small typed accessors over the C node API.
enum CmarkNode {
    static func type(_ node: OpaquePointer) -> cmark_node_type { cmark_node_get_type(node) }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    static func text(_ string: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, string)
        return node
    }

    static func customInline(_ html: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(node, html)
        return node
    }

    static func customBlock(_ html: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(node, html)
        return node
    }

    /// Puts `replacement` where `node` was and frees `node` with its children.
    static func replace(_ node: OpaquePointer, with replacement: OpaquePointer) {
        cmark_node_replace(node, replacement)
        cmark_node_free(node)
    }

    /// Puts the children of `node` where it was and frees `node` alone.
    static func unwrap(_ node: OpaquePointer) {
        for child in children(node) { cmark_node_insert_before(node, child) }
        remove(node)
    }

    static func remove(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// The text a reader sees in `node`, without markup (for heading ids and summaries).
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        func visit(_ node: OpaquePointer) {
            let kind = type(node)
            if kind == CMARK_NODE_TEXT || kind == CMARK_NODE_CODE {
                text += literal(node)
            } else if kind == CMARK_NODE_SOFTBREAK || kind == CMARK_NODE_LINEBREAK {
                text += " "
            } else if kind == CMARK_NODE_CUSTOM_INLINE {
                text += HTMLText.strippingTags(cmark_node_get_on_enter(node).map { String(cString: $0) } ?? "")
            }
            for child in children(node) { visit(child) }
        }
        visit(node)
        return text
    }
}
