/// Reads a boundary file, GeoJSON or TopoJSON (told apart by its `type`), into ``Boundaries`` and
/// the issues found. A file that is not JSON or not boundaries gives no boundaries and one error; a
/// bad ring or geometry is left out with an error naming its feature, and the rest is read.
public enum BoundaryReader {
    public struct Reading: Sendable {
        /// Nil when the file could not be read as boundaries at all.
        public var boundaries: Boundaries?
        public var issues: [MapIssue]
    }

    /// `object`: for TopoJSON, the name of the object to read (default: the first in the file, with
    /// a warning when there are others); ignored for GeoJSON.
    public static func read(_ bytes: [UInt8], file: String, object: String? = nil) -> Reading {
        let json: JSONValue
        do {
            json = try JSONValue.parse(bytes)
        } catch {
            return Reading(
                boundaries: nil,
                issues: [MapIssue(.error, .notJSON, file: file, "not JSON: \(error.reason) at byte \(error.offset)")])
        }
        switch json["type"]?.string {
        case "Topology":
            return TopoJSONReader(file: file).read(json, object: object)
        case "FeatureCollection", "Feature", "Polygon", "MultiPolygon", "GeometryCollection":
            return GeoJSONReader(file: file).read(json)
        default:
            return Reading(
                boundaries: nil,
                issues: [
                    MapIssue(
                        .error, .notBoundaries, file: file,
                        "neither GeoJSON nor TopoJSON: expected a \"type\" of FeatureCollection, Feature, Polygon, MultiPolygon or Topology")
                ])
        }
    }
}

/// The checks every ring passes, whichever format it came from.
struct RingCheck {
    let file: String

    /// The ring closed (its first point repeated at the end), or the issue that rules it out.
    func checked(_ points: [GeoPoint], feature: Int, detail: String) -> Result<[GeoPoint], MapIssue> {
        if let bad = points.first(where: { !$0.lon.isFinite || !$0.lat.isFinite }) {
            return .failure(MapIssue(.error, .notNumbers, file: file, feature: feature, detail: detail, "coordinate \(bad) is not a number"))
        }
        if let bad = points.first(where: { abs($0.lon) > 180 || abs($0.lat) > 90 }) {
            return .failure(
                MapIssue(
                    .error, .outOfRange, file: file, feature: feature, detail: detail,
                    "coordinate [\(bad.lon), \(bad.lat)] is out of range (longitude −180…180, latitude −90…90; is the file in degrees, WGS 84?)"
                ))
        }
        var ring = points
        if let first = ring.first, ring.last != first { ring.append(first) }
        var distinct = Set<GeoPoint>()
        for point in ring.dropLast() { distinct.insert(point) }
        if ring.count < 4 || distinct.count < 3 {
            return .failure(
                MapIssue(
                    .error, .shortRing, file: file, feature: feature, detail: detail,
                    "ring has \(points.count) positions and \(distinct.count) distinct points; a ring needs at least 4 positions, 3 distinct points and the first repeated"
                ))
        }
        return .success(ring)
    }
}

func ringDetail(_ ring: Int, of polygon: Int) -> String { "ring \(ring) of polygon \(polygon)" }

/// Properties as text, and the feature's `id` as the property `id` unless it has one.
func propertyTexts(_ properties: JSONValue?, id: JSONValue?) -> [String: String] {
    var texts: [String: String] = [:]
    for member in properties?.members ?? [] {
        if let text = member.value.propertyText { texts[member.key] = text }
    }
    if texts["id"] == nil, let id = id?.propertyText { texts["id"] = id }
    return texts
}
