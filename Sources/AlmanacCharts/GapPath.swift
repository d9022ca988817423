/// The path of a line through a series with missing values. A missing value lifts the pen, so a
/// gap in the data is a gap in the line, never a straight bridge that suggests figures nobody
/// reported; a point with no neighbour on either side is listed apart, to be drawn as a dot.
struct GapPath {
    /// SVG path data (`M…L…M…`), empty when no two neighbouring values exist.
    var data = ""
    /// Indices of the values that have no neighbouring value.
    var isolated: [Int] = []

    init(_ values: [Double?], x: (Int) -> Double, y: (Double) -> Double) {
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
            data += penDown ? "L" : "M"
            data += SVGText.number(x(index))
            data += " "
            data += SVGText.number(y(value))
            penDown = true
        }
    }
}
