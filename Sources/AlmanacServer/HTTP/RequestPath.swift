/// Turns the path of a request into the output path it names — without ever naming anything
/// outside the site. The path is percent-decoded once, segment by segment; `.` and `..`
/// segments, encoded slashes and backslashes, NUL and other control characters, and bytes that
/// are not UTF-8 make the request bad (400), whatever the spelling (`..`, `%2e%2e`, `%2F`).
enum RequestPath: Equatable {
    /// An output path such as `regions/linan/index.html`; a folder means its `index.html`.
    case file(String)
    case bad

    init(_ raw: String) {
        guard raw.hasPrefix("/") else {
            self = .bad
            return
        }
        var segments: [String] = []
        for part in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = Self.decode(part), segment != ".", segment != "..",
                !segment.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F })
            else {
                self = .bad
                return
            }
            segments.append(segment)
        }
        if raw.hasSuffix("/") || segments.isEmpty { segments.append("index.html") }
        self = .file(segments.joined(separator: "/"))
    }

    /// Percent-decodes one segment; nil for a broken escape or bytes that are not UTF-8.
    private static func decode(_ segment: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = segment.utf8[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.popFirst().flatMap(hexValue), let low = utf8.popFirst().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
