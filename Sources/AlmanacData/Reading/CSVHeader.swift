/// The header row of an Almanac CSV file: column names to positions, with the checks every
/// table shares (no column twice, required columns present).
struct CSVHeader {
    let file: String
    let names: [String]
    let line: Int
    private let columns: [String: Int]

    init(_ names: [String], line: Int, file: String, issues: inout [DataIssue]) {
        self.file = file
        self.names = names.map { $0.trimmingSpaces }
        self.line = line
        var columns: [String: Int] = [:]
        for (index, name) in self.names.enumerated() where !name.isEmpty {
            if let earlier = columns[name] {
                issues.append(
                    .error(
                        SourceLocation(file: file, line: line, column: index + 1),
                        "column \"\(name)\" appears twice (also column \(earlier + 1))"))
            } else {
                columns[name] = index
            }
        }
        self.columns = columns
    }

    subscript(name: String) -> Int? { columns[name] }

    /// Checks that each of `required` is a column; reports the missing ones on the header line.
    func require(_ required: [String], issues: inout [DataIssue]) -> Bool {
        let missing = required.filter { columns[$0] == nil }
        for name in missing {
            issues.append(
                .error(
                    SourceLocation(file: file, line: line, column: 1),
                    "missing column \"\(name)\" (the header is: \(names.joined(separator: ",")))"))
        }
        return missing.isEmpty
    }

    /// A record whose field count differs from the header's, or nil when it matches.
    func shapeIssue(line: Int, fields: Int) -> DataIssue? {
        guard fields != names.count else { return nil }
        return .error(
            SourceLocation(file: file, line: line, column: min(fields, names.count) + 1),
            "row has \(fields < names.count ? "too few" : "too many") fields: \(fields) where the header has \(names.count)")
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (spreadsheets pad cells; CSV keeps the padding).
    var trimmingSpaces: String {
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return self }
        let bytes = Array(utf8)
        guard let start = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = bytes.lastIndex(where: { !isSpace($0) })!
        return String(decoding: bytes[start...end], as: UTF8.self)
    }
}
