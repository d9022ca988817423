/// A CSV file seen as a header row and data rows, with the checks every Almanac table shares:
/// readable at all, required columns present, every row as wide as the header.
struct CSVSheet {
    let file: String
    let header: [String]
    let headerLine: Int
    /// Data rows that have exactly as many fields as the header.
    let rows: [CSVRecord]
    private let columns: [String: Int]

    /// Reads `bytes`; problems go to `issues`. Returns nil when the file cannot be read at all.
    init?(bytes: [UInt8], file: String, issues: inout [DataIssue]) {
        let records: [CSVRecord]
        do {
            records = try CSVReader.read(bytes)
        } catch {
            issues.append(.error(SourceLocation(file: file, line: error.line, column: error.column), error.message))
            return nil
        }
        guard let first = records.first else {
            issues.append(.error(SourceLocation(file: file, line: 1), "file is empty; expected a header row"))
            return nil
        }
        self.file = file
        header = first.fields.map { $0.trimmingSpaces }
        headerLine = first.line
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if let earlier = columns[name] {
                issues.append(
                    .error(
                        SourceLocation(file: file, line: first.line, column: index + 1),
                        "column \"\(name)\" appears twice (also column \(earlier + 1))"))
            } else {
                columns[name] = index
            }
        }
        self.columns = columns
        var rows: [CSVRecord] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            if record.fields.count == header.count {
                rows.append(record)
            } else {
                let column = min(record.fields.count, header.count) + 1
                let words = record.fields.count < header.count ? "too few" : "too many"
                issues.append(
                    .error(
                        SourceLocation(file: file, line: record.line, column: column),
                        "row has \(words) fields: \(record.fields.count) where the header has \(header.count)"))
            }
        }
        self.rows = rows
    }

    func column(_ name: String) -> Int? { columns[name] }

    /// Checks that each of `names` is a column; reports the missing ones on the header line.
    func require(_ names: [String], issues: inout [DataIssue]) -> Bool {
        let missing = names.filter { columns[$0] == nil }
        for name in missing {
            issues.append(
                .error(
                    SourceLocation(file: file, line: headerLine, column: 1),
                    "missing column \"\(name)\" (the header is: \(header.joined(separator: ",")))"))
        }
        return missing.isEmpty
    }

    func location(_ row: CSVRecord, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: column + 1)
    }

    /// The trimmed cell of `row` in column `name`, or "" where the file has no such column.
    func cell(_ row: CSVRecord, _ name: String) -> String {
        guard let index = columns[name] else { return "" }
        return row.fields[index].trimmingSpaces
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (spreadsheets pad cells; CSV keeps the padding).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
