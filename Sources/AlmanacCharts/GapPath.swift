import AlmanacMarkup

/// The path of a line through a series with missing values. Two figures are joined when no
/// figure is expected between them (``ChartSeries/expected``): consecutive observations of a
/// five-yearly series, or of a series beside a yearly one, make one line. A figure expected but
/// missing lifts the pen, so a gap in the data is a gap in the line, never a straight bridge that
/// suggests figures nobody reported; a point joined to nothing is listed apart, to be drawn as a dot.
struct GapPath {
    /// The points on the line, in order, each with whether the pen goes down there (`M`) or
    /// draws to it from the one before (`L`).
    private(set) var points: [(index: Int, value: Double, moves: Bool)] = []
    /// Indices of the values joined to no other.
    var isolated: [Int] = []

    /// `values` aligned with the categories (nil where none, or where the scale cannot place
    /// one); `expected` as in ``ChartSeries/expected`` (nil: every category).
    init(_ values: [Double?], expected: [Bool]? = nil) {
        let present = values.indices.filter { values[$0].map(\.isFinite) == true }
        func expects(_ index: Int) -> Bool { expected.map { index < $0.count ? $0[index] : true } ?? true }
        func joined(_ a: Int, _ b: Int) -> Bool { (a + 1..<b).allSatisfy { !expects($0) } }
        for (position, index) in present.enumerated() {
            let before = position > 0 && joined(present[position - 1], index)
            let after = position + 1 < present.count && joined(index, present[position + 1])
            if !before && !after {
                isolated.append(index)
                continue
            }
            points.append((index, values[index]!, !before))
        }
    }

    /// Whether there is a line to draw: two joined values somewhere.
    var isEmpty: Bool { points.isEmpty }

    /// The straight pieces of the line, in order, as pairs of category indices.
    var segments: [(from: Int, to: Int)] {
        zip(points, points.dropFirst()).compactMap { $1.moves ? nil : ($0.index, $1.index) }
    }

    /// Where each run of joined points starts and ends.
    var runEnds: [Int] {
        points.indices.compactMap { position in
            let point = points[position]
            let last = position + 1 == points.count || points[position + 1].moves
            return point.moves || last ? point.index : nil
        }
    }

    /// SVG path data (`M…L…M…`).
    func write(x: (Int) -> Double, y: (Double) -> Double, into out: inout MarkupBytes) {
        for point in points {
            out.append(point.moves ? "M" : "L")
            out.append(number: x(point.index))
            out.append(byte: UInt8(ascii: " "))
            out.append(number: y(point.value))
        }
    }
}
