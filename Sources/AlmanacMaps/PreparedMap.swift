import AlmanacMarkup

/// A map made ready once per build: boundaries cut at the antimeridian, turned into shared arcs,
/// projected, fitted into the width, each arc simplified once at a tolerance from the pixel size,
/// and each feature's outline written as an SVG path with coordinates in tenths of a pixel. Every
/// page that shows the map appends these paths as they are (``Choropleth``); only the fills change.
public struct PreparedMap: Sendable {
    public struct Options: Sendable, Equatable {
        /// Nil: chosen by the boundaries' extent (``Projection/fitting(_:kind:)``).
        public var projection: Projection.Kind?
        /// The viewBox width, px; the height follows the map's shape.
        public var width: Double
        /// The tallest the viewBox may be; a tall map is fitted to this height instead.
        public var maxHeight: Double
        public var margin: Double
        /// Visvalingam threshold, px²: points whose triangle is smaller are left out.
        public var minimumArea: Double
        /// Islands and holes smaller than this, px², are left out (never a feature's largest ring).
        public var minimumRingArea: Double
        /// Only these features (indexes in the file), and the map fitted to them; nil: all.
        public var features: Set<Int>?

        public init(
            projection: Projection.Kind? = nil, width: Double = 640, maxHeight: Double = 560, margin: Double = 4,
            minimumArea: Double = 0.4, minimumRingArea: Double = 1, features: Set<Int>? = nil
        ) {
            self.projection = projection
            self.width = width
            self.maxHeight = maxHeight
            self.margin = margin
            self.minimumArea = minimumArea
            self.minimumRingArea = minimumRingArea
            self.features = features
        }
    }

    /// A point in tenths of a pixel, as written in the paths.
    public struct PixelPoint: Hashable, Sendable {
        public var x: Int
        public var y: Int
    }

    public struct Shape: Sendable {
        /// The feature's index in the boundary file.
        public var feature: Int
        /// The `d` of its `<path>`: rings as `M` then relative `l` steps, in tenths, each closed by `z`.
        public var path: MarkupBytes
        /// The rings drawn (outer rings and holes), their points as in `path`, not repeated at the end.
        public var rings: [[PixelPoint]]
    }

    public var file: String
    public var projection: Projection
    public var width: Double
    public var height: Double
    /// Features with something to draw at this size, in file order.
    public var shapes: [Shape]
    /// Features left out because nothing of them is larger than the pixel limits.
    public var tooSmall: [Int]

    /// The shape of feature `index`, if it is drawn.
    public func shape(of feature: Int) -> Shape? {
        var low = 0
        var high = shapes.count
        while low < high {
            let middle = (low + high) / 2
            if shapes[middle].feature < feature { low = middle + 1 } else { high = middle }
        }
        return low < shapes.count && shapes[low].feature == feature ? shapes[low] : nil
    }

    public init(_ boundaries: Boundaries, options: Options = Options()) {
        let chosen = boundaries.features.filter { !$0.polygons.isEmpty && (options.features?.contains($0.index) ?? true) }
        var everyPoint: [GeoPoint] = []
        for feature in chosen {
            for polygon in feature.polygons {
                everyPoint.append(contentsOf: boundaries.points(of: polygon[0]))
            }
        }
        let extent = GeoExtent.of(everyPoint) ?? GeoExtent(west: -180, east: 180, south: -90, north: 90)
        let projection = Projection.fitting(extent, kind: options.projection)

        // Rings cut at the antimeridian, remembered with their feature and whether they are holes.
        var rings: [[GeoPoint]] = []
        var owners: [(feature: Int, hole: Bool)] = []
        for (position, feature) in chosen.enumerated() {
            for polygon in feature.polygons {
                for (number, ring) in polygon.enumerated() {
                    var points = boundaries.points(of: ring)
                    if let first = points.first, points.last != first { points.append(first) }
                    for piece in AntimeridianCut.cut(points, for: projection) {
                        rings.append(piece)
                        owners.append((position, number > 0))
                    }
                }
            }
        }
        let topology = Topology(rings: rings)
        let frame = Frame(arcs: topology.arcs, projection: projection, options: options)
        var drawing = ArcDrawing(frame: frame, arcs: topology.arcs, minimumArea: options.minimumArea)
        let kept = drawing.keepRings(
            topology.rings, owners: owners, featureCount: chosen.count, minimumRingArea: options.minimumRingArea)

        var shapes: [Shape] = []
        var tooSmall: [Int] = []
        for (position, feature) in chosen.enumerated() {
            var path = MarkupBytes()
            var drawn: [[PixelPoint]] = []
            for ring in kept[position] {
                let points = drawing.points(of: topology.rings[ring])
                guard Set(points).count >= 3 else { continue }
                Self.append(points, to: &path)
                drawn.append(points)
            }
            if drawn.isEmpty {
                tooSmall.append(feature.index)
            } else {
                shapes.append(Shape(feature: feature.index, path: path, rings: drawn))
            }
        }
        self.file = boundaries.file
        self.projection = projection
        self.width = options.width
        self.height = frame.height
        self.shapes = shapes
        self.tooSmall = tooSmall
    }

    /// `M x y` then relative steps, a space only where the next number has no sign of its own.
    private static func append(_ ring: [PixelPoint], to path: inout MarkupBytes) {
        path.append("M")
        path.append(tenths: ring[0].x)
        path.append(byte: UInt8(ascii: " "))
        path.append(tenths: ring[0].y)
        path.append("l")
        var previous = ring[0]
        for (index, point) in ring.dropFirst().enumerated() {
            let dx = point.x - previous.x
            let dy = point.y - previous.y
            if index > 0, dx >= 0 { path.append(byte: UInt8(ascii: " ")) }
            path.append(tenths: dx)
            if dy >= 0 { path.append(byte: UInt8(ascii: " ")) }
            path.append(tenths: dy)
            previous = point
        }
        path.append("z")
    }
}
