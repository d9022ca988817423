/// Splits a Markdown file into its YAML front matter (between `---` lines at the very top) and
/// the Markdown body, remembering on which line the body starts so that errors in the body can
/// name the line of the file, not of the body. Works on UTF-8 bytes: only the head of the file
/// is looked at, and the body is handed on untouched.
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
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var lines = LineCursor(bytes)
        guard let first = lines.next(), isFence(bytes[first.content], closing: false) else {
            return FrontMatter(
                fields: YAMLMapping(entries: []), body: piece(of: text, bytes.startIndex..<bytes.endIndex), bodyFirstLine: 1,
                yamlFirstLine: 1)
        }
        let yamlStart = first.next
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            guard isFence(bytes[line.content], closing: true) else { continue }
            let yaml = piece(of: text, yamlStart..<line.content.lowerBound)
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
            let body = piece(of: text, line.next..<bytes.endIndex)
            return FrontMatter(fields: fields, body: body, bodyFirstLine: lineNumber + 1, yamlFirstLine: 2)
        }
        throw YAMLError(line: 1, column: 1, message: "front matter starts with --- but has no closing --- line")
    }

    /// The bytes `range` of `text`, which start and end at line ends (or after the BOM), as a
    /// string: copied from `text` without decoding and checking them again, since every article
    /// goes through here.
    private static func piece(of text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(Substring(utf8[start..<utf8.index(start, offsetBy: range.count)]))
    }

    /// `---` (or `...` to close), with nothing after it but spaces.
    private static func isFence(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
        var line = line
        while let last = line.last, last == 0x20 || last == 0x09 { line = line.dropLast() }
        return line.elementsEqual("---".utf8) || (closing && line.elementsEqual("...".utf8))
    }
}

/// Walks the lines of UTF-8 bytes: LF, CRLF or a lone CR end a line, as in CommonMark.
struct LineCursor {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// The next line's content (without its line end) and where the line after it starts.
    mutating func next() -> (content: Range<Int>, next: Int)? {
        guard position < bytes.endIndex else { return nil }
        let start = position
        while position < bytes.endIndex, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
        let content = start..<position
        if position < bytes.endIndex {
            if bytes[position] == 0x0D, position + 1 < bytes.endIndex, bytes[position + 1] == 0x0A { position += 1 }
            position += 1
        }
        return (content, position)
    }
}
