import AlmanacMaps
import Foundation
import Testing

/// Reading GeoJSON and TopoJSON: features, properties, polygons with holes, multipolygons, shared
/// arcs, and every bad input reported with its file and feature index.
@Suite struct ReaderTests {
    static let square: Fixtures.Ring = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    static let hole: Fixtures.Ring = [(2, 2), (2, 4), (4, 4), (4, 2), (2, 2)]

    @Test func readsFeaturesPropertiesHolesAndMultipolygons() throws {
        let text = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":7,"properties":{"name":"A","pop":156,"share":0.25,"big":1e3,"flag":true,"none":null,"list":[1]},
             "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]}},
            {"type":"Feature","properties":{"name":"B \\u6d59\\u6c5f"},"geometry":{"type":"MultiPolygon","coordinates":[
             [[[20,0],[30,0],[30,10],[20,0]]],[[[40,0],[50,0],[50,10],[40,0]]]]}}
            ]}
            """
        let reading = Fixtures.read(text)
        #expect(reading.issues.isEmpty)
        let boundaries = try #require(reading.boundaries)
        #expect(boundaries.features.count == 2)
        let first = boundaries.features[0]
        #expect(first.properties == ["name": "A", "pop": "156", "share": "0.25", "big": "1000", "flag": "true", "id": "7"])
        #expect(first.polygons.count == 1)
        #expect(first.polygons[0].count == 2)
        #expect(boundaries.points(of: first.polygons[0][1]).count == 5)
        #expect(boundaries.features[1].properties["name"] == "B 浙江")
        #expect(boundaries.features[1].polygons.count == 2)
    }

    @Test func readsQuantizedDeltaEncodedTopoJSONKeepingSharedArcs() throws {
        // Two unit squares side by side sharing the arc x = 1 (arc 0), quantized to a 0.5° grid.
        let text = """
            {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[100,20]},
             "objects":{"cells":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","properties":{"key":"west"},"arcs":[[0,1]]},
              {"type":"Polygon","id":"east","arcs":[[2,-1]]}]}},
             "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]]}
            """
        let reading = Fixtures.read(text, file: "cells.topojson")
        #expect(reading.issues.isEmpty, "\(reading.issues)")
        let boundaries = try #require(reading.boundaries)
        #expect(boundaries.arcs.count == 3)
        #expect(boundaries.arcs[0] == [GeoPoint(lon: 101, lat: 20), GeoPoint(lon: 101, lat: 21)])
        let west = boundaries.features[0]
        let east = boundaries.features[1]
        #expect(west.properties["key"] == "west")
        #expect(east.properties["id"] == "east")
        #expect(west.polygons[0][0].contains(ArcReference(arc: 0)))
        #expect(east.polygons[0][0].contains(ArcReference(arc: 0, reversed: true)))
        #expect(
            boundaries.points(of: west.polygons[0][0]) == [
                GeoPoint(lon: 101, lat: 20), GeoPoint(lon: 101, lat: 21), GeoPoint(lon: 100, lat: 21), GeoPoint(lon: 100, lat: 20),
                GeoPoint(lon: 101, lat: 20),
            ])
    }

    @Test func notJSONNamesTheFileAndByte() throws {
        let reading = Fixtures.read("{\"type\": \"FeatureCollection\", features: []}", file: "maps/bad.geojson")
        #expect(reading.boundaries == nil)
        #expect(reading.issues.count == 1)
        let issue = try #require(reading.issues.first)
        #expect(issue.kind == .notJSON)
        #expect(issue.severity == .error)
        #expect(issue.description.hasPrefix("maps/bad.geojson: not JSON"))
        #expect(issue.message.contains("byte 30"))
        #expect(Fixtures.read("").issues.map(\.kind) == [.notJSON])
        #expect(Fixtures.read("{\"type\":\"FeatureCollection\",\"features\":[").issues.map(\.kind) == [.notJSON])
    }

    @Test func jsonThatIsNotBoundaries() {
        for text in ["{\"name\": \"x\"}", "[1, 2]", "{\"type\": \"Point\", \"coordinates\": [1, 2]}"] {
            let reading = Fixtures.read(text, file: "maps/other.json")
            #expect(reading.boundaries == nil)
            #expect(reading.issues.map(\.kind) == [.notBoundaries])
            #expect(reading.issues.first?.file == "maps/other.json")
        }
    }

    @Test func aThreePointRingIsAnErrorWithItsFeatureIndex() throws {
        let triangleOnly: Fixtures.Ring = [(0, 0), (1, 0), (0, 0)]
        let text = String(
            decoding: Fixtures.collection([
                Fixtures.feature(["key": "a"], [[Self.square]]),
                Fixtures.feature(["key": "b"], [[triangleOnly]]),
                Fixtures.feature(["key": "c"], [[Self.square, [(2, 2), (3, 3), (2, 2), (3, 3)]]]),
            ]), as: UTF8.self)
        let reading = Fixtures.read(text)
        let short = reading.issues.filter { $0.kind == .shortRing }
        #expect(short.map(\.feature) == [1, 2])
        #expect(short.map(\.detail) == ["ring 0 of polygon 0", "ring 1 of polygon 0"])
        #expect(short[0].description.hasPrefix("test.geojson: feature 1, ring 0 of polygon 0: ring has 3 positions"))
        let boundaries = try #require(reading.boundaries)
        #expect(boundaries.features[1].polygons.isEmpty)  // its only ring was left out
        #expect(reading.issues.contains { $0.kind == .emptyFeature && $0.feature == 1 })
        #expect(boundaries.features[2].polygons[0].count == 1)  // the bad hole was left out, the square kept
    }

    @Test func outOfRangeAndNonNumericCoordinates() {
        let projected: Fixtures.Ring = [(0, 0), (500_000, 0), (500_000, 4_000_000), (0, 0)]
        let text = """
            {"type":"FeatureCollection","features":[
            \(Fixtures.feature(["key": "ok"], [[Self.square]])),
            \(Fixtures.feature(["key": "far"], [[projected]])),
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[["0","0"],[1,0],[1,1],[0,0]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,95],[0,0]]]}}
            ]}
            """
        let reading = Fixtures.read(text)
        let errors = reading.issues.filter { $0.severity == .error }
        #expect(errors.map(\.kind) == [.outOfRange, .notNumbers, .outOfRange])
        #expect(errors.map(\.feature) == [1, 2, 3])
        #expect(errors[0].message.contains("[500000.0, 0.0]"))
    }

    @Test func unsupportedGeometriesAreWarnings() throws {
        let text = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"key":"pt"},"geometry":{"type":"Point","coordinates":[1,2]}},
            {"type":"Feature","properties":{"key":"none"},"geometry":null}]}
            """
        let reading = Fixtures.read(text)
        #expect(reading.issues.map(\.kind) == [.unsupportedGeometry, .emptyFeature, .emptyFeature])
        #expect(reading.issues.map(\.feature) == [0, 0, 1])
        #expect(try #require(reading.boundaries).features.count == 2)
    }

    @Test func badTopoJSON() {
        let missingArc = """
            {"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[5]]}]}},
             "arcs":[[[0,0],[1,0],[1,1],[0,0]]]}
            """
        let reading = Fixtures.read(missingArc, file: "t.topojson")
        #expect(reading.issues.first?.kind == .badArc)
        #expect(reading.issues.first?.feature == 0)
        let noObjects = Fixtures.read("{\"type\":\"Topology\",\"arcs\":[],\"objects\":{}}")
        #expect(noObjects.boundaries == nil)
        #expect(noObjects.issues.map(\.kind) == [.notBoundaries])
        let two = missingArc.replacingOccurrences(of: "\"objects\":{\"a\":", with: "\"objects\":{\"z\":{\"type\":\"GeometryCollection\",\"geometries\":[]},\"a\":")
        #expect(Fixtures.read(two).issues.first?.kind == .otherObjects)
        #expect(BoundaryReader.read(Array(two.utf8), file: "t.topojson", object: "a").issues.map(\.kind) == [.badArc, .emptyFeature])
        let named = BoundaryReader.read(Array(missingArc.utf8), file: "t.topojson", object: "b")
        #expect(named.boundaries == nil)
        #expect(named.issues.first?.message.contains("no object \"b\"") == true)
    }
}
