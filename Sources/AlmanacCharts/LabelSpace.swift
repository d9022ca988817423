/// Where a label may go: the boxes of the marks, lines and labels already drawn, so that a new
/// label can be tried at a few places and put at the first where it touches none of them. Text
/// boxes are estimated as the layout tests read them back: the measured width placed by the
/// anchor, one font size high around the baseline's middle.
struct LabelSpace {
    struct Box: Equatable {
        var minX, maxX, minY, maxY: Double

        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        func grown(by margin: Double) -> Box { Box(minX: minX - margin, maxX: maxX + margin, minY: minY - margin, maxY: maxY + margin) }

        func inside(_ bounds: Box) -> Bool {
            minX >= bounds.minX && maxX <= bounds.maxX && minY >= bounds.minY && maxY <= bounds.maxY
        }
    }

    enum Anchor { case start, middle, end }

    /// The box of a text at `x` (placed by `anchor`) with its baseline at `y`, or centred on
    /// `y` when written with `dy="0.32em"`.
    static func text(_ width: Double, x: Double, y: Double, size: Double, anchor: Anchor, centred: Bool = false) -> Box {
        let minX: Double =
            switch anchor {
            case .start: x
            case .middle: x - width / 2
            case .end: x - width
            }
        let middle = centred ? y : y - 0.35 * size
        return Box(minX: minX, maxX: minX + width, minY: middle - size / 2, maxY: middle + size / 2)
    }

    private(set) var boxes: [Box] = []
    private var segments: [(x1: Double, y1: Double, x2: Double, y2: Double, pad: Double)] = []

    mutating func add(_ box: Box) { boxes.append(box) }

    /// A dot of radius `r`.
    mutating func addDot(x: Double, y: Double, r: Double) { boxes.append(Box(minX: x - r, maxX: x + r, minY: y - r, maxY: y + r)) }

    /// A straight line drawn `width` thick.
    mutating func addSegment(x1: Double, y1: Double, x2: Double, y2: Double, width: Double) {
        segments.append((x1, y1, x2, y2, width / 2))
    }

    /// Whether `box`, with `margin` around it, touches nothing added.
    func isFree(_ box: Box, margin: Double = 1) -> Bool {
        let grown = box.grown(by: margin)
        return !boxes.contains { $0.overlaps(grown) } && !segments.contains { Self.crosses($0, grown.grown(by: $0.pad)) }
    }

    /// Whether the segment passes through the box (Liang–Barsky clipping).
    private static func crosses(_ s: (x1: Double, y1: Double, x2: Double, y2: Double, pad: Double), _ box: Box) -> Bool {
        var t0 = 0.0
        var t1 = 1.0
        let dx = s.x2 - s.x1
        let dy = s.y2 - s.y1
        for (p, q) in [(-dx, s.x1 - box.minX), (dx, box.maxX - s.x1), (-dy, s.y1 - box.minY), (dy, box.maxY - s.y1)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let r = q / p
            if p < 0 {
                if r > t1 { return false }
                t0 = max(t0, r)
            } else {
                if r < t0 { return false }
                t1 = min(t1, r)
            }
        }
        return t0 <= t1
    }
}
