import CCmark

/// Chinese and Japanese prose has no spaces between words, but a soft line break in the source
/// renders as one: `整理成指标、\n地区` would read `指标、 地区`. A soft break between two CJK
/// characters (ideographs, kana, CJK and full-width punctuation) is therefore removed, as
/// markdown-it's cjk-breaks plugin and Pandoc's `east_asian_line_breaks` do. Korean, which
/// separates words with spaces, keeps its breaks.
enum CJKLineBreaks {
    static func apply(_ tree: CmarkTree) {
        for node in tree.nodes() where CmarkNode.type(node) == CMARK_NODE_SOFTBREAK {
            guard let previous = cmark_node_previous(node), let next = cmark_node_next(node),
                let before = CmarkNode.plainText(previous).unicodeScalars.last,
                let after = CmarkNode.plainText(next).unicodeScalars.first,
                isCJK(before), isCJK(after)
            else { continue }
            CmarkNode.remove(node)
        }
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
