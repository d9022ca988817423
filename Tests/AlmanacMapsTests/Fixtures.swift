import AlmanacMaps
import Foundation

/// Boundary files built in the tests: GeoJSON text from rings of (lon, lat) pairs, and a grid of
/// neighbouring cells whose shared edges carry wiggly extra points, so that simplification has
/// something to remove and neighbours something to keep in common.
enum Fixtures {
    typealias Ring = [(Double, Double)]

    static func feature(_ properties: [String: String], _ polygons: [[Ring]]) -> String {
        let props = properties.keys.sorted().map { "\"\($0)\":\"\(properties[$0]!)\"" }.joined(separator: ",")
        let coordinates = polygons.map { polygon in
            "[" + polygon.map { ring in "[" + ring.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }
        let geometry =
            polygons.count == 1
            ? "{\"type\":\"Polygon\",\"coordinates\":\(coordinates[0])}"
            : "{\"type\":\"MultiPolygon\",\"coordinates\":[\(coordinates.joined(separator: ","))]}"
        return "{\"type\":\"Feature\",\"properties\":{\(props)},\"geometry\":\(geometry)}"
    }

    static func collection(_ features: [String]) -> [UInt8] {
        Array("{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}".utf8)
    }

    static func read(_ text: String, file: String = "test.geojson") -> BoundaryReader.Reading {
        BoundaryReader.read(Array(text.utf8), file: file)
    }

    static func boundaries(_ bytes: [UInt8], file: String = "test.geojson") -> Boundaries {
        let reading = BoundaryReader.read(bytes, file: file)
        precondition(reading.issues.allSatisfy { $0.severity == .warning }, "\(reading.issues)")
        return reading.boundaries!
    }

    /// A point along the edge from a to b at t, pushed sideways by a small deterministic wiggle.
    static func along(_ a: (Double, Double), _ b: (Double, Double), _ t: Double, wiggle: Double) -> (Double, Double) {
        let dx = b.0 - a.0
        let dy = b.1 - a.1
        let bump = sin(t * .pi * 6 + a.0 * 3.1 + a.1 * 1.7 + b.0 * 0.3 + b.1 * 0.7) * wiggle
        return (a.0 + dx * t - dy * bump, a.1 + dy * t + dx * bump)
    }

    /// The edge from a to b with `steps - 1` wiggly points between; the same points whichever way
    /// round it is asked for, as neighbours' shared edges are in a real file.
    static func edge(_ a: (Double, Double), _ b: (Double, Double), steps: Int, wiggle: Double) -> Ring {
        let forward = (a.0, a.1) < (b.0, b.1)
        let (p, q) = forward ? (a, b) : (b, a)
        var points = [p] + (1..<steps).map { along(p, q, Double($0) / Double(steps), wiggle: wiggle) } + [q]
        if !forward { points.reverse() }
        return Array(points.dropLast())
    }

    /// `columns` × `rows` cells of `size` degrees from (west, south), keys `c<col>-<row>`.
    static func grid(columns: Int, rows: Int, west: Double = 0, south: Double = 0, size: Double = 1, steps: Int = 8, wiggle: Double = 0.03)
        -> [UInt8]
    {
        var features: [String] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let x0 = west + Double(column) * size
                let y0 = south + Double(row) * size
                let corners = [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size)]
                var ring: Ring = []
                for index in 0..<4 {
                    ring += edge(corners[index], corners[(index + 1) % 4], steps: steps, wiggle: wiggle)
                }
                ring.append(ring[0])
                features.append(feature(["key": "c\(column)-\(row)", "name": "Cell \(column),\(row)"], [[ring]]))
            }
        }
        return collection(features)
    }
}
