import AlmanacData
import AlmanacMarkdown
import Foundation

/// The theme's words in one language, read from the theme's data file for it
/// (`Theme/words/zh-CN.yml`, `Theme/words/en.yml`). Templates read them as `{{t.KEY}}`; Swift code
/// asks by ``Key``, so a word the files lack cannot be asked for, and a test checks that every key
/// is in every file. Phrases with figures in them are the files' `{name}` patterns, filled here.
struct Words: Sendable {
    let language: Language
    /// Every word by key, as templates see them.
    let table: [String: String]
    /// `来源：` / `Source: ` and `备注：` / `Note: `, made once: a county-level report has a
    /// tooltip with them on every reported figure.
    let sourcePrefix: String, notePrefix: String
    /// Every word as a ``Phrase``, cut at its slots once.
    private let phrases: [String: Phrase]

    /// The built-in words of `language`.
    init(_ language: Language) {
        self = language == .zhCN ? Self.chinese : Self.english
    }

    private init(language: Language, table: [String: String]) {
        self.language = language
        self.table = table
        phrases = table.mapValues(Phrase.init)
        sourcePrefix = (table["source"] ?? "") + (table["colon"] ?? "")
        notePrefix = (table["note"] ?? "") + (table["colon"] ?? "")
    }

    private static let chinese = load(.zhCN)
    private static let english = load(.en)

    /// Reads the theme's words file of `language`: a flat mapping of keys to text.
    static func load(_ language: Language) -> Words {
        Words(language: language, table: (try? table(of: language)) ?? [:])
    }

    /// The file's words; throws when it cannot be read or is not a flat mapping of text.
    static func table(of language: Language) throws -> [String: String] {
        guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "yml", subdirectory: "Theme/words"),
            let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
            let mapping = try YAMLValue.parse(text).mapping
        else { throw CocoaError(.fileReadCorruptFile) }
        var table: [String: String] = [:]
        for entry in mapping.entries {
            guard let word = entry.value.string else { throw CocoaError(.fileReadCorruptFile) }
            table[entry.key] = word
        }
        return table
    }

    subscript(key: Key) -> String { table[key.rawValue] ?? "" }

    /// The phrase `key` with each `{name}` replaced by its value (see ``Phrase/filled(_:)``).
    func phrase(_ key: Key, _ values: KeyValuePairs<String, String>) -> String {
        phrases[key.rawValue]?.filled(values) ?? ""
    }

    func year(_ year: Int) -> String { phrase(.yearOf, ["year": String(year)]) }

    /// A date written `YYYY-MM-DD` as the language writes it: `2024年9月1日`, `1 September 2024`.
    func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let months = self[.months].split(separator: ",").map(String.init)
        guard parts.count == 3, (1...12).contains(parts[1]), months.count == 12 else { return iso }
        return phrase(
            .dateOf, ["year": String(parts[0]), "month": String(parts[1]), "day": String(parts[2]), "monthName": months[parts[1] - 1]])
    }

    func years(_ first: Int, _ last: Int) -> String { phrase(.yearSpan, ["first": String(first), "last": String(last)]) }

    func rank(_ rank: Rank) -> String { self.rank(position: rank.position, of: rank.of) }

    /// `第1位（共142个）`, `1st of 142`.
    func rank(position: Int, of count: Int) -> String {
        phrase(.rankOf, ["position": String(position), "ordinal": Self.ordinal(position), "of": String(count)])
    }

    func partial(_ contributors: Int, _ children: Int) -> String {
        contributors == children
            ? self[.partialListed] : phrase(.partialSome, ["contributors": String(contributors), "children": String(children)])
    }

    /// How a rolled-up figure of `indicator` was made, for its tooltip; `weightName` names the
    /// weight of a weighted mean.
    func rolledUp(_ indicator: Indicator, weightName: String) -> String {
        switch indicator.aggregate {
        case .mean: self[.rolledUpMean]
        case .weighted: phrase(.rolledUpWeighted, ["weight": weightName])
        case .min: self[.rolledUpMin]
        case .max: self[.rolledUpMax]
        case .sum, .none: self[.rolledUpSum]
        }
    }

    /// How an indicator's figures roll up, as its page's definition says it.
    func aggregation(_ indicator: Indicator, weightName: String) -> String {
        if let formula = indicator.formula { return phrase(.formula, ["formula": formula.text]) }
        switch indicator.aggregate {
        case .sum: return self[.sum]
        case .mean: return self[.mean]
        case .weighted: return phrase(.weighted, ["weight": weightName])
        case .min: return self[.minimum]
        case .max: return self[.maximum]
        case .none: return self[.none]
        }
    }

    /// A level of the region tree that regions.csv gives no name (0 = the roots).
    func depth(_ depth: Int) -> String { phrase(.levelOf, ["level": String(depth + 1)]) }

    /// The row that stands for the places a long ranking leaves out.
    func omitted(_ count: Int) -> String { phrase(.omitted, ["count": String(count)]) }

    /// A long ranking's chart title ends with which places it shows.
    func headAndTail(_ head: Int, _ tail: Int) -> String { phrase(.headAndTail, ["head": String(head), "tail": String(tail)]) }

    /// The label of a change on an earlier year than the previous one: `较2016年`, `Since 2016`.
    func since(_ year: Int) -> String { phrase(.since, ["year": String(year)]) }

    /// Separates list items in running text.
    var listSeparator: String { self[.listSeparator] }
    var colon: String { self[.colon] }
    var comma: String { self[.comma] }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
