import Foundation

/// The two projections a report needs, written for the job: Equal Earth for the world and an Albers
/// equal-area conic for a country or a province, both equal-area so that the shaded areas compare
/// fairly. Coordinates come out on the unit sphere, y pointing north; ``PreparedMap`` fits them
/// into pixels. Longitudes are taken relative to the central meridian first, so a map centred on
/// the Pacific cuts the world at the meridian opposite its centre.
public struct Projection: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case equalEarth = "equal-earth"
        case albers
    }

    public var kind: Kind
    /// Degrees; longitudes are measured from it.
    public var centralMeridian: Double
    /// Albers' standard parallels and latitude of origin, degrees (unused by Equal Earth).
    public var parallels: (south: Double, north: Double)
    public var originLatitude: Double

    public static func == (a: Projection, b: Projection) -> Bool {
        a.kind == b.kind && a.centralMeridian == b.centralMeridian && a.parallels == b.parallels && a.originLatitude == b.originLatitude
    }

    public static func equalEarth(centralMeridian: Double = 0) -> Projection {
        Projection(kind: .equalEarth, centralMeridian: centralMeridian, parallels: (0, 0), originLatitude: 0)
    }

    public static func albers(parallels: (south: Double, north: Double), centralMeridian: Double, originLatitude: Double) -> Projection {
        Projection(kind: .albers, centralMeridian: centralMeridian, parallels: parallels, originLatitude: originLatitude)
    }

    /// The projection for boundaries spanning `extent`: `kind` when given, else Equal Earth when the
    /// extent spans more than 180° of longitude or 90° of latitude, Albers otherwise, with standard
    /// parallels at 1/6 and 5/6 of the latitude span and the origin at the extent's centre.
    public static func fitting(_ extent: GeoExtent, kind: Kind? = nil) -> Projection {
        let wide = extent.longitudeSpan > 180 || extent.north - extent.south > 90
        switch kind ?? (wide ? .equalEarth : .albers) {
        case .equalEarth:
            return .equalEarth(centralMeridian: wide ? 0 : extent.centralMeridian)
        case .albers:
            let span = extent.north - extent.south
            return .albers(
                parallels: (extent.south + span / 6, extent.north - span / 6), centralMeridian: extent.centralMeridian,
                originLatitude: (extent.south + extent.north) / 2)
        }
    }

    /// Degrees east of the central meridian, in −180…180 (±180 kept as given when already there).
    public func relativeLongitude(_ lon: Double) -> Double {
        let relative = lon - centralMeridian
        if relative >= -180, relative <= 180 { return relative }
        return relative - 360 * (relative / 360).rounded()
    }

    /// The point on the unit sphere's map, y north.
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        projectRelative(lon: relativeLongitude(point.lon), lat: point.lat)
    }

    /// `lon` already relative to the central meridian (−180…180), as the antimeridian cut leaves it.
    func projectRelative(lon: Double, lat: Double) -> (x: Double, y: Double) {
        let lambda = lon * .pi / 180
        let phi = lat * .pi / 180
        switch kind {
        case .equalEarth: return EqualEarth.forward(lambda, phi)
        case .albers: return albersRaw.forward(lambda, phi)
        }
    }

    /// The geographic point projected to (x, y), or nil outside the map.
    public func invert(x: Double, y: Double) -> GeoPoint? {
        let found: (Double, Double)?
        switch kind {
        case .equalEarth: found = EqualEarth.inverse(x, y)
        case .albers: found = albersRaw.inverse(x, y)
        }
        guard let (lambda, phi) = found else { return nil }
        var lon = lambda * 180 / .pi + centralMeridian
        if lon > 180 { lon -= 360 } else if lon < -180 { lon += 360 }
        return GeoPoint(lon: lon, lat: phi * 180 / .pi)
    }

    private var albersRaw: AlbersConic {
        AlbersConic(south: parallels.south * .pi / 180, north: parallels.north * .pi / 180, origin: originLatitude * .pi / 180)
    }
}

/// Where boundaries lie: the smallest band of longitudes holding every point (it may cross the
/// antimeridian: `west` > `east` then) and the latitudes between `south` and `north`.
public struct GeoExtent: Sendable, Equatable {
    public var west: Double
    public var east: Double
    public var south: Double
    public var north: Double

    public init(west: Double, east: Double, south: Double, north: Double) {
        self.west = west
        self.east = east
        self.south = south
        self.north = north
    }

    public var longitudeSpan: Double { east >= west ? east - west : east + 360 - west }

    public var centralMeridian: Double {
        let middle = west + longitudeSpan / 2
        return middle > 180 ? middle - 360 : middle
    }

    /// The extent of `points`: the complement of the widest gap between their longitudes.
    public static func of(_ points: [GeoPoint]) -> GeoExtent? {
        guard !points.isEmpty else { return nil }
        let longitudes = Array(Set(points.map { $0.lon == -180 ? 180 : $0.lon })).sorted()
        var gap = longitudes[0] + 360 - longitudes[longitudes.count - 1]
        var west = longitudes[0]
        var east = longitudes[longitudes.count - 1]
        for index in longitudes.indices.dropFirst() where longitudes[index] - longitudes[index - 1] > gap {
            gap = longitudes[index] - longitudes[index - 1]
            west = longitudes[index]
            east = longitudes[index - 1]
        }
        // A point at the antimeridian counts as 180 above; with nothing beyond it, it is −180 too.
        if west == 180, points.contains(where: { $0.lon == -180 }) { west = -180 }
        let latitudes = points.map(\.lat)
        return GeoExtent(west: west, east: east, south: latitudes.min()!, north: latitudes.max()!)
    }
}
