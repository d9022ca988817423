import AlmanacMarkup

/// The path of a line through a series with missing values. A missing value lifts the pen, so a
/// gap in the data is a gap in the line, never a straight bridge that suggests figures nobody
/// reported; a point with no neighbour on either side is listed apart, to be drawn as a dot.
struct GapPath {
    /// The points on the line, in order, each with whether the pen goes down there (`M`) or
    /// draws to it from the one before (`L`).
    private var points: [(index: Int, value: Double, moves: Bool)] = []
    /// Indices of the values that have no neighbouring value.
    var isolated: [Int] = []

    init(_ values: [Double?]) {
        func present(_ index: Int) -> Bool {
            index >= 0 && index < values.count && values[index].map(\.isFinite) == true
        }
        var penDown = false
        for index in values.indices {
            guard present(index), let value = values[index] else {
                penDown = false
                continue
            }
            if !present(index - 1), !present(index + 1) {
                isolated.append(index)
                continue
            }
            points.append((index, value, !penDown))
            penDown = true
        }
    }

    /// Whether there is a line to draw: two neighbouring values somewhere.
    var isEmpty: Bool { points.isEmpty }

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
