/// Workbooks as observation files: each sheet read like a CSV file, its messages naming the
/// sheet (`Content/data/quzhou.xlsx:2:1: error: … (sheet 数据)`), rows and columns numbered as
/// Excel shows them.
extension ObservationsReader {
    /// Reads the workbook at `path` (a file-system path; `file` is the site-relative name for
    /// messages): the sheets `options` names, or every sheet that is not hidden and not empty.
    public static func readWorkbook(
        at path: String, file: String, names: SiteNames, options: DataFileOptions = DataFileOptions(),
        each: (Observation) -> Void
    ) -> ReadResult {
        var result = ReadResult()
        let workbook: Workbook
        do {
            workbook = try Workbook.open(path: path)
        } catch {
            result.issues.append(.error(SourceLocation(file: file, line: 1), error.message))
            return result
        }
        if options.encoding != .utf8 {
            result.issues.append(
                .error(options.location("encoding"), "encoding: is for CSV files; a workbook's text is always Unicode"))
        }
        let plan = ColumnLayout.Plan(options, names: names, issues: &result.issues)
        var chosen: [Workbook.Sheet] = []
        if let wanted = options.sheets {
            for name in wanted {
                if let sheet = workbook.sheets.first(where: { $0.name == name || $0.name.trimmingSpaces == name }) {
                    chosen.append(sheet)
                } else {
                    let list = workbook.sheets.map(\.name).joined(separator: ", ")
                    result.issues.append(.error(options.location("sheet"), "\(file) has no sheet \"\(name)\" (its sheets are: \(list))"))
                }
            }
        } else {
            chosen = workbook.sheets.filter { !$0.hidden }
        }
        for sheet in chosen {
            var reader = ObservationRows(file: file, names: names, options: options, plan: plan, workbook: true)
            let summary: Workbook.SheetSummary
            do {
                summary = try workbook.forEachRow(of: sheet) { reader.visit($0, each) }
            } catch {
                result.issues.append(.error(SourceLocation(file: file, line: reader.lastLine + 1), error.message + " (sheet \(sheet.name))"))
                continue
            }
            if summary.lastRow == 0 {
                // A new workbook's Sheet2 and Sheet3: nothing to read, nothing to say, unless named.
                if options.sheets != nil {
                    result.issues.append(.error(SourceLocation(file: file, line: 1), "sheet \(sheet.name) is empty"))
                }
                continue
            }
            reader.finish()
            result.rows += reader.rows
            result.sheets.append(sheet.name)
            let unnamedSheets = options.sheets == nil && workbook.sheets.count > 1
            result.issues += reader.issues.map { issue in
                var issue = issue
                issue.message += mergeHint(issue.location, summary.merges, file: file)
                if reader.header == nil || issue.message.hasPrefix("missing column"), unnamedSheets, issue.location.file == file {
                    issue.message += "; if this sheet holds no data, name the sheets to read with sheet: in \(options.sidecar ?? "the sidecar")"
                }
                issue.message += " (sheet \(sheet.name))"
                return issue
            }
        }
        if chosen.isEmpty, options.sheets == nil {
            result.issues.append(.error(SourceLocation(file: file, line: 1), "workbook has no sheet to read (every sheet is hidden)"))
        } else if result.sheets.isEmpty, options.sheets == nil, result.issues.isEmpty {
            result.issues.append(.error(SourceLocation(file: file, line: 1), "workbook is empty: no sheet has a value"))
        }
        return result
    }

    /// Where a cell's problem is inside a merged range but not its first cell: Excel keeps the
    /// value of a merged range in its first cell only.
    private static func mergeHint(_ location: SourceLocation, _ merges: [Workbook.Merge], file: String) -> String {
        guard location.file == file,
            let merge = merges.first(where: { $0.rows.contains(location.line) && $0.columns.contains(location.column) }),
            location.line != merge.rows.lowerBound || location.column != merge.columns.lowerBound
        else { return "" }
        let first = CellValues.columnName(merge.columns.lowerBound) + "\(merge.rows.lowerBound)"
        return "; the cell is part of a merged range whose value is in its first cell, \(first): unmerge the range and fill its cells"
    }
}
