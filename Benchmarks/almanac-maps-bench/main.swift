// Micro-benchmark of the maps: a synthetic map of N regions with shared borders (a jittered grid of
// cells, every edge subdivided into wiggly points that both neighbours share, over a box the size
// of the contiguous US) read, prepared and drawn once — the once-per-build cost — then the
// per-page cost of a choropleth from the prepared map (classes, SVG and legend). One JSON line per
// measurement with the median, min and max of several runs.
//
//   almanac-maps-bench synthetic [REGIONS] [RUNS]     default 3000 regions, 5 runs
//   almanac-maps-bench file PATH KEY [RUNS]           a real boundary file, keyed by property KEY
import AlmanacMaps
import AlmanacMarkup
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func report(_ name: String, _ times: [Double], extra: [String: Double] = [:]) {
    let sorted = times.sorted()
    var fields: [String: Double] = ["median_s": sorted[sorted.count / 2], "min_s": sorted.first!, "max_s": sorted.last!, "runs": Double(times.count)]
    fields.merge(extra) { a, _ in a }
    let body = fields.keys.sorted().map { "\"\($0)\": \((fields[$0]! * 1_000_000).rounded() / 1_000_000)" }.joined(separator: ", ")
    print("{\"benchmark\": \"\(name)\", \(body)}")
}

/// A deterministic pseudo-random number in 0..<1 from integers (a hash, so a shared corner or edge
/// gets the same jitter from both cells).
func noise(_ a: Int, _ b: Int, _ c: Int) -> Double {
    var x = UInt64(bitPattern: Int64(a &* 73_856_093 ^ b &* 19_349_663 ^ c &* 83_492_791))
    x ^= x >> 33
    x = x &* 0xff51_afd7_ed55_8ccd
    x ^= x >> 33
    x = x &* 0xc4ce_b9fe_1a85_ec53
    x ^= x >> 33
    return Double(x >> 11) / Double(1 << 53)
}

func synthetic(regions: Int, pointsPerEdge: Int = 20) -> [UInt8] {
    let columns = Int((Double(regions) * 2.4).squareRoot().rounded())
    let rows = (regions + columns - 1) / columns
    let west = -125.0
    let south = 25.0
    let width = 58.0 / Double(columns)
    let height = 24.0 / Double(rows)
    func corner(_ i: Int, _ j: Int) -> (Double, Double) {
        let jx = (i == 0 || i == columns) ? 0 : (noise(i, j, 1) - 0.5) * 0.6 * width
        let jy = (j == 0 || j == rows) ? 0 : (noise(i, j, 2) - 0.5) * 0.6 * height
        return (west + Double(i) * width + jx, south + Double(j) * height + jy)
    }
    /// Points strictly between two corners, the same for both cells (ordered from the lesser corner).
    func edge(_ a: (Int, Int), _ b: (Int, Int)) -> [(Double, Double)] {
        let forward = a < b
        let (p, q) = forward ? (a, b) : (b, a)
        let start = corner(p.0, p.1)
        let end = corner(q.0, q.1)
        let seed = p.0 * 7919 + p.1 * 104_729 + q.0 * 31 + q.1
        var points: [(Double, Double)] = []
        for step in 1..<pointsPerEdge {
            let t = Double(step) / Double(pointsPerEdge)
            let bump = (noise(seed, step, 3) - 0.5) * 0.08
            points.append((start.0 + (end.0 - start.0) * t - (end.1 - start.1) * bump, start.1 + (end.1 - start.1) * t + (end.0 - start.0) * bump))
        }
        return forward ? points : points.reversed()
    }
    var text = "{\"type\":\"FeatureCollection\",\"features\":["
    var count = 0
    for j in 0..<rows {
        for i in 0..<columns where count < regions {
            let corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
            var ring: [(Double, Double)] = []
            for index in 0..<4 {
                ring.append(corner(corners[index].0, corners[index].1))
                ring += edge(corners[index], corners[(index + 1) % 4])
            }
            ring.append(ring[0])
            if count > 0 { text += "," }
            text += "{\"type\":\"Feature\",\"properties\":{\"fips\":\"\(10000 + count)\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
            text += ring.map { String(format: "[%.5f,%.5f]", $0.0, $0.1) }.joined(separator: ",")
            text += "]]}}"
            count += 1
        }
    }
    return Array((text + "]}").utf8)
}

func run(bytes: [UInt8], file: String, key: String, runs: Int) {
    var prepared: PreparedMap?
    var join: MapJoin?
    var svgBytes = 0
    var keys: [String] = []
    let once = (0..<runs).map { _ in
        seconds {
            let boundaries = BoundaryReader.read(bytes, file: file).boundaries!
            keys = boundaries.features.compactMap { $0.properties[key] }
            let joined = MapJoin(boundaries, key: key, regions: Dictionary(keys.map { ($0, $0) }, uniquingKeysWith: { a, _ in a }))
            let map = PreparedMap(boundaries)
            prepared = map
            join = joined
        }
    }
    let map = prepared!
    let points = map.shapes.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } }
    report("map-prepare", once, extra: ["regions": Double(map.shapes.count), "input_mb": Double(bytes.count) / 1e6, "drawn_points": Double(points)])
    let pageRuns = max(runs * 4, 20)
    let page = (0..<pageRuns).map { run in
        seconds {
            let regions = keys.enumerated().map { index, id in
                let value = Double((index * 7919 + run) % 1000) / 10
                return Choropleth.Region(id: id, name: "Region " + id, value: index % 50 == 0 ? nil : value, display: String(value))
            }
            let classes = MapClasses(values: regions.compactMap(\.value), direction: .higherIsBetter)
            let choropleth = Choropleth(title: "Map", description: "Highest, lowest.", regions: regions, classes: classes, highlight: keys[0], noDataLabel: "no data")
            var out = MarkupBytes()
            choropleth.writeSVG(id: "m", map: map, join: join!, into: &out)
            choropleth.writeLegend(id: "m", unit: "t", format: { String($0) }, into: &out)
            svgBytes = out.count
        }
    }
    report("map-page", page, extra: ["svg_kb": Double(svgBytes) / 1000])
}

let arguments = CommandLine.arguments
switch arguments.count > 1 ? arguments[1] : "synthetic" {
case "synthetic":
    let regions = arguments.count > 2 ? Int(arguments[2]) ?? 3000 : 3000
    let runs = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
    run(bytes: synthetic(regions: regions), file: "synthetic.geojson", key: "fips", runs: runs)
case "file" where arguments.count >= 4:
    guard let data = FileManager.default.contents(atPath: arguments[2]) else {
        FileHandle.standardError.write(Data("almanac-maps-bench: cannot read \(arguments[2])\n".utf8))
        exit(2)
    }
    run(bytes: [UInt8](data), file: arguments[2], key: arguments[3], runs: arguments.count > 4 ? Int(arguments[4]) ?? 5 : 5)
default:
    FileHandle.standardError.write(Data("usage: almanac-maps-bench synthetic [REGIONS] [RUNS] | file PATH KEY [RUNS]\n".utf8))
    exit(2)
}
