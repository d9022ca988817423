import AlmanacMarkup

/// The built-in region tree and its `partials/region-node`.
extension RegionsPage {
    func write(into out: inout MarkupBytes, _ theme: ThemeParts) {
        out.append("<h1>")
        out.append(escaping: title)
        out.append("</h1>\n<ul class=\"region-tree\">\n")
        for node in regions { theme.regionNode(node, into: &out) }
        out.append("</ul>\n")
    }
}

enum RegionsMarkup {
    static func node(_ node: RegionNode, _ theme: ThemeParts, into out: inout MarkupBytes) {
        out.append("<li>")
        ArticleListMarkup.link(node.href, node.name, into: &out)
        if let level = node.level {
            out.append(" <span class=\"level\">")
            out.append(escaping: level)
            out.append("</span>")
        }
        if !node.subtree.isEmpty {
            out.append("\n<ul>\n")
            for child in node.subtree { theme.regionNode(child, into: &out) }
            out.append("</ul>\n")
        }
        out.append("</li>\n")
    }
}
