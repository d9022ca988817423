/// Rings cut where they cross the meridian opposite the map's centre, so that a ring that crosses it
/// (Fiji, Russia's Chukotka, or any island straddling 180° in a file that does not split it) is
/// drawn as pieces on both edges of the map rather than as a band across the whole world. Like
/// d3-geo's antimeridian clipping, in outcome; done here on the plane of longitude and latitude: the
/// ring is unwrapped (each step taken the short way round), cut into 360°-wide strips and each
/// piece shifted back. A ring that winds round a pole is closed along that pole first. Edges
/// along the cut are given a point per degree so they follow the projection's curved edge.
enum AntimeridianCut {
    /// `ring` (closed) with longitudes relative to `projection`'s central meridian, cut into
    /// closed rings within −180…180.
    static func cut(_ ring: [GeoPoint], for projection: Projection) -> [[GeoPoint]] {
        let relative = ring.map { GeoPoint(lon: projection.relativeLongitude($0.lon), lat: $0.lat) }
        var crosses = false
        for index in relative.indices.dropFirst() where abs(relative[index].lon - relative[index - 1].lon) > 180 {
            crosses = true
            break
        }
        guard crosses else { return [densified(relative)] }
        var unwrapped = [relative[0]]
        for index in relative.indices.dropFirst() {
            var step = relative[index].lon - relative[index - 1].lon
            if step > 180 { step -= 360 } else if step <= -180 { step += 360 }
            unwrapped.append(GeoPoint(lon: unwrapped[index - 1].lon + step, lat: relative[index].lat))
        }
        let first = unwrapped[0]
        let last = unwrapped[unwrapped.count - 1]
        if abs(last.lon - first.lon) > 1 {
            // Round a pole: close along it, on the side the ring lies.
            let meanLatitude = unwrapped.map(\.lat).reduce(0, +) / Double(unwrapped.count)
            let pole: Double = meanLatitude < 0 ? -90 : 90
            unwrapped.append(GeoPoint(lon: last.lon, lat: pole))
            unwrapped.append(GeoPoint(lon: first.lon, lat: pole))
            unwrapped.append(first)
        }
        let open = Array(unwrapped.dropLast())
        let low = open.map(\.lon).min()!
        let high = open.map(\.lon).max()!
        let firstStrip = Int(((low + 180) / 360).rounded(.down))
        let lastStrip = Int(((high - 180) / 360).rounded(.up))
        var pieces: [[GeoPoint]] = []
        for strip in firstStrip...max(firstStrip, lastStrip) {
            let west = -180 + 360 * Double(strip)
            var piece = clip(open, keep: { $0 >= west }, at: west)
            piece = clip(piece, keep: { $0 <= west + 360 }, at: west + 360)
            let shifted = piece.map { GeoPoint(lon: $0.lon - 360 * Double(strip), lat: $0.lat) }
            guard shifted.count >= 3, abs(signedArea(shifted)) > 0 else { continue }
            pieces.append(densified(shifted + [shifted[0]]))
        }
        return pieces
    }

    /// One Sutherland–Hodgman step: the open ring's part where `keep(lon)`, cut at longitude `line`.
    private static func clip(_ open: [GeoPoint], keep: (Double) -> Bool, at line: Double) -> [GeoPoint] {
        guard !open.isEmpty else { return [] }
        var out: [GeoPoint] = []
        var previous = open[open.count - 1]
        for current in open {
            let inside = keep(current.lon)
            if inside != keep(previous.lon) { out.append(crossing(previous, current, at: line)) }
            if inside { out.append(current) }
            previous = current
        }
        return out
    }

    /// Where the edge meets the line, computed from its lower end so that the same edge walked either
    /// way (by two neighbours) meets it at the same point.
    private static func crossing(_ a: GeoPoint, _ b: GeoPoint, at line: Double) -> GeoPoint {
        let (p, q) = (a.lon, a.lat) < (b.lon, b.lat) ? (a, b) : (b, a)
        let t = (line - p.lon) / (q.lon - p.lon)
        return GeoPoint(lon: line, lat: p.lat + t * (q.lat - p.lat))
    }

    static func signedArea(_ open: [GeoPoint]) -> Double {
        var area = 0.0
        for index in open.indices {
            let a = open[index]
            let b = open[(index + 1) % open.count]
            area += a.lon * b.lat - b.lon * a.lat
        }
        return area / 2
    }

    /// Edges lying on the cut (both ends at the same ±180) get a point at least every degree.
    private static func densified(_ ring: [GeoPoint]) -> [GeoPoint] {
        var out: [GeoPoint] = []
        out.reserveCapacity(ring.count)
        for (index, point) in ring.enumerated() {
            if index > 0 {
                let previous = ring[index - 1]
                if abs(point.lon) == 180, previous.lon == point.lon, abs(point.lat - previous.lat) > 1 {
                    let (low, high) = (min(previous.lat, point.lat), max(previous.lat, point.lat))
                    let steps = Int((high - low).rounded(.up))
                    let between = (1..<steps).map { GeoPoint(lon: point.lon, lat: low + (high - low) * Double($0) / Double(steps)) }
                    out.append(contentsOf: previous.lat < point.lat ? between : between.reversed())
                }
            }
            out.append(point)
        }
        return out
    }
}
