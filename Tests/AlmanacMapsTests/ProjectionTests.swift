import AlmanacMaps
import Foundation
import Testing

/// The projections against values from independent sources: Snyder's worked example for the
/// spherical Albers (USGS Professional Paper 1395, p. 291) and PROJ 9 (`+proj=eqearth +R=1`,
/// `+proj=aea +R=1 …`), which implements both from the same papers; and round trips through the
/// inverses.
@Suite struct ProjectionTests {
    static func close(_ a: (x: Double, y: Double), _ b: (Double, Double), _ tolerance: Double = 1e-7) -> Bool {
        abs(a.x - b.0) < tolerance && abs(a.y - b.1) < tolerance
    }

    @Test(arguments: [
        (0.0, 0.0, 0.0, 0.0), (180, 0, 2.7066299837, 0), (0, 90, 0, 1.3173627592), (-180, -90, -1.6035886483, -1.3173627592),
        (120.16, 30.27, 1.6879689847, 0.5979955044), (-74, 40.7, -0.9818620902, 0.7868414442), (45, -45, 0.5799272496, -0.8602310855),
    ])
    func equalEarthKnownPoints(lon: Double, lat: Double, x: Double, y: Double) {
        let projected = Projection.equalEarth().project(GeoPoint(lon: lon, lat: lat))
        #expect(Self.close(projected, (x, y)), "\(projected) for \(lon), \(lat)")
    }

    @Test func albersSnyderExample() {
        let albers = Projection.albers(parallels: (29.5, 45.5), centralMeridian: -96, originLatitude: 23)
        #expect(Self.close(albers.project(GeoPoint(lon: -75, lat: 35)), (0.2952720070, 0.2416774492)))
        #expect(Self.close(albers.project(GeoPoint(lon: -96, lat: 23)), (0, 0)))
        #expect(Self.close(albers.project(GeoPoint(lon: -120, lat: 48)), (-0.2796270814, 0.4724989369)))
    }

    @Test func albersForChina() {
        let albers = Projection.albers(parallels: (25, 47), centralMeridian: 105, originLatitude: 0)
        #expect(Self.close(albers.project(GeoPoint(lon: 120.16, lat: 30.27)), (0.2247880622, 0.5220182720)))
        #expect(Self.close(albers.project(GeoPoint(lon: 87.62, lat: 43.83)), (-0.2155085122, 0.7642558607)))
    }

    @Test func roundTrips() throws {
        let projections = [
            Projection.equalEarth(), Projection.equalEarth(centralMeridian: 150),
            Projection.albers(parallels: (25, 47), centralMeridian: 105, originLatitude: 36),
            Projection.albers(parallels: (-40, -10), centralMeridian: 135, originLatitude: -25),
            Projection.albers(parallels: (-20, 20), centralMeridian: 0, originLatitude: 0),  // opens into a cylinder
        ]
        for projection in projections {
            for lon in stride(from: -170.0, through: 170, by: 34) {
                for lat in stride(from: -80.0, through: 80, by: 16) {
                    let point = GeoPoint(lon: lon, lat: lat)
                    let (x, y) = projection.project(point)
                    let back = try #require(projection.invert(x: x, y: y))
                    #expect(abs(back.lat - lat) < 1e-7 && abs(back.lon - lon) < 1e-7, "\(projection.kind) \(point) → \(back)")
                }
            }
        }
    }

    @Test func equalEarthIsEqualArea() {
        // Equal cells of latitude × longitude near the equator and near the pole have areas in the
        // ratio of the sphere's: (sin 80° − sin 70°) / (sin 10° − sin 0°).
        func cellArea(_ lat: Double) -> Double {
            let p = Projection.equalEarth()
            let corners = [(0.0, lat), (10.0, lat), (10.0, lat + 10), (0.0, lat + 10)].map { p.project(GeoPoint(lon: $0.0, lat: $0.1)) }
            // A trapezoid: the projection keeps parallels straight.
            return (abs(corners[1].x - corners[0].x) + abs(corners[2].x - corners[3].x)) / 2 * abs(corners[3].y - corners[0].y)
        }
        let sphere = (sin(80 * Double.pi / 180) - sin(70 * Double.pi / 180)) / sin(10 * Double.pi / 180)
        #expect(abs(cellArea(70) / cellArea(0) - sphere) < 0.01)
    }

    @Test func chosenByExtent() {
        let world = GeoExtent(west: -180, east: 180, south: -90, north: 84)
        #expect(Projection.fitting(world).kind == .equalEarth)
        let china = GeoExtent(west: 73.5, east: 135, south: 18, north: 53.5)
        let albers = Projection.fitting(china)
        #expect(albers.kind == .albers)
        #expect(abs(albers.parallels.south - (18 + 35.5 / 6)) < 1e-9)
        #expect(abs(albers.parallels.north - (53.5 - 35.5 / 6)) < 1e-9)
        #expect(abs(albers.centralMeridian - 104.25) < 1e-9)
        #expect(Projection.fitting(china, kind: .equalEarth).kind == .equalEarth)
        // Fiji's islands on both sides of 180°: a narrow extent across the antimeridian.
        let fiji = GeoExtent.of([GeoPoint(lon: 177, lat: -18), GeoPoint(lon: -179.8, lat: -16), GeoPoint(lon: 180, lat: -17)])
        #expect(fiji == GeoExtent(west: 177, east: -179.8, south: -18, north: -16))
        #expect(abs((fiji?.longitudeSpan ?? 0) - 3.2) < 1e-9)
        #expect(abs((fiji?.centralMeridian ?? 0) - 178.6) < 1e-9)
    }
}
