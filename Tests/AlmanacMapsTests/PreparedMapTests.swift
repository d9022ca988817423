import AlmanacMaps
import Testing

/// Simplification that keeps shared borders shared, rings that never collapse, tiny islands left
/// out, the fit into the box, and rings cut at the antimeridian.
@Suite struct PreparedMapTests {
    typealias Point = PreparedMap.PixelPoint

    /// The run of `ring` (cyclic) made of the points in `shared`, in ring order; nil unless the shared
    /// points are one unbroken run.
    static func sharedRun(_ ring: [Point], _ shared: Set<Point>) -> [Point]? {
        guard let start = ring.indices.first(where: { shared.contains(ring[$0]) && !shared.contains(ring[(($0 - 1) + ring.count) % ring.count]) })
        else { return nil }
        var run: [Point] = []
        var index = start
        while shared.contains(ring[index]) {
            run.append(ring[index])
            index = (index + 1) % ring.count
            if index == start { break }
        }
        return run.count == ring.filter(shared.contains).count ? run : nil
    }

    @Test func neighboursKeepTheSameSimplifiedBorder() throws {
        let boundaries = Fixtures.boundaries(Fixtures.grid(columns: 3, rows: 2, steps: 16, wiggle: 0.008))
        let map = PreparedMap(boundaries, options: .init(width: 300, minimumArea: 2))
        #expect(map.shapes.count == 6)
        let drawn = map.shapes.reduce(0) { $0 + $1.rings[0].count }
        let original = boundaries.arcs.reduce(0) { $0 + $1.count - 1 }
        #expect(drawn * 10 < original * 7, "simplification left \(drawn) of \(original) points")
        // Cells 0 (c0-0) and 1 (c1-0) share their vertical border; 0 and 3 (c0-1) their horizontal one.
        for (a, b) in [(0, 1), (1, 2), (0, 3), (4, 5), (1, 4)] {
            let ringA = map.shapes[a].rings[0]
            let ringB = map.shapes[b].rings[0]
            let shared = Set(ringA).intersection(ringB)
            #expect(shared.count >= 3, "cells \(a) and \(b) share \(shared.count) points")
            let runA = try #require(Self.sharedRun(ringA, shared), "cells \(a), \(b): the shared points are not one run in \(a)")
            let runB = try #require(Self.sharedRun(ringB, shared), "cells \(a), \(b): the shared points are not one run in \(b)")
            #expect(runA == runB.reversed(), "cells \(a) and \(b) draw their border differently")
        }
    }

    @Test func withoutTopologyTheBordersWouldDiffer() {
        // The same two cells read as separate files: each simplified alone, the borders differ,
        // which is what the shared arcs prevent.
        let both = Fixtures.boundaries(Fixtures.grid(columns: 2, rows: 1, steps: 12, wiggle: 0.02))
        let shared = PreparedMap(both, options: .init(width: 300, minimumArea: 2))
        let together = Set(shared.shapes[0].rings[0]).intersection(shared.shapes[1].rings[0])
        #expect(together.count >= 3)
    }

    @Test func aTinyFeatureKeepsATriangleAndTinyIslandsGo() throws {
        let big: Fixtures.Ring = [(0, 0), (40, 0), (40, 30), (0, 30), (0, 0)]
        let speck: Fixtures.Ring = [(60, 10), (60.01, 10), (60.012, 10.01), (60.004, 10.012), (60, 10.008), (60, 10)]
        let islandOfBig: Fixtures.Ring = [(45, 5), (45.01, 5), (45.01, 5.01), (45, 5.01), (45, 5)]
        let bytes = Fixtures.collection([
            Fixtures.feature(["key": "big"], [[big], [islandOfBig]]),
            Fixtures.feature(["key": "speck"], [[speck]]),
        ])
        let map = PreparedMap(Fixtures.boundaries(bytes), options: .init(width: 640))
        let bigShape = try #require(map.shape(of: 0))
        #expect(bigShape.rings.count == 1, "the big feature's speck of an island is left out")
        let speckShape = try #require(map.shape(of: 1), "a feature smaller than a pixel is still drawn")
        #expect(speckShape.rings.count == 1)
        #expect(Set(speckShape.rings[0]).count >= 3)
    }

    @Test func fitsTheWidthAndKeepsTheShape() throws {
        let map = PreparedMap(Fixtures.boundaries(Fixtures.grid(columns: 4, rows: 2)), options: .init(width: 400, margin: 10))
        #expect(map.width == 400)
        #expect(map.projection.kind == .albers)
        let points = map.shapes.flatMap { $0.rings.flatMap { $0 } }
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        #expect(abs(Double(xs.min()!) / 10 - 10) < 1.5 && abs(Double(xs.max()!) / 10 - 390) < 1.5)
        #expect(Double(ys.min()!) / 10 >= 9 && Double(ys.max()!) / 10 <= map.height - 9)
        // Four cells wide, two high, at the equator: about twice as wide as high.
        let aspect = Double(xs.max()! - xs.min()!) / Double(ys.max()! - ys.min()!)
        #expect(aspect > 1.8 && aspect < 2.2)
    }

    @Test func aSubsetIsFittedToItsOwnShapes() throws {
        let boundaries = Fixtures.boundaries(Fixtures.grid(columns: 4, rows: 4))
        let whole = PreparedMap(boundaries, options: .init(width: 400))
        let corner = PreparedMap(boundaries, options: .init(width: 400, features: [0, 1]))
        #expect(corner.shapes.map(\.feature) == [0, 1])
        #expect(corner.shape(of: 5) == nil)
        // Two cells side by side fill the width: each is about 200 px wide, not 100.
        let xs = try #require(corner.shape(of: 0)).rings[0].map(\.x)
        #expect(Double(xs.max()! - xs.min()!) / 10 > 180)
        #expect(corner.height < whole.height)
    }

    @Test func topoJSONNeighboursDrawOneBorder() throws {
        let map = PreparedMap(MapCases.topo, options: .init(width: 200))
        let west = try #require(map.shape(of: 0)).rings[0]
        let east = try #require(map.shape(of: 1)).rings[0]
        let shared = Set(west).intersection(east)
        #expect(shared.count == 2)  // the arc x = 101° from 20° to 21°
        #expect(Set(shared.map(\.x)).count == 1)
    }

    @Test func theSameInputGivesTheSameBytes() {
        let bytes = Fixtures.grid(columns: 5, rows: 4, steps: 10)
        let a = PreparedMap(Fixtures.boundaries(bytes))
        let b = PreparedMap(Fixtures.boundaries(bytes))
        #expect(a.shapes.map(\.path.bytes) == b.shapes.map(\.path.bytes))
    }

    @Test func aRingAcrossTheAntimeridianIsCutNotABand() throws {
        let crossing: Fixtures.Ring = [(170, -20), (-170, -20), (-170, -10), (170, -10), (170, -20)]
        let bytes = Fixtures.collection([
            Fixtures.feature(["key": "fiji"], [[crossing]]),
            Fixtures.feature(["key": "a"], [[[(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]]]),
            Fixtures.feature(["key": "b"], [[[(-100, 40), (-90, 40), (-90, 50), (-100, 50), (-100, 40)]]]),
            Fixtures.feature(["key": "c"], [[[(60, 40), (70, 40), (70, 50), (60, 50), (60, 40)]]]),
        ])
        let map = PreparedMap(Fixtures.boundaries(bytes), options: .init(projection: .equalEarth, width: 600))
        #expect(map.projection.centralMeridian == 0)
        let fiji = try #require(map.shape(of: 0))
        #expect(fiji.rings.count == 2)
        for ring in fiji.rings {
            let xs = ring.map { Double($0.x) / 10 }
            #expect(xs.max()! - xs.min()! < 60, "a piece spans \(xs.min()!)–\(xs.max()!) px")
            #expect(xs.min()! < 50 || xs.max()! > 550, "each piece is at an edge of the map")
        }
    }

    @Test func aRingAroundThePoleIsClosedAlongIt() throws {
        let around: Fixtures.Ring = [(0, -70), (90, -72), (179, -70), (-179, -71), (-90, -70), (0, -70)]
        let bytes = Fixtures.collection([
            Fixtures.feature(["key": "ice"], [[around]]),
            Fixtures.feature(["key": "a"], [[[(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]]]),
        ])
        let map = PreparedMap(Fixtures.boundaries(bytes), options: .init(projection: .equalEarth, width: 600))
        let ice = try #require(map.shape(of: 0))
        let points = ice.rings.flatMap { $0 }
        let xs = points.map { Double($0.x) / 10 }
        let ys = points.map { Double($0.y) / 10 }
        #expect(xs.max()! - xs.min()! > 500, "the ice spans the map's width")
        #expect(abs(ys.max()! - (map.height - 4)) < 1, "and reaches the pole at the bottom")
    }
}
