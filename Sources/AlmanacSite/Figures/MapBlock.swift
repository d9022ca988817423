import AlmanacData
import AlmanacMarkdown
import AlmanacMarkup

/// A `map` block: a choropleth of one indicator in one year.
///
/// ````
/// ```map
/// indicator: industrial-output
/// year: 2020            # default: the latest year with figures for the regions drawn
/// map: provinces        # default: the site's map that shows most of them
/// under: china          # the regions of one level under this one (default: the roots' children)
/// level: 省             # which level under it (default: the level of its children)
/// title: …
/// ```
/// ````
extension PageInput {
    func mapBlock(_ block: FencedBlock, region defaultRegion: String?) throws(MarkdownIssue) -> MarkupBytes {
        let mapping = try BlockOptions.mapping(block)
        func issue(_ key: String, _ message: String) -> MarkdownIssue {
            let entry = mapping.entry(key)
            return MarkdownIssue(line: block.line + (entry?.line ?? 0), column: entry?.column ?? 1, message: message)
        }
        let known: Set<String> = ["indicator", "year", "map", "under", "level", "title"]
        for entry in mapping.entries where !known.contains(entry.key) {
            throw issue(entry.key, "unknown option \"\(entry.key)\" in a map block (known: \(known.sorted().joined(separator: ", ")))")
        }
        let dataset = env.dataset
        guard let id = mapping["indicator"]?.string else { throw issue("indicator", "a map block needs indicator:") }
        guard let indicator = env.indicator(id) else { throw issue("indicator", "unknown indicator \"\(id)\" (not in indicators.csv)") }
        let maps = env.content.maps
        if maps.maps.isEmpty { throw issue("map", "the site has no maps: declare one under maps: in site.yml") }
        var chosen: SiteMaps.Map?
        if let name = mapping["map"]?.string {
            guard let map = maps.map(name) else {
                throw issue("map", "unknown map \"\(name)\" (site.yml has \(maps.maps.map(\.spec.id).joined(separator: ", ")))")
            }
            chosen = map
        }
        let tree = dataset.tree
        var under: String?
        if let value = mapping["under"] {
            guard let region = value.string, env.region(region) != nil else {
                throw issue("under", "unknown region \"\(value.string ?? "")\" (not in regions.csv)")
            }
            under = region
        }
        // The regions drawn: one level under `under` (its children's, or the one named), else the
        // level that most regions of the chosen map are at.
        let candidates = under.map { tree.regions(below: $0) } ?? tree.preorder
        var regions: [String]
        if let level = mapping["level"]?.string {
            regions = candidates.filter { tree[$0]?.level == level || env.region($0)?.level == level }
            if regions.isEmpty { throw issue("level", "no region of level \"\(level)\" under \(under ?? "the top")") }
        } else if let under {
            regions = tree.children(of: under)
        } else {
            let onMap = candidates.filter { region in (chosen.map { [$0] } ?? maps.maps).contains { $0.join.featuresOfRegion[region] != nil } }
            let depths = Dictionary(grouping: onMap, by: tree.depth(of:))
            regions = depths.max { a, b in (a.value.count, -a.key) < (b.value.count, -b.key) }?.value ?? []
        }
        guard !regions.isEmpty else { throw issue("under", "no regions to draw") }
        let withData = regions.flatMap { dataset.years(indicator.id, $0) }
        let year: Int
        if let value = mapping["year"] {
            guard let given = value.int else { throw issue("year", "year must be a year, e.g. 2020") }
            year = given
        } else {
            guard let latest = withData.max() else { throw issue("indicator", "no figures for \(indicator.id) in the regions drawn") }
            year = latest
        }
        guard let figure = choropleth(
            indicator, year: year, regions: regions, map: chosen?.spec.id, highlight: defaultRegion, title: mapping["title"]?.string)
        else { throw issue("map", "no region drawn has a shape on the site's maps") }
        return figure
    }
}

extension RegionTree {
    /// Every region below `id`, depth first.
    fileprivate func regions(below id: String) -> [String] {
        children(of: id).flatMap { [$0] + regions(below: $0) }
    }
}
