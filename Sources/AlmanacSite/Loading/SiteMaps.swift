import AlmanacData
import AlmanacMaps
import Foundation
import Synchronization

/// The maps of a site (`maps:` in site.yml): each boundary file read once per build, joined to
/// the regions by its key (`key` property = the regions.csv column `match`: id, name or any other
/// column), projected and simplified once (``PreparedMap``); a map of only some regions (a
/// block's `under:`) is prepared the first time a page asks and kept for the others.
final class SiteMaps: Sendable {
    struct Map: Sendable {
        var spec: SiteConfig.MapSpec
        var boundaries: Boundaries
        var join: MapJoin
        /// All of its shapes.
        var prepared: PreparedMap
    }

    /// In the order of site.yml.
    let maps: [Map]
    private let subsets = Mutex<[String: PreparedMap]>([:])

    static let none = SiteMaps(maps: [])

    private init(maps: [Map]) {
        self.maps = maps
    }

    func map(_ id: String) -> Map? { maps.first { $0.spec.id == id } }

    /// The maps on which most of `regions` have a shape, best first (none without one).
    func maps(showing regions: [String]) -> [Map] {
        let scored = maps.map { map in (map, regions.count { map.join.featuresOfRegion[$0]?.isEmpty == false }) }
        return scored.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// `map` fitted to the shapes of `regions` (all of it when they are all its regions).
    func prepared(_ map: Map, for regions: [String]) -> PreparedMap {
        let features = Set(regions.flatMap { map.join.featuresOfRegion[$0] ?? [] })
        guard features.count < map.join.regionOfFeature.count else { return map.prepared }
        let key = map.spec.id + "\u{1F}" + features.sorted().map(String.init).joined(separator: ",")
        if let found = subsets.withLock({ $0[key] }) { return found }
        var options = PreparedMap.Options(projection: map.spec.projection.flatMap(Projection.Kind.init(rawValue:)))
        options.features = features
        let prepared = PreparedMap(map.boundaries, options: options)
        subsets.withLock { $0[key] = prepared }
        return prepared
    }

    /// Reads every map of `config`; problems are diagnostics at the boundary file (errors leave
    /// the map out; a feature that cannot be joined is a warning). A feature whose key matches no
    /// region is drawn as context without a word, and a region with no shape is named below the map.
    static func load(_ config: SiteConfig, tree: RegionTree, files: SiteFiles) -> (SiteMaps, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var maps: [Map] = []
        for spec in config.maps {
            guard files.exists(spec.file) else {
                diagnostics.append(.error(SiteConfig.file, line: spec.line, column: spec.column, "map \"\(spec.id)\": \(spec.file) does not exist"))
                continue
            }
            guard let bytes = files.read(spec.file, diagnostics: &diagnostics) else { continue }
            let reading = BoundaryReader.read(bytes, file: spec.file, object: spec.object)
            diagnostics += reading.issues.map(diagnostic)
            guard let boundaries = reading.boundaries else { continue }
            var keys: [String: String] = [:]
            for id in tree.preorder {
                guard let region = tree[id] else { continue }
                let value: String? =
                    switch spec.match {
                    case "id": id
                    case "name": region.name
                    case "level": region.level
                    default: region.attributes[spec.match]
                    }
                if let value, !value.isEmpty, keys[value] == nil { keys[value] = id }
            }
            if keys.isEmpty {
                diagnostics.append(
                    .error(SiteConfig.file, line: spec.line, column: spec.column, "map \"\(spec.id)\": regions.csv has no column \"\(spec.match)\" to match \(spec.key) with"))
                continue
            }
            let join = MapJoin(boundaries, key: spec.key, regions: keys)
            // Features that match no region are the rule on a world map: they are the map's
            // background, not a mistake, so only a map that matches nothing is worth a word.
            diagnostics += join.issues.filter { $0.kind != .unmatchedFeature }.map(diagnostic)
            if join.regionOfFeature.isEmpty {
                diagnostics.append(
                    .warning(
                        spec.file, "no feature's \(spec.key) matches the \(spec.match) column of regions.csv: the map \"\(spec.id)\" shows no region"))
            }
            let options = PreparedMap.Options(projection: spec.projection.flatMap(Projection.Kind.init(rawValue:)))
            maps.append(Map(spec: spec, boundaries: boundaries, join: join, prepared: PreparedMap(boundaries, options: options)))
        }
        return (SiteMaps(maps: maps), diagnostics)
    }

    private static func diagnostic(_ issue: MapIssue) -> Diagnostic {
        var text = ""
        if let feature = issue.feature { text += "feature \(feature)" }
        if let detail = issue.detail { text += (text.isEmpty ? "" : ", ") + detail }
        let message = text.isEmpty ? issue.message : text + ": " + issue.message
        return issue.severity == .error ? .error(issue.file, message) : .warning(issue.file, message)
    }
}
