import Yams

/// YAML as Almanac reads it (front matter, `chart`/`table` blocks, `site.yml`): scalars kept as
/// their text with typed accessors, mappings in file order with the line of each key, so that an
/// unknown option or a bad value can be reported where it is written.
public indirect enum YAMLValue: Sendable, Equatable {
    /// `plain` is false for quoted and block scalars, which are always strings.
    case scalar(String, plain: Bool)
    case list([YAMLValue])
    case mapping(YAMLMapping)
    case null

    /// The most values one document may hold once its aliases are expanded. Aliases let a few
    /// hundred bytes stand for billions of values ("billion laughs"); real front matter, site.yml
    /// and chart options hold dozens.
    public static let maximumValues = 100_000

    /// Parses one YAML document. An empty document is an empty mapping.
    public static func parse(_ text: String) throws(YAMLError) -> YAMLValue {
        if let simple = SimpleYAML.parse(text) { return simple }
        return try composed(text)
    }

    /// `text` read by Yams alone (``parse(_:)`` tries ``SimpleYAML`` first; the benchmark compares the two).
    public static func composed(_ text: String) throws(YAMLError) -> YAMLValue {
        let node: Yams.Node?
        do {
            // The basic resolver leaves tags alone (this type reads scalars itself; the default
            // one runs a regular expression per scalar), and an explicit encoding saves reading
            // the environment on every call, which `.default` does.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw YAMLError(error)
        } catch {
            throw YAMLError(line: 1, column: 1, message: "\(error)")
        }
        guard let node else { return .mapping(YAMLMapping(entries: [])) }
        var budget = maximumValues
        return try convert(node, budget: &budget)
    }

    private static func convert(_ node: Yams.Node, budget: inout Int) throws(YAMLError) -> YAMLValue {
        budget -= 1
        guard budget >= 0 else {
            throw YAMLError(
                line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                message: "YAML holds more than \(maximumValues) values once its aliases (*name) are expanded")
        }
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain || scalar.style == .any ? plain(scalar.string) : .scalar(scalar.string, plain: false)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence { items.append(try convert(item, budget: &budget)) }
            return .list(items)
        case .mapping(let mapping):
            var entries: [YAMLMapping.Entry] = []
            for (key, value) in mapping {
                entries.append(
                    YAMLMapping.Entry(
                        key: key.string ?? "", value: try convert(value, budget: &budget), line: key.mark?.line ?? 1,
                        column: key.mark?.column ?? 1))
            }
            return .mapping(YAMLMapping(entries: entries))
        case .alias:
            return .null
        }
    }

    /// A plain scalar: null if it says so, else its text.
    static func plain(_ text: String) -> YAMLValue {
        ["", "~", "null", "Null", "NULL"].contains(text) ? .null : .scalar(text, plain: true)
    }

    /// The text of a scalar (numbers and booleans included); nil for lists, mappings and null.
    public var string: String? {
        if case .scalar(let text, _) = self { return text }
        return nil
    }

    /// A plain `true` / `false` (YAML 1.2 core schema; `yes` and `on` stay strings).
    public var bool: Bool? {
        guard case .scalar(let text, true) = self else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public var int: Int? {
        guard case .scalar(let text, true) = self else { return nil }
        return Int(text)
    }

    public var double: Double? {
        guard case .scalar(let text, true) = self, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A list's items, or a lone scalar as a list of one (`tags: 质量` means `tags: [质量]`).
    public var list: [YAMLValue]? {
        switch self {
        case .list(let items): return items
        case .scalar: return [self]
        default: return nil
        }
    }

    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }
}

/// A YAML mapping in file order.
public struct YAMLMapping: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: YAMLValue
        /// 1-based line and column of the key within the YAML text.
        public var line: Int
        public var column: Int
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public subscript(key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// The same mapping with every key's line moved by `offset`, for YAML embedded in a larger file.
    public func shiftingLines(by offset: Int) -> YAMLMapping {
        YAMLMapping(
            entries: entries.map { entry in
                var entry = entry
                entry.line += offset
                entry.value = entry.value.shiftingLines(by: offset)
                return entry
            })
    }
}

extension YAMLValue {
    func shiftingLines(by offset: Int) -> YAMLValue {
        switch self {
        case .mapping(let mapping): return .mapping(mapping.shiftingLines(by: offset))
        case .list(let items): return .list(items.map { $0.shiftingLines(by: offset) })
        default: return self
        }
    }
}

/// YAML that does not parse, with the position libyaml reports (1-based, within the YAML text).
public struct YAMLError: Error, Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            self.init(line: mark.line, column: mark.column, message: "YAML: \(problem)")
        case .reader(let problem, let offset, let value, let yaml):
            // Yams' own description quotes the offending line raw (a control character in it is
            // what it reports); the position and the character, shown escaped, are enough.
            let before = yaml.prefix(offset ?? 0)
            let line = 1 + before.filter(\.isNewline).count
            let column = 1 + (before.lastIndex(where: \.isNewline).map { before.distance(from: $0, to: before.endIndex) - 1 } ?? before.count)
            let character = Unicode.Scalar(UInt32(bitPattern: value)).map { " (\"\($0)\")" } ?? ""
            self.init(line: line, column: column, message: "YAML: \(problem)\(character)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(
                line: context.mark.line, column: context.mark.column,
                message: "YAML: duplicate key \(duplicates.joined(separator: ", "))")
        default:
            self.init(line: 1, column: 1, message: "YAML: \(error)")
        }
    }
}
