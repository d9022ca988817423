import Foundation

/// The marks a chart drew, read back from its SVG — bars, columns and dots as boxes, lines and
/// paths as straight segments (with their stroke) — to check that no text sits on one: value
/// labels off their line and its dots, column labels off other columns, bar labels off other
/// rows' bars. Gridlines and axis lines (in `axis` groups) are not marks: text may cross them.
extension SVGInspection {
    struct Segment: CustomStringConvertible {
        var x1, y1, x2, y2: Double
        var width: Double

        var description: String { "(\(x1), \(y1))–(\(x2), \(y2))" }

        /// Whether the segment, `width` thick, passes through the box: an end inside it, or a
        /// crossing of one of its edges.
        func touches(_ box: Box) -> Bool {
            let pad = width / 2
            let grown = Box(text: "", minX: box.minX - pad, maxX: box.maxX + pad, minY: box.minY - pad, maxY: box.maxY + pad)
            func inside(_ x: Double, _ y: Double) -> Bool { x > grown.minX && x < grown.maxX && y > grown.minY && y < grown.maxY }
            if inside(x1, y1) || inside(x2, y2) { return true }
            let corners = [(grown.minX, grown.minY), (grown.maxX, grown.minY), (grown.maxX, grown.maxY), (grown.minX, grown.maxY)]
            for index in 0..<4 {
                let (a, b) = (corners[index], corners[(index + 1) % 4])
                if Self.cross((x1, y1), (x2, y2), a, b) { return true }
            }
            return false
        }

        private static func cross(_ p: (Double, Double), _ q: (Double, Double), _ r: (Double, Double), _ s: (Double, Double)) -> Bool {
            func orient(_ a: (Double, Double), _ b: (Double, Double), _ c: (Double, Double)) -> Double {
                (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
            }
            let d1 = orient(r, s, p)
            let d2 = orient(r, s, q)
            let d3 = orient(p, q, r)
            let d4 = orient(p, q, s)
            return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
        }
    }

    /// Whether an element is part of an axis (gridlines, the zero line under columns).
    private func inAxis(_ element: Element) -> Bool { element.groups.contains { $0.split(separator: " ").contains("axis") } }

    /// Bars, columns, legend squares and dots.
    var markBoxes: [Box] {
        elements.filter { !inAxis($0) }.compactMap { element in
            switch element.name {
            case "rect":
                let x = element.number("x") ?? 0
                let y = element.number("y") ?? 0
                return Box(text: "rect", minX: x, maxX: x + (element.number("width") ?? 0), minY: y, maxY: y + (element.number("height") ?? 0))
            case "circle":
                let (x, y, r) = (element.number("cx") ?? 0, element.number("cy") ?? 0, element.number("r") ?? 0)
                return Box(text: "dot", minX: x - r, maxX: x + r, minY: y - r, maxY: y + r)
            default:
                return nil
            }
        }
    }

    /// Every straight piece of every line and path that is not an axis.
    var markSegments: [Segment] {
        elements.filter { !inAxis($0) }.flatMap { element -> [Segment] in
            let width = element.number("stroke-width") ?? 1
            switch element.name {
            case "line":
                return [Segment(x1: element.number("x1") ?? 0, y1: element.number("y1") ?? 0, x2: element.number("x2") ?? 0, y2: element.number("y2") ?? 0, width: width)]
            case "path":
                return Self.segments(element.attributes["d"] ?? "", width: width)
            default:
                return []
            }
        }
    }

    /// The segments of path data made of M, L, H, h and V commands (what the charts write).
    static func segments(_ data: String, width: Double) -> [Segment] {
        var result: [Segment] = []
        var x = 0.0
        var y = 0.0
        let scanner = Scanner(string: data)
        scanner.charactersToBeSkipped = .whitespaces
        while let command = scanner.scanCharacter() {
            switch command {
            case "M", "L":
                guard let nx = scanner.scanDouble(), let ny = scanner.scanDouble() else { return result }
                if command == "L" { result.append(Segment(x1: x, y1: y, x2: nx, y2: ny, width: width)) }
                (x, y) = (nx, ny)
            case "H":
                guard let nx = scanner.scanDouble() else { return result }
                result.append(Segment(x1: x, y1: y, x2: nx, y2: y, width: width))
                x = nx
            case "h":  // relative: the narrow drawing's dots are `M x y h0`, a stroke as long as it is wide
                guard let dx = scanner.scanDouble() else { return result }
                result.append(Segment(x1: x, y1: y, x2: x + dx, y2: y, width: width))
                x += dx
            case "V":
                guard let ny = scanner.scanDouble() else { return result }
                result.append(Segment(x1: x, y1: y, x2: x, y2: ny, width: width))
                y = ny
            default:
                return result
            }
        }
        return result
    }

    /// Each text that touches a mark, with what it touches.
    var textOnMarks: [String] {
        let marks = markBoxes
        let segments = markSegments
        return textBoxes.flatMap { text in
            marks.filter { $0.overlaps(text) }.map { "\(text) on \($0)" } + segments.filter { $0.touches(text) }.map { "\(text) on line \($0)" }
        }
    }

    /// The smallest font size of any text, in user units.
    var smallestFontSize: Double? { all("text").map(\.fontSize).min() }
}
