/// Names instead of ids: what a data cell, a column header or a region in a block may write for
/// a region or an indicator — its id, its name as the catalogue gives it, or one of its aliases
/// — resolved to the id. An id always means its own entry, even where it is also another entry's
/// name; a name or alias that fits two entries (鼓楼区 is a district of Nanjing and of Fuzhou) is
/// ambiguous, and the message names both. Texts are compared as Swift strings (canonically
/// equivalent Unicode is equal), without case folding.
public struct NameTable: Sendable {
    /// An entry a text may mean, and where the catalogue defines it.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var location: SourceLocation

        public init(id: String, location: SourceLocation) {
            self.id = id
            self.location = location
        }
    }

    public enum Match: Sendable, Hashable {
        case id(String)
        case unknown
        /// Two or more entries, in catalogue order.
        case ambiguous([Entry])
    }

    /// `region` or `indicator`, for messages.
    public let noun: String
    /// `regions.csv` or `indicators.csv`, for messages.
    public let catalogue: String
    private var ids: [String: Entry] = [:]
    private var names: [String: [Entry]] = [:]

    /// A table of `entries`: each id with its names and aliases. Empty names are left out.
    public init(noun: String, catalogue: String, entries: [(id: String, names: [String], location: SourceLocation)]) {
        self.noun = noun
        self.catalogue = catalogue
        for (id, names, location) in entries {
            let entry = Entry(id: id, location: location)
            if ids[id] == nil { ids[id] = entry }
            for name in Set(names) where !name.isEmpty && name != id {
                self.names[name, default: []].append(entry)
            }
        }
    }

    /// A table that knows ids only.
    public init(noun: String, catalogue: String, ids: Set<String>) {
        self.init(
            noun: noun, catalogue: catalogue,
            entries: ids.sorted().map { ($0, [], SourceLocation(file: "Content/" + catalogue, line: 1)) })
    }

    /// The regions by id, `name` and `aliases`.
    public static func regions(_ regions: [Region]) -> NameTable {
        NameTable(
            noun: "region", catalogue: "regions.csv", entries: regions.map { ($0.id, [$0.name] + $0.aliases, $0.location) })
    }

    /// The indicators by id, `name` and the aliases of each id (see ``IndicatorAliases``).
    public static func indicators(_ indicators: [Indicator], aliases: [String: [String]] = [:]) -> NameTable {
        NameTable(
            noun: "indicator", catalogue: "indicators.csv",
            entries: indicators.map { ($0.id, [$0.name] + (aliases[$0.id] ?? []), $0.location) })
    }

    public func contains(id: String) -> Bool { ids[id] != nil }

    /// What `text` (already trimmed) means.
    public func match(_ text: String) -> Match {
        if let entry = ids[text] { return .id(entry.id) }
        guard let found = names[text] else { return .unknown }
        var distinct: [Entry] = []
        for entry in found where !distinct.contains(where: { $0.id == entry.id }) { distinct.append(entry) }
        if distinct.count == 1 { return .id(distinct[0].id) }
        return .ambiguous(distinct.sorted { $0.location < $1.location })
    }

    /// The id `text` means, or nil when it means none or more than one.
    public func id(_ text: String) -> String? {
        if case .id(let id) = match(text) { return id }
        return nil
    }

    /// Why `text` does not name one entry (`unknown region "x" (not in regions.csv)`), or nil.
    public func problem(_ text: String) -> String? { problem(text, match(text)) }

    public func problem(_ text: String, _ match: Match) -> String? {
        switch match {
        case .id: return nil
        case .unknown: return "unknown \(noun) \"\(text)\" (not in \(catalogue))"
        case .ambiguous(let entries):
            let listed = entries.map { "\($0.id) (\($0.location.file):\($0.location.line))" }
            let joined = listed.count == 2
                ? listed.joined(separator: " and ") : listed.dropLast().joined(separator: ", ") + " and " + listed.last!
            return "\(noun) \"\(text)\" is ambiguous: it fits \(listed.count) \(noun)s, \(joined); write the id or an alias"
        }
    }
}

/// The region and indicator tables of a site, as its data files, blocks and shortcodes use them.
public struct SiteNames: Sendable {
    public var regions: NameTable
    public var indicators: NameTable

    public init(regions: NameTable, indicators: NameTable) {
        self.regions = regions
        self.indicators = indicators
    }

    /// Tables of ids only, for callers that have no catalogue rows (benchmarks, tests).
    public init(regionIDs: Set<String>, indicatorIDs: Set<String>) {
        regions = NameTable(noun: "region", catalogue: "regions.csv", ids: regionIDs)
        indicators = NameTable(noun: "indicator", catalogue: "indicators.csv", ids: indicatorIDs)
    }
}
