import Foundation

/// An inline figure in prose, `{{< name arg arg … >}}`, e.g. `{{< value patents quzhou 2024 >}}`.
/// Arguments are separated by spaces; one holding spaces can be written in double quotes.
public struct Shortcode: Sendable, Equatable {
    public var name: String
    public var arguments: [String]
    /// The text as written, `{{<` to `>}}`.
    public var source: String
    /// 1-based line and column (in characters) of `{{<` in the file.
    public var line: Int
    public var column: Int

    public init(name: String, arguments: [String], source: String, line: Int = 1, column: Int = 1) {
        self.name = name
        self.arguments = arguments
        self.source = source
        self.line = line
        self.column = column
    }
}

/// Splits text into plain runs and shortcodes.
public enum ShortcodeScanner {
    public enum Segment: Sendable, Equatable {
        case text(String)
        case shortcode(Shortcode)
        /// Starts like a shortcode but is not one; `source` is the text from `{{<`.
        case malformed(source: String, message: String)
    }

    static let open: StaticString = "{{<"
    static let close: StaticString = ">}}"

    /// Whether `text` has a `{{<` at all: most text has none and needs no scanning.
    public static func mayContainShortcode(_ text: String) -> Bool {
        find(open, in: Substring(text)) != nil
    }

    public static func scan(_ text: String) -> [Segment] {
        guard mayContainShortcode(text) else { return [.text(text)] }
        var segments: [Segment] = []
        var rest = Substring(text)
        while let start = find(open, in: rest) {
            if start.lowerBound > rest.startIndex { segments.append(.text(String(rest[..<start.lowerBound]))) }
            guard let end = find(close, in: rest[start.upperBound...]) else {
                segments.append(.malformed(source: String(rest[start.lowerBound...]), message: "shortcode is not closed with >}} on the same line"))
                return segments
            }
            let source = String(rest[start.lowerBound..<end.upperBound])
            let inner = rest[start.upperBound..<end.lowerBound]
            switch words(inner) {
            case .success(let words) where !words.isEmpty:
                segments.append(.shortcode(Shortcode(name: words[0], arguments: Array(words.dropFirst()), source: source)))
            case .success:
                segments.append(.malformed(source: source, message: "shortcode has no name"))
            case .failure(let message):
                segments.append(.malformed(source: source, message: message.text))
            }
            rest = rest[end.upperBound...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    struct Message: Error { var text: String }

    /// The first occurrence of an ASCII `needle` in `text`, searched in UTF-8 (no grapheme
    /// breaking: the markers are ASCII and cannot sit inside a multi-byte character): `memchr`
    /// finds the first byte and the rest is compared, rather than a loop in Swift looking at every
    /// byte of every article for `{{<`.
    private static func find(_ needle: StaticString, in text: Substring) -> Range<Substring.Index>? {
        var text = text
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let offset: Int? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return nil }
            let last = bytes.count - pattern.count
            var index = 0
            while index <= last {
                guard let found = memchr(base + index, Int32(pattern[0]), last - index + 1) else { return nil }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + index, pattern.baseAddress!, pattern.count) == 0 { return index }
                index += 1
            }
            return nil
        }
        guard let offset else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: pattern.count)
    }

    private static func words(_ text: Substring) -> Result<[String], Message> {
        var words: [String] = []
        var current = ""
        var inQuotes = false
        var hasWord = false
        for character in text {
            if inQuotes {
                if character == "\"" { inQuotes = false } else { current.append(character) }
            } else if character == "\"" {
                inQuotes = true
                hasWord = true
            } else if character.isWhitespace {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if inQuotes { return .failure(Message(text: "shortcode has an unclosed quote")) }
        if hasWord { words.append(current) }
        return .success(words)
    }
}
