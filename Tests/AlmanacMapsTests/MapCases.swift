import AlmanacMaps
import AlmanacMarkup
import Foundation

/// Small choropleths recorded as snapshots (SnapshotTests): a grid with a region without a figure,
/// one without a shape and a highlighted one; a diverging map of polygons with holes and
/// multipolygons; a TopoJSON map; a ring across the antimeridian; each with its legend.
enum MapCases {
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func page(_ name: String, boundaries: Boundaries, key: String, values: [String: Double?], highlight: String? = nil,
        scheme: MapClasses.Scheme = .sequential, direction: MapClasses.Direction = .neutral, options: PreparedMap.Options = .init(width: 320)
    ) -> (name: String, svg: String, legend: String) {
        let ids = Dictionary(uniqueKeysWithValues: values.keys.map { ($0, $0) })
        let join = MapJoin(boundaries, key: key, regions: ids)
        let map = PreparedMap(boundaries, options: options)
        let regions = values.keys.sorted().map { id in
            Choropleth.Region(id: id, name: "Region \(id)", value: values[id]!, display: values[id]!.map { format($0) + " t" } ?? "no data")
        }
        let classes = MapClasses(values: regions.compactMap(\.value), count: 4, scheme: scheme, direction: direction)
        let choropleth = Choropleth(
            title: "Output by region", description: "Highest: c2-1; lowest: c0-0.", regions: regions, classes: classes, highlight: highlight,
            noDataLabel: "no data")
        return (name, choropleth.svg(id: "m", map: map, join: join), choropleth.legend(id: "m", unit: "tonnes", format: format))
    }

    static let grid = Fixtures.boundaries(Fixtures.grid(columns: 3, rows: 2, steps: 6, wiggle: 0.04))

    static let holes: Boundaries = {
        let outer: Fixtures.Ring = [(0, 0), (6, 0), (6, 6), (0, 6), (0, 0)]
        let hole: Fixtures.Ring = [(2, 2), (2, 4), (4, 4), (4, 2), (2, 2)]
        let enclave: Fixtures.Ring = [(2, 2), (4, 2), (4, 4), (2, 4), (2, 2)]
        let island: Fixtures.Ring = [(7, 1), (8, 1), (8, 2), (7, 1)]
        return Fixtures.boundaries(
            Fixtures.collection([
                Fixtures.feature(["key": "ring"], [[outer, hole], [island]]),
                Fixtures.feature(["key": "enclave"], [[enclave]]),
            ]))
    }()

    static let topo = BoundaryReader.read(
        Array(
            """
            {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[100,20]},
             "objects":{"cells":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","properties":{"key":"west"},"arcs":[[0,1]]},
              {"type":"Polygon","properties":{"key":"east"},"arcs":[[2,-1]]}]}},
             "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]]}
            """.utf8), file: "cells.topojson"
    ).boundaries!

    static let antimeridian = Fixtures.boundaries(
        Fixtures.collection([
            Fixtures.feature(["key": "fiji"], [[[(170, -20), (-170, -20), (-170, -10), (170, -10), (170, -20)]]]),
            Fixtures.feature(["key": "mid"], [[[(-20, -30), (20, -30), (20, 30), (-20, 30), (-20, -30)]]]),
        ]))

    static let all: [(name: String, svg: String, legend: String)] = [
        page(
            "grid-sequential", boundaries: grid, key: "key",
            values: ["c0-0": 1, "c1-0": 4, "c2-0": 9, "c0-1": 16, "c1-1": nil, "c2-1": 36, "c9-9": 5], highlight: "c1-0"),
        page(
            "grid-lower-is-better", boundaries: grid, key: "key",
            values: ["c0-0": 1, "c1-0": 4, "c2-0": 9, "c0-1": 16, "c1-1": 25, "c2-1": 36], direction: .lowerIsBetter),
        page(
            "holes-diverging", boundaries: holes, key: "key", values: ["ring": -3.5, "enclave": 2], scheme: .diverging(midpoint: 0),
            direction: .higherIsBetter),
        page("topojson-cells", boundaries: topo, key: "key", values: ["west": 10, "east": 20], highlight: "east"),
        page("antimeridian", boundaries: antimeridian, key: "key", values: ["fiji": 3, "mid": 7], options: .init(projection: .equalEarth, width: 320)),
    ]
}
