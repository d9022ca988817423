import Foundation
import AlmanacData
import AlmanacMarkdown

/// The YAML of a `chart` or `table` block, checked against the model: every option known, every
/// indicator and region existing, years well-formed. Errors point at the option's line in the file.
struct BlockOptions {
    enum ChartType: String, CaseIterable {
        case line, bar, column, sparkline
        case smallMultiples = "small-multiples"
    }

    var type: ChartType = .line
    var indicators: [Indicator] = []
    /// Set when the block says `indicators:` (several indicators for one region).
    var manyIndicators = false
    var regions: [String] = []
    var years: [Int]?
    /// How the block spells the years option (`years:` or `year:`).
    var yearsKey = "years"
    var title: String?
    var source: String?
    /// `scale:`, `highlight:` (see ``PageInput/ChartStyle``).
    var style = PageInput.ChartStyle()
    /// `sort:` and `top:` (see BlockSelection.swift).
    var sort: Sort?
    var top: Int?
    /// Where the block starts and where each option is written in it, for messages.
    private var blockLine = 0
    private var positions: [String: (line: Int, column: Int)] = [:]

    static let chartKeys: Set<String> = [
        "type", "indicator", "indicators", "region", "regions", "children", "years", "year", "title", "level", "under", "sort", "top",
        "scale", "highlight",
    ]
    static let tableKeys: Set<String> = [
        "indicator", "indicators", "region", "regions", "children", "years", "year", "title", "source", "level", "under", "sort", "top",
    ]

    /// Parses the block; throws the first problem (a block is small, one message is enough).
    /// The block's YAML as a mapping, its errors at their lines in the file.
    static func mapping(_ block: FencedBlock) throws(MarkdownIssue) -> YAMLMapping {
        do {
            guard let parsed = try YAMLValue.parse(block.yaml).mapping else {
                throw MarkdownIssue(line: block.line + 1, message: "a \(block.kind.rawValue) block holds YAML options, one per line")
            }
            return parsed
        } catch let error as YAMLError {
            throw MarkdownIssue(line: block.line + error.line, column: error.column, message: error.message)
        } catch let error as MarkdownIssue {
            throw error
        } catch {
            throw MarkdownIssue(line: block.line + 1, message: "\(error)")
        }
    }

    init(_ block: FencedBlock, env: RenderEnvironment, defaultRegion: String?) throws(MarkdownIssue) {
        let dataset = env.dataset
        let mapping = try Self.mapping(block)
        let kind = block.kind.rawValue
        blockLine = block.line
        for entry in mapping.entries { positions[entry.key] = (entry.line, entry.column) }
        func issue(_ key: String, _ message: String) -> MarkdownIssue { self.issue(at: key, message) }
        let known = block.kind == .chart ? Self.chartKeys : Self.tableKeys
        for entry in mapping.entries where !known.contains(entry.key) {
            throw issue(entry.key, "unknown option \"\(entry.key)\" in a \(kind) block (known: \(known.sorted().joined(separator: ", ")))")
        }

        if let value = mapping["type"] {
            guard let text = value.string, let type = ChartType(rawValue: text) else {
                let types = ChartType.allCases.map(\.rawValue).joined(separator: ", ")
                throw issue("type", value.string.map { "chart type \"\($0)\" is not one of \(types)" } ?? "type must be one of \(types)")
            }
            self.type = type
        }
        if let value = mapping["title"] {
            guard let text = value.string else { throw issue("title", "title must be text") }
            title = text
        }
        if let value = mapping["source"] {
            guard block.kind == .table, let path = value.string, !path.isEmpty else {
                throw issue("source", "source must be the path of a CSV file under Content/")
            }
            if mapping["indicator"] != nil || mapping["indicators"] != nil {
                throw issue("source", "a table shows either source: or indicator data, not both")
            }
            source = path
            return
        }

        if mapping["indicator"] != nil, mapping["indicators"] != nil {
            throw issue("indicators", "give indicator: or indicators:, not both")
        }
        if let value = mapping["indicator"] {
            guard let id = value.string else {
                throw issue("indicator", "indicator: takes one indicator id; for several, write indicators: [a, b]")
            }
            indicators = [try Self.indicator(id, env, key: "indicator", issue)]
        } else if let value = mapping["indicators"] {
            guard let ids = Self.ids(value), !ids.isEmpty else {
                throw issue("indicators", "indicators: needs a list of indicator ids, e.g. [output, patents]")
            }
            for id in ids { indicators.append(try Self.indicator(id, env, key: "indicators", issue)) }
            manyIndicators = true
        } else {
            throw MarkdownIssue(line: block.line, message: "a \(kind) block needs indicator: (or indicators:\(block.kind == .table ? ", or source:" : ""))")
        }

        let regionKeys = ["region", "regions", "children", "level", "under"].filter { mapping[$0] != nil }
        if regionKeys.count > 1, !(Set(regionKeys) == ["level", "under"]) {
            throw issue(regionKeys[1], "give one of region:, regions:, children:, or level: (with under: if you like)")
        }
        if let value = mapping["region"] {
            guard let id = value.string else { throw issue("region", "region: takes one region id; for several, write regions: [a, b]") }
            regions = [try Self.region(id, env, key: "region", issue)]
        } else if let value = mapping["regions"] {
            guard let ids = Self.ids(value), !ids.isEmpty else {
                throw issue("regions", "regions: needs a list of region ids, e.g. [quzhou, linan]")
            }
            for id in ids { regions.append(try Self.region(id, env, key: "regions", issue)) }
        } else if let value = mapping["children"] {
            guard let id = value.string else { throw issue("children", "children: takes the id of one region") }
            let parent = try Self.region(id, env, key: "children", issue)
            regions = dataset.tree.children(of: parent)
            guard !regions.isEmpty else { throw issue("children", "region \"\(id)\" has no sub-regions") }
        } else if mapping["level"] != nil || mapping["under"] != nil {
            regions = try Self.levelRegions(mapping, env, issue)
        } else if let defaultRegion {
            regions = [defaultRegion]
        }
        guard !regions.isEmpty else {
            throw MarkdownIssue(line: block.line, message: "a \(kind) block needs regions: or children: (this page has no region of its own)")
        }
        if manyIndicators, regions.count > 1 {
            throw issue("indicators", "indicators: compares several indicators in one region; give one region")
        }
        if type == .sparkline, regions.count > 1 || manyIndicators {
            throw issue("type", "a sparkline shows one indicator for one region")
        }
        var styled = self
        try styled.readStyle(mapping, env: env, issue)
        self = styled

        if mapping["years"] != nil, mapping["year"] != nil { throw issue("year", "give years: or year:, not both") }
        if let value = mapping["years"] ?? mapping["year"] {
            yearsKey = mapping["years"] != nil ? "years" : "year"
            guard let years = Self.years(value), !years.isEmpty else {
                throw issue(yearsKey, "years must be a year, a range such as 2016-2024, or a list of years")
            }
            self.years = years
        }
    }

    /// A problem with option `key`, at the option's line (at the block's first line when the option is absent).
    func issue(at key: String, _ message: String) -> MarkdownIssue {
        let position = positions[key]
        return MarkdownIssue(line: blockLine + (position?.line ?? 1), column: position?.column ?? 1, message: message)
    }

    /// A list of ids, or one id written without brackets; nil when an item is not text.
    static func ids(_ value: YAMLValue) -> [String]? {
        if let id = value.string { return [id] }
        guard let items = value.list else { return nil }
        let ids = items.compactMap(\.string)
        return ids.count == items.count ? ids : nil
    }

    /// `2020`, `2016-2024` (also with – or ~), or `[2016, 2018, 2020]`.
    static func years(_ value: YAMLValue) -> [Int]? {
        if case .list(let items) = value {
            let years = items.compactMap { $0.int }
            return years.count == items.count ? Array(Set(years)).sorted() : nil
        }
        guard let text = value.string?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let year = Int(text) { return [year] }
        for separator in ["-", "–", "~", "—"] {
            let parts = text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]), from <= to, to - from < 1000 {
                return Array(from...to)
            }
        }
        return nil
    }
}
