/// GeoJSON (RFC 7946) into ``Boundaries``: a FeatureCollection, a Feature or a bare geometry;
/// Polygon, MultiPolygon and GeometryCollections of them. Each ring becomes an arc of its own.
struct GeoJSONReader {
    let file: String
    private var check: RingCheck { RingCheck(file: file) }

    func read(_ json: JSONValue) -> BoundaryReader.Reading {
        var issues: [MapIssue] = []
        let items: [JSONValue]
        switch json["type"]?.string {
        case "FeatureCollection":
            guard let features = json["features"]?.array else {
                return BoundaryReader.Reading(
                    boundaries: nil,
                    issues: [MapIssue(.error, .notBoundaries, file: file, "a FeatureCollection without a \"features\" array")])
            }
            items = features
        case "Feature": items = [json]
        default: items = [.object([("type", .string("Feature")), ("geometry", json)])]
        }
        var arcs: [[GeoPoint]] = []
        var features: [BoundaryFeature] = []
        for (index, item) in items.enumerated() {
            guard item["type"]?.string == "Feature" else {
                issues.append(MapIssue(.error, .notBoundaries, file: file, feature: index, "not a Feature"))
                continue
            }
            var polygons: [[[GeoPoint]]] = []
            let geometry = item["geometry"] ?? .null
            collect(geometry, feature: index, into: &polygons, issues: &issues)
            var references: [[[ArcReference]]] = []
            for polygon in polygons {
                references.append(
                    polygon.map { ring in
                        arcs.append(ring)
                        return [ArcReference(arc: arcs.count - 1)]
                    })
            }
            if references.isEmpty {
                issues.append(MapIssue(.warning, .emptyFeature, file: file, feature: index, "feature has no polygon to draw"))
            }
            features.append(
                BoundaryFeature(index: index, properties: propertyTexts(item["properties"], id: item["id"]), polygons: references))
        }
        return BoundaryReader.Reading(boundaries: Boundaries(file: file, arcs: arcs, features: features), issues: issues)
    }

    private func collect(_ geometry: JSONValue, feature: Int, into polygons: inout [[[GeoPoint]]], issues: inout [MapIssue]) {
        switch geometry["type"]?.string {
        case nil where geometry.members == nil:
            return  // a null geometry: reported as an empty feature
        case "Polygon":
            polygon(geometry["coordinates"], feature: feature, number: 0, into: &polygons, issues: &issues)
        case "MultiPolygon":
            guard let list = geometry["coordinates"]?.array else {
                issues.append(MapIssue(.error, .notNumbers, file: file, feature: feature, "MultiPolygon without coordinates"))
                return
            }
            for (number, item) in list.enumerated() {
                polygon(item, feature: feature, number: number, into: &polygons, issues: &issues)
            }
        case "GeometryCollection":
            for member in geometry["geometries"]?.array ?? [] {
                collect(member, feature: feature, into: &polygons, issues: &issues)
            }
        case let type:
            issues.append(
                MapIssue(
                    .warning, .unsupportedGeometry, file: file, feature: feature,
                    "a \(type ?? "geometry without a type") is not a polygon; left out"))
        }
    }

    /// One polygon's rings; a bad outer ring leaves the polygon out, a bad hole only the hole.
    private func polygon(_ coordinates: JSONValue?, feature: Int, number: Int, into polygons: inout [[[GeoPoint]]], issues: inout [MapIssue]) {
        guard let rings = coordinates?.array, !rings.isEmpty else {
            issues.append(MapIssue(.error, .notNumbers, file: file, feature: feature, detail: "polygon \(number)", "polygon without rings"))
            return
        }
        var kept: [[GeoPoint]] = []
        for (ringIndex, ring) in rings.enumerated() {
            let detail = ringDetail(ringIndex, of: number)
            guard let points = positions(ring) else {
                issues.append(
                    MapIssue(.error, .notNumbers, file: file, feature: feature, detail: detail, "positions must be [longitude, latitude] numbers"))
                if ringIndex == 0 { return }
                continue
            }
            switch check.checked(points, feature: feature, detail: detail) {
            case .success(let closed): kept.append(closed)
            case .failure(let issue):
                issues.append(issue)
                if ringIndex == 0 { return }
            }
        }
        polygons.append(kept)
    }

    private func positions(_ ring: JSONValue) -> [GeoPoint]? {
        guard let items = ring.array else { return nil }
        var points: [GeoPoint] = []
        points.reserveCapacity(items.count)
        for item in items {
            guard let pair = item.array, pair.count >= 2, let lon = pair[0].number, let lat = pair[1].number else { return nil }
            points.append(GeoPoint(lon: lon, lat: lat))
        }
        return points
    }
}
