import AlmanacCharts
import AlmanacData
import AlmanacMarkdown

/// The options of a `chart` or `table` block that choose and order what it shows: regions named
/// by id, name or alias; `level:` (every region of a level, `under:` one region), `sort:` and
/// `top:` (a ranking cut after its first places, the cut shown), `scale: log`, `highlight:`.
extension BlockOptions {
    /// How a block orders its regions.
    enum Sort: String, CaseIterable {
        /// Best first by the indicator's direction, with rank numbers: a ranking.
        case rank
        /// Highest first, lowest first; by name; in the order of the region tree.
        case value, ascending, name, tree
    }

    static func region(_ text: String, _ env: RenderEnvironment, key: String, _ issue: (String, String) -> MarkdownIssue)
        throws(MarkdownIssue) -> String
    {
        let names = env.content.names.regions
        if let id = names.id(text), env.region(id) != nil { return id }
        if env.region(text) != nil { return text }
        throw issue(key, names.problem(text) ?? "unknown region \"\(text)\" (not in regions.csv)")
    }

    static func indicator(_ text: String, _ env: RenderEnvironment, key: String, _ issue: (String, String) -> MarkdownIssue)
        throws(MarkdownIssue) -> Indicator
    {
        let names = env.content.names.indicators
        if let id = names.id(text), let indicator = env.indicator(id) { return indicator }
        if let indicator = env.indicator(text) { return indicator }
        throw issue(key, names.problem(text) ?? "unknown indicator \"\(text)\" (not in indicators.csv)")
    }

    /// `level: 县` (every region of that level, as regions.csv writes it or as the edition's
    /// language does), `under: zhejiang` (only those below it; alone, its children).
    static func levelRegions(_ mapping: YAMLMapping, _ env: RenderEnvironment, _ issue: (String, String) -> MarkdownIssue)
        throws(MarkdownIssue) -> [String]
    {
        let tree = env.dataset.tree
        var under: String?
        if let value = mapping["under"] {
            guard let text = value.string else { throw issue("under", "under: takes one region") }
            under = try region(text, env, key: "under", issue)
        }
        guard let level = mapping["level"] else {
            let children = tree.children(of: under!)
            if children.isEmpty { throw issue("under", "region \"\(under!)\" has no sub-regions") }
            return children
        }
        guard let name = level.string else { throw issue("level", "level: takes a level of regions.csv, e.g. 县") }
        let candidates = under.map { tree.descendants(of: $0) } ?? tree.preorder
        let found = candidates.filter { tree[$0]?.level == name || env.region($0)?.level == name }
        if found.isEmpty {
            let levels = Set(tree.preorder.compactMap { tree[$0]?.level }).sorted()
            throw issue(
                "level",
                "no region of level \"\(name)\"\(under.map { " under \($0)" } ?? "") (the levels of regions.csv: \(levels.joined(separator: ", ")))")
        }
        return found
    }

    /// `scale:`, `highlight:`, `sort:`, `top:`.
    mutating func readStyle(_ mapping: YAMLMapping, env: RenderEnvironment, _ issue: (String, String) -> MarkdownIssue) throws(MarkdownIssue) {
        if type == .smallMultiples { style.form = .smallMultiples }
        if let value = mapping["scale"] {
            guard let text = value.string, let scale = ChartScale(rawValue: text) else {
                throw issue("scale", "scale must be linear or log")
            }
            style.scale = scale
        }
        if let value = mapping["highlight"] {
            guard let texts = Self.ids(value) else { throw issue("highlight", "highlight: takes a region or a list of regions") }
            var ids: [String] = []
            for text in texts { ids.append(try Self.region(text, env, key: "highlight", issue)) }
            style.highlight = ids
        }
        if let value = mapping["sort"] {
            guard let text = value.string, let sort = Sort(rawValue: text) else {
                throw issue("sort", "sort must be one of \(Sort.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.sort = sort
        }
        if let value = mapping["top"] {
            guard let count = value.int, count > 0 else { throw issue("top", "top: takes a number of places, e.g. 10") }
            top = count
        }
    }
}
