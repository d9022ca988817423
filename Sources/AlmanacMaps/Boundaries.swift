/// Boundaries as read from a GeoJSON or TopoJSON file: each feature's properties as strings and its
/// polygons as rings of references to shared arcs. A TopoJSON file's arcs are kept as they are, so
/// two neighbours refer to one arc for their common border; a GeoJSON ring is one arc of its own
/// until ``PreparedMap`` finds the shared stretches. Nothing here knows of projections or pixels.
public struct GeoPoint: Hashable, Sendable {
    /// Degrees east, −180…180.
    public var lon: Double
    /// Degrees north, −90…90.
    public var lat: Double

    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}

/// One arc used by a ring: `arc` is the index in ``Boundaries/arcs``; reversed arcs are walked from
/// their last point to their first (TopoJSON's `~i`).
public struct ArcReference: Hashable, Sendable {
    public var arc: Int
    public var reversed: Bool

    public init(arc: Int, reversed: Bool = false) {
        self.arc = arc
        self.reversed = reversed
    }
}

public struct BoundaryFeature: Sendable {
    /// The feature's position in the file (0-based), which issues refer to.
    public var index: Int
    /// Properties as text: numbers as integers where whole (`156`), Booleans as `true`/`false`;
    /// nulls, arrays and objects left out. A feature's top-level `id` is the property `id` unless
    /// the properties have one.
    public var properties: [String: String]
    /// Polygons, each an outer ring then its holes; each ring a list of arcs, closed.
    public var polygons: [[[ArcReference]]]

    public init(index: Int, properties: [String: String], polygons: [[[ArcReference]]]) {
        self.index = index
        self.properties = properties
        self.polygons = polygons
    }
}

public struct Boundaries: Sendable {
    /// The file as the site names it, for issues.
    public var file: String
    public var arcs: [[GeoPoint]]
    public var features: [BoundaryFeature]

    public init(file: String, arcs: [[GeoPoint]], features: [BoundaryFeature]) {
        self.file = file
        self.arcs = arcs
        self.features = features
    }

    /// The ring's points, first point repeated at the end; consecutive arcs share their end points,
    /// which are written once.
    public func points(of ring: [ArcReference]) -> [GeoPoint] {
        var points: [GeoPoint] = []
        for reference in ring {
            let arc = arcs[reference.arc]
            let ordered = reference.reversed ? Array(arc.reversed()) : arc
            if let last = points.last, last == ordered.first {
                points.append(contentsOf: ordered.dropFirst())
            } else {
                points.append(contentsOf: ordered)
            }
        }
        return points
    }
}
