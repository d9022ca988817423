/// Splits a Markdown file into its YAML front matter (between `---` lines at the very top) and
/// the Markdown body, remembering on which line the body starts so that errors in the body can
/// name the line of the file, not of the body.
public struct FrontMatter: Sendable, Equatable {
    /// The parsed front matter; an empty mapping when the file has none.
    public var fields: YAMLMapping
    public var body: String
    /// 1-based line of the file on which `body` begins.
    public var bodyFirstLine: Int
    /// 1-based line of the file on which the YAML text begins (for locating YAML errors).
    public var yamlFirstLine: Int

    /// Splits and parses `text`. A leading BOM is ignored. A `---` block that never closes, or
    /// YAML that is not a mapping, throws with the line of the file.
    public static func parse(_ text: String) throws(YAMLError) -> FrontMatter {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineEnd)
        guard let first = lines.first, first.trimmingTrailingWhitespace == "---" else {
            return FrontMatter(fields: YAMLMapping(entries: []), body: String(text), bodyFirstLine: 1, yamlFirstLine: 1)
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace == "---" || $0.trimmingTrailingWhitespace == "..." }) else {
            throw YAMLError(line: 1, column: 1, message: "front matter starts with --- but has no closing --- line")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let value: YAMLValue
        do {
            value = try YAMLValue.parse(yaml)
        } catch {
            throw YAMLError(line: error.line + 1, column: error.column, message: error.message)
        }
        let fields: YAMLMapping
        switch value {
        case .mapping(let mapping): fields = mapping.shiftingLines(by: 1)
        case .null: fields = YAMLMapping(entries: [])
        default: throw YAMLError(line: 2, column: 1, message: "front matter must be a mapping of keys to values")
        }
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(fields: fields, body: body, bodyFirstLine: close + 2, yamlFirstLine: 2)
    }
}

extension Character {
    /// LF, CRLF (one `Character` in Swift) or a lone CR: the line ends of CommonMark.
    var isLineEnd: Bool { self == "\n" || self == "\r\n" || self == "\r" }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
        return result
    }
}
