/// A small CSV file (the catalogue, targets) read whole: a header and the data rows that are
/// exactly as wide as it, every other row reported.
struct CSVSheet {
    let header: CSVHeader
    /// Data rows that have exactly as many fields as the header.
    let rows: [CSVRecord]

    var file: String { header.file }

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
        let header = CSVHeader(first.fields, line: first.line, file: file, issues: &issues)
        self.header = header
        rows = records.dropFirst().filter { record in
            guard let issue = header.shapeIssue(line: record.line, fields: record.fields.count) else { return true }
            issues.append(issue)
            return false
        }
    }

    func column(_ name: String) -> Int? { header[name] }

    func require(_ names: [String], issues: inout [DataIssue]) -> Bool { header.require(names, issues: &issues) }

    func location(_ row: CSVRecord, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: column + 1)
    }

    /// The trimmed cell of `row` in column `name`, or "" where the file has no such column.
    func cell(_ row: CSVRecord, _ name: String) -> String {
        guard let index = header[name] else { return "" }
        return row.fields[index].trimmingSpaces
    }
}
