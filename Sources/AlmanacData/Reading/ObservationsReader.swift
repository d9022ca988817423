/// Reads one observations file under `data/`, in either shape:
/// tidy `region,year,indicator,value[,source][,note]` (one number per row) or
/// wide `region,year,<indicator>…[,source][,note]` (one row per region and year), where a region
/// or an indicator may be given by id, name or alias. Every cell is checked against the
/// catalogue; an empty value is a missing figure, not zero. ``DataFileOptions`` (a sidecar) may
/// move the header down, rename and leave out columns, decode GB18030 and give a default source.
/// Workbooks are read sheet by sheet in the same way: see ``readWorkbook(at:file:names:options:each:)``.
public enum ObservationsReader {
    public static func read(
        _ bytes: [UInt8], file: String, regions: Set<String>, indicators: Set<String>
    ) -> (observations: [Observation], issues: [DataIssue]) {
        var observations: [Observation] = []
        let issues = read(bytes, file: file, regions: regions, indicators: indicators) { observations.append($0) }
        return (observations, issues)
    }

    /// Reads the file, handing each observation to `each` as it is read (for
    /// ``Dataset/Builder``), and returns the problems found. Regions and indicators by id only.
    public static func read(
        _ bytes: [UInt8], file: String, regions: Set<String>, indicators: Set<String>, each: (Observation) -> Void
    ) -> [DataIssue] {
        read(bytes, file: file, names: SiteNames(regionIDs: regions, indicatorIDs: indicators), each: each).issues
    }

    /// Reads a CSV file as `options` say, handing each observation to `each` as it is read.
    public static func read(
        _ bytes: [UInt8], file: String, names: SiteNames, options: DataFileOptions = DataFileOptions(),
        each: (Observation) -> Void
    ) -> ReadResult {
        var issues: [DataIssue] = []
        if options.sheets != nil {
            issues.append(.error(options.location("sheet"), "sheet: is for workbooks, and \(file) is a CSV file"))
        }
        let text: [UInt8]
        do {
            text = try options.encoding.utf8(bytes)
        } catch {
            return ReadResult(issues: issues + [.error(SourceLocation(file: file, line: error.line, column: error.column), error.message)])
        }
        let plan = ColumnLayout.Plan(options, names: names, issues: &issues)
        var reader = ObservationRows(file: file, names: names, options: options, plan: plan, workbook: false)
        do {
            try CSVReader.forEachRecord(text) { reader.visit($0, each) }
        } catch {
            return ReadResult(issues: issues + [.error(SourceLocation(file: file, line: error.line, column: error.column), message(error, options))])
        }
        reader.finish()
        if reader.lastLine == 0 {
            issues.append(.error(SourceLocation(file: file, line: 1), "file is empty; expected a header row"))
        }
        return ReadResult(rows: reader.rows, issues: issues + reader.issues)
    }

    /// A GBK export is refused with the line that makes it readable.
    private static func message(_ error: CSVError, _ options: DataFileOptions) -> String {
        guard case .notUTF8(_, _, true) = error, let sidecar = options.sidecar else { return error.message }
        return "file is not UTF-8; it looks like GB18030/GBK (Excel's \"CSV\" on Chinese Windows): say so with the line "
            + "`encoding: gb18030` in \(sidecar), or save the file as \"CSV UTF-8\""
    }
}
