import Foundation

@testable import AlmanacCharts

/// Reads back what a chart drew: its size, the boxes its text takes (estimated with the same
/// widths the charts use), and the attributes of its marks — enough to check layout properties
/// such as "no two labels overlap" without a browser.
struct SVGInspection {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// Text content (for `text` and `title`), with entities decoded.
        var text = ""
        /// The font size in effect (from the nearest `font-size` on the element or an ancestor).
        var fontSize: Double
        /// Classes of the enclosing groups, outermost first.
        var groups: [String]
        /// The `text-anchor` in effect (from the element or its nearest group that sets one).
        var anchor: String?

        func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }

        /// A line's dots drawn as one path of round-capped zero-length strokes (the narrow drawing's).
        var isDots: Bool { name == "path" && attributes["class"] == "dots" }
    }

    struct Box: CustomStringConvertible {
        var text: String
        var minX, maxX, minY, maxY: Double

        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        var description: String { "\"\(text)\" [\(Int(minX))…\(Int(maxX)) × \(Int(minY))…\(Int(maxY))]" }
    }

    let source: String
    var elements: [Element] = []
    var width = 0.0
    var height = 0.0

    init(_ svg: String) {
        source = svg
        var sizes: [Double] = [12]
        var anchors: [String?] = [nil]
        var groups: [String] = []
        var open: [Int] = []  // indices of elements whose text is being read
        var index = svg.startIndex
        while let start = svg[index...].firstIndex(of: "<") {
            let content = svg[index..<start]
            if let current = open.last, !content.isEmpty { elements[current].text += Self.decode(String(content)) }
            guard let end = svg[start...].firstIndex(of: ">") else { break }
            let tag = String(svg[svg.index(after: start)..<end])
            index = svg.index(after: end)
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if name == "g" || name == "svg" {
                    sizes.removeLast()
                    anchors.removeLast()
                    if name == "g" { groups.removeLast() }
                }
                if name == "text" || name == "title" || name == "desc" { open.removeLast() }
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? String(tag.dropLast()) : tag
            let name = String(body.prefix { !$0.isWhitespace })
            let attributes = Self.attributes(body)
            let size = attributes["font-size"].flatMap(Double.init) ?? sizes.last!
            if name == "svg", let box = attributes["viewBox"]?.split(separator: " ").compactMap({ Double($0) }), box.count == 4 {
                width = box[2]
                height = box[3]
            }
            let anchor = attributes["text-anchor"] ?? anchors.last!
            elements.append(Element(name: name, attributes: attributes, fontSize: size, groups: groups, anchor: anchor))
            if !selfClosing {
                if name == "g" || name == "svg" {
                    sizes.append(size)
                    anchors.append(anchor)
                    if name == "g" { groups.append(attributes["class"] ?? "") }
                }
                if name == "text" || name == "title" || name == "desc" { open.append(elements.count - 1) }
            }
        }
    }

    private static func attributes(_ tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"([a-zA-Z0-9:-]+)="([^"]*)""#)
        for match in pattern.matches(in: tag, range: NSRange(tag.startIndex..., in: tag)) {
            let key = String(tag[Range(match.range(at: 1), in: tag)!])
            result[key] = decode(String(tag[Range(match.range(at: 2), in: tag)!]))
        }
        return result
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The text of every `<title>` of a mark (not the chart's own title).
    var markTitles: [String] { all("title").filter { $0.attributes["id"] == nil }.map(\.text) }

    /// The box each `<text>` takes: its measured width placed by its anchor, one font size high
    /// around its baseline (or around its middle, with `dy="0.32em"`).
    var textBoxes: [Box] {
        all("text").map { element in
            let x = element.number("x") ?? 0
            let y = element.number("y") ?? 0
            let size = element.fontSize
            let width = TextWidth.of(element.text, fontSize: size)
            let minX: Double =
                switch element.anchor {
                case "middle": x - width / 2
                case "end": x - width
                default: x
                }
            let middle = element.attributes["dy"] == "0.32em" ? y : y - 0.35 * size
            return Box(text: element.text, minX: minX, maxX: minX + width, minY: middle - size / 2, maxY: middle + size / 2)
        }
    }

    /// Pairs of text boxes that overlap.
    var overlappingText: [(Box, Box)] {
        let boxes = textBoxes
        var pairs: [(Box, Box)] = []
        for a in boxes.indices {
            for b in boxes.indices where b > a && boxes[a].overlaps(boxes[b]) { pairs.append((boxes[a], boxes[b])) }
        }
        return pairs
    }

    /// Text boxes that reach outside the viewBox.
    var textOutside: [Box] {
        textBoxes.filter { $0.minX < -0.5 || $0.maxX > width + 0.5 || $0.minY < -0.5 || $0.maxY > height + 0.5 }
    }
}
