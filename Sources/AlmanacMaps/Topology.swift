/// Rings turned into shared arcs, as TopoJSON does: a point is a junction where the rings through it
/// do not all have the same two neighbours there (where a border between two features meets a
/// third, or the coast); each ring is cut at its junctions, and the stretches two rings have in
/// common (walked either way) become one arc. Simplifying each arc once then keeps neighbours'
/// borders identical. Points are compared exactly: neighbours in a boundary file share vertices.
struct Topology {
    var arcs: [[GeoPoint]] = []
    /// For each input ring, its arcs in order.
    var rings: [[ArcReference]] = []

    /// `rings` closed (first point repeated at the end).
    init(rings input: [[GeoPoint]]) {
        let junctions = Self.junctions(input)
        var index: [[GeoPoint]: Int] = [:]
        for ring in input {
            var references: [ArcReference] = []
            for piece in Self.pieces(of: ring, junctions: junctions) {
                let reversed = Array(piece.reversed())
                let canonical = Self.precedes(reversed, piece) ? reversed : piece
                let arc: Int
                if let known = index[canonical] {
                    arc = known
                } else {
                    arc = arcs.count
                    arcs.append(canonical)
                    index[canonical] = arc
                }
                references.append(ArcReference(arc: arc, reversed: canonical != piece))
            }
            rings.append(references)
        }
    }

    private struct Neighbours: Equatable {
        var a: GeoPoint
        var b: GeoPoint
        init(_ p: GeoPoint, _ q: GeoPoint) {
            (a, b) = (p.lon, p.lat) < (q.lon, q.lat) ? (p, q) : (q, p)
        }
    }

    private static func junctions(_ rings: [[GeoPoint]]) -> Set<GeoPoint> {
        var seen: [GeoPoint: Neighbours] = [:]
        var junctions = Set<GeoPoint>()
        for ring in rings {
            let count = ring.count - 1  // the closing point repeats the first
            guard count >= 3 else { continue }
            for index in 0..<count {
                let point = ring[index]
                let around = Neighbours(ring[(index + count - 1) % count], ring[index + 1])
                if let earlier = seen[point] {
                    if earlier != around { junctions.insert(point) }
                } else {
                    seen[point] = around
                }
            }
        }
        return junctions
    }

    /// The ring cut at its junctions, each piece from one junction to the next; a ring without any
    /// is one closed piece starting at its least point, so that a ring and a hole tracing the same
    /// line give the same piece.
    private static func pieces(of ring: [GeoPoint], junctions: Set<GeoPoint>) -> [[GeoPoint]] {
        let open = Array(ring.dropLast())
        guard let start = open.firstIndex(where: junctions.contains) else {
            var least = 0
            for index in open.indices where (open[index].lon, open[index].lat) < (open[least].lon, open[least].lat) { least = index }
            let rotated = Array(open[least...] + open[..<least])
            return [rotated + [rotated[0]]]
        }
        let rotated = Array(open[start...] + open[..<start]) + [open[start]]
        var pieces: [[GeoPoint]] = []
        var current = [rotated[0]]
        for point in rotated.dropFirst() {
            current.append(point)
            if junctions.contains(point) {
                pieces.append(current)
                current = [point]
            }
        }
        return pieces
    }

    /// Lexicographic order of point lists, to pick one direction of an arc.
    private static func precedes(_ a: [GeoPoint], _ b: [GeoPoint]) -> Bool {
        for (p, q) in zip(a, b) where p != q {
            return (p.lon, p.lat) < (q.lon, q.lat)
        }
        return false
    }
}
