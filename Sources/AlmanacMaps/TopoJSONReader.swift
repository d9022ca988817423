/// TopoJSON into ``Boundaries``: the arcs decoded (quantized positions scaled by the transform,
/// delta-encoded positions added up) and kept shared; Polygon, MultiPolygon and GeometryCollection
/// objects, each geometry of a collection one feature.
struct TopoJSONReader {
    let file: String

    func read(_ json: JSONValue, object name: String?) -> BoundaryReader.Reading {
        var issues: [MapIssue] = []
        func fail(_ message: String) -> BoundaryReader.Reading {
            BoundaryReader.Reading(boundaries: nil, issues: issues + [MapIssue(.error, .notBoundaries, file: file, message)])
        }
        guard let rawArcs = json["arcs"]?.array else { return fail("a Topology without an \"arcs\" array") }
        guard let objects = json["objects"]?.members, !objects.isEmpty else { return fail("a Topology without objects") }
        let chosen: JSONValue
        if let name {
            guard let found = objects.first(where: { $0.key == name }) else {
                return fail("no object \"\(name)\"; the file has \(objects.map { "\"\($0.key)\"" }.joined(separator: ", "))")
            }
            chosen = found.value
        } else {
            chosen = objects[0].value
            if objects.count > 1 {
                issues.append(
                    MapIssue(
                        .warning, .otherObjects, file: file,
                        "several objects (\(objects.map(\.key).joined(separator: ", "))); read \"\(objects[0].key)\""))
            }
        }
        guard let arcs = decode(rawArcs, transform: json["transform"]) else {
            return fail("arcs must be lists of [x, y] numbers")
        }
        let geometries: [JSONValue]
        if chosen["type"]?.string == "GeometryCollection" {
            geometries = chosen["geometries"]?.array ?? []
        } else {
            geometries = [chosen]
        }
        var features: [BoundaryFeature] = []
        let boundaries = Boundaries(file: file, arcs: arcs, features: [])
        for (index, geometry) in geometries.enumerated() {
            var polygons: [[[ArcReference]]] = []
            collect(geometry, feature: index, boundaries: boundaries, into: &polygons, issues: &issues)
            if polygons.isEmpty {
                issues.append(MapIssue(.warning, .emptyFeature, file: file, feature: index, "feature has no polygon to draw"))
            }
            features.append(
                BoundaryFeature(index: index, properties: propertyTexts(geometry["properties"], id: geometry["id"]), polygons: polygons))
        }
        return BoundaryReader.Reading(boundaries: Boundaries(file: file, arcs: arcs, features: features), issues: issues)
    }

    /// Positions in degrees. With a transform, each position of an arc after the first is the
    /// difference from the one before (TopoJSON's delta encoding of quantized arcs).
    private func decode(_ rawArcs: [JSONValue], transform: JSONValue?) -> [[GeoPoint]]? {
        let scale = transform?["scale"]?.array?.compactMap(\.number)
        let translate = transform?["translate"]?.array?.compactMap(\.number)
        let quantized = scale?.count == 2 && translate?.count == 2
        var arcs: [[GeoPoint]] = []
        arcs.reserveCapacity(rawArcs.count)
        for raw in rawArcs {
            guard let positions = raw.array else { return nil }
            var arc: [GeoPoint] = []
            arc.reserveCapacity(positions.count)
            var x = 0.0
            var y = 0.0
            for position in positions {
                guard let pair = position.array, pair.count >= 2, let a = pair[0].number, let b = pair[1].number else { return nil }
                if quantized, let scale, let translate {
                    x += a
                    y += b
                    arc.append(GeoPoint(lon: x * scale[0] + translate[0], lat: y * scale[1] + translate[1]))
                } else {
                    arc.append(GeoPoint(lon: a, lat: b))
                }
            }
            arcs.append(arc)
        }
        return arcs
    }

    private func collect(
        _ geometry: JSONValue, feature: Int, boundaries: Boundaries, into polygons: inout [[[ArcReference]]], issues: inout [MapIssue]
    ) {
        switch geometry["type"]?.string {
        case "Polygon":
            polygon(geometry["arcs"], feature: feature, number: 0, boundaries: boundaries, into: &polygons, issues: &issues)
        case "MultiPolygon":
            for (number, item) in (geometry["arcs"]?.array ?? []).enumerated() {
                polygon(item, feature: feature, number: number, boundaries: boundaries, into: &polygons, issues: &issues)
            }
        case "GeometryCollection":
            for member in geometry["geometries"]?.array ?? [] {
                collect(member, feature: feature, boundaries: boundaries, into: &polygons, issues: &issues)
            }
        case nil:
            return  // a null geometry: reported as an empty feature
        case let type?:
            issues.append(MapIssue(.warning, .unsupportedGeometry, file: file, feature: feature, "a \(type) is not a polygon; left out"))
        }
    }

    private func polygon(
        _ value: JSONValue?, feature: Int, number: Int, boundaries: Boundaries, into polygons: inout [[[ArcReference]]],
        issues: inout [MapIssue]
    ) {
        let check = RingCheck(file: file)
        var kept: [[ArcReference]] = []
        for (ringIndex, ring) in (value?.array ?? []).enumerated() {
            let detail = ringDetail(ringIndex, of: number)
            var references: [ArcReference] = []
            for item in ring.array ?? [] {
                guard let number = item.number, number == number.rounded(), abs(number) < 1e9 else { break }
                let index = Int(number)
                let reference = index >= 0 ? ArcReference(arc: index) : ArcReference(arc: ~index, reversed: true)
                guard reference.arc < boundaries.arcs.count else { break }
                references.append(reference)
            }
            guard !references.isEmpty, references.count == ring.array?.count else {
                issues.append(MapIssue(.error, .badArc, file: file, feature: feature, detail: detail, "ring refers to an arc that does not exist"))
                if ringIndex == 0 { return }
                continue
            }
            switch check.checked(boundaries.points(of: references), feature: feature, detail: detail) {
            case .success: kept.append(references)
            case .failure(let issue):
                issues.append(issue)
                if ringIndex == 0 { return }
            }
        }
        if !kept.isEmpty { polygons.append(kept) }
    }
}
