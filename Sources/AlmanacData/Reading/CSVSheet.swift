/// A small CSV file (the catalogue, targets) read whole: a header and the data rows that are
/// exactly as wide as it, every other row reported. A catalogue keeps a row of the wrong width
/// too, fitted to the header (missing cells empty, extra ones left out): dropping it would make
/// its region or indicator unknown to every data row, block and shortcode that names it — one
/// error reported a hundred times over.
struct CSVSheet {
    let header: CSVHeader
    /// Data rows as wide as the header (the others reported, and kept fitted when `fitting`).
    let rows: [CSVRecord]

    var file: String { header.file }

    /// Reads `bytes`; problems go to `issues`. Returns nil when the file cannot be read at all.
    init?(bytes: [UInt8], file: String, fitting: Bool = false, issues: inout [DataIssue]) {
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
        var rows: [CSVRecord] = []
        for var record in records.dropFirst() {
            if let issue = header.shapeIssue(line: record.line, fields: record.fields.count) {
                issues.append(issue)
                guard fitting else { continue }
                let width = header.names.count
                record.fields = Array(record.fields.prefix(width)) + Array(repeating: "", count: max(0, width - record.fields.count))
            }
            rows.append(record)
        }
        self.rows = rows
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
