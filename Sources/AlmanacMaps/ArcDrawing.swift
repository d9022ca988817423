import Foundation

/// The fit of the projected arcs into the map's box, and the arcs in pixels with the points each
/// keeps after simplification. Which points an arc keeps is decided once for the arc, so every ring
/// that uses it draws the same points; a ring that would keep fewer than three points gets back
/// its most important ones, and a ring too small to see is left out instead.
struct Frame {
    let projection: Projection
    var scale = 1.0
    var left = 0.0
    var top = 0.0
    var height: Double
    /// Projected arcs on the unit sphere, y north.
    var unitX: [[Double]] = []
    var unitY: [[Double]] = []

    init(arcs: [[GeoPoint]], projection: Projection, options: PreparedMap.Options) {
        self.projection = projection
        var minX = Double.infinity
        var maxX = -Double.infinity
        var minY = Double.infinity
        var maxY = -Double.infinity
        for arc in arcs {
            var xs: [Double] = []
            var ys: [Double] = []
            xs.reserveCapacity(arc.count)
            ys.reserveCapacity(arc.count)
            for point in arc {
                let (x, y) = projection.projectRelative(lon: point.lon, lat: point.lat)
                xs.append(x)
                ys.append(y)
                minX = min(minX, x)
                maxX = max(maxX, x)
                minY = min(minY, y)
                maxY = max(maxY, y)
            }
            unitX.append(xs)
            unitY.append(ys)
        }
        guard minX < maxX || minY < maxY else {
            height = options.margin * 2
            return
        }
        let innerWidth = options.width - 2 * options.margin
        let innerHeight = options.maxHeight - 2 * options.margin
        scale = min(innerWidth / max(maxX - minX, 1e-12), innerHeight / max(maxY - minY, 1e-12))
        let drawnWidth = (maxX - minX) * scale
        let drawnHeight = (maxY - minY) * scale
        height = (drawnHeight + 2 * options.margin).rounded(.up)
        left = (options.width - drawnWidth) / 2 - minX * scale
        top = (height - drawnHeight) / 2 + maxY * scale
    }
}

struct ArcDrawing {
    /// Arcs in pixels.
    private var xs: [[Double]] = []
    private var ys: [[Double]] = []
    private var areas: [[Double]] = []
    private var keep: [[Bool]] = []

    init(frame: Frame, arcs: [[GeoPoint]], minimumArea: Double) {
        for arc in arcs.indices {
            let x = frame.unitX[arc].map { frame.left + $0 * frame.scale }
            let y = frame.unitY[arc].map { frame.top - $0 * frame.scale }
            let effective = Simplification.effectiveAreas(x, y)
            xs.append(x)
            ys.append(y)
            areas.append(effective)
            keep.append(effective.map { $0 >= minimumArea })
        }
    }

    private static func rounded(_ x: Double, _ y: Double) -> PreparedMap.PixelPoint {
        PreparedMap.PixelPoint(x: Int((x * 10).rounded()), y: Int((y * 10).rounded()))
    }

    /// Each ring's points in order, every point or the kept ones, as (arc, index) pairs.
    private func walk(_ ring: [ArcReference], all: Bool, _ visit: (Int, Int) -> Void) {
        for reference in ring {
            let count = xs[reference.arc].count
            for step in 0..<count {
                let index = reference.reversed ? count - 1 - step : step
                if all || keep[reference.arc][index] { visit(reference.arc, index) }
            }
        }
    }

    /// The ring's area in pixels before simplification.
    private func area(of ring: [ArcReference]) -> Double {
        var area = 0.0
        var first: (Double, Double)?
        var previous: (Double, Double)?
        walk(ring, all: true) { arc, index in
            let point = (xs[arc][index], ys[arc][index])
            if let previous { area += previous.0 * point.1 - point.0 * previous.1 }
            if first == nil { first = point }
            previous = point
        }
        if let first, let previous { area += previous.0 * first.1 - first.0 * previous.1 }
        return abs(area) / 2
    }

    /// The drawn points of a ring: rounded to tenths, repeats in a row dropped, not closed.
    func points(of ring: [ArcReference]) -> [PreparedMap.PixelPoint] {
        var points: [PreparedMap.PixelPoint] = []
        walk(ring, all: false) { arc, index in
            let point = Self.rounded(xs[arc][index], ys[arc][index])
            if points.last != point { points.append(point) }
        }
        if points.count > 1, points.first == points.last { points.removeLast() }
        return points
    }

    /// For each feature (by position), the rings to draw: a feature's largest outer ring always,
    /// other rings when they are at least `minimumRingArea`; each kept ring made to hold at least
    /// three distinct points by keeping back the removed points of largest effective area.
    mutating func keepRings(
        _ rings: [[ArcReference]], owners: [(feature: Int, hole: Bool)], featureCount: Int, minimumRingArea: Double
    ) -> [[Int]] {
        let ringAreas = rings.map(area(of:))
        var largest: [Int: Int] = [:]
        for (ring, owner) in owners.enumerated() where !owner.hole {
            if let best = largest[owner.feature], ringAreas[best] >= ringAreas[ring] { continue }
            largest[owner.feature] = ring
        }
        var kept = [[Int]](repeating: [], count: featureCount)
        for (ring, owner) in owners.enumerated() {
            guard largest[owner.feature] == ring || ringAreas[ring] >= minimumRingArea else { continue }
            restore(rings[ring])
            kept[owner.feature].append(ring)
        }
        return kept
    }

    private mutating func restore(_ ring: [ArcReference]) {
        guard Set(points(of: ring)).count < 3 else { return }
        var removed: [(area: Double, arc: Int, index: Int)] = []
        walk(ring, all: true) { arc, index in
            if !keep[arc][index] { removed.append((areas[arc][index], arc, index)) }
        }
        removed.sort { ($0.area, -$0.arc, -$0.index) > ($1.area, -$1.arc, -$1.index) }
        for candidate in removed {
            keep[candidate.arc][candidate.index] = true
            if Set(points(of: ring)).count >= 3 { return }
        }
    }
}
