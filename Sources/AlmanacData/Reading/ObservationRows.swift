/// Reads the rows of one CSV file or one sheet into observations: skips the rows above the
/// header, lays out the columns from the header, and checks every cell — names resolved to
/// ids, years (a date cell gives its year), numbers, and what a workbook cell may hold instead
/// (an Excel error, a formula never computed, a date where a number belongs).
///
/// Observation files are the large ones (a million rows is a county-level report over a decade),
/// so rows are visited as byte ranges: names and sources are interned, numbers parsed from bytes.
struct ObservationRows {
    let file: String
    let names: SiteNames
    let options: DataFileOptions
    let plan: ColumnLayout.Plan
    /// Workbook rows: no fixed width (cells right of the header are counted instead).
    let workbook: Bool
    private(set) var header: CSVHeader?
    /// The layout's numbers; its lists are kept apart, since binding the layout to a constant
    /// for each row copied it, retaining and releasing every list it holds.
    private var layout: Columns?
    private var values: [(index: Int, indicator: String)] = []
    private var used: [Int] = []
    private var unnamed: [Int] = []
    private(set) var issues: [DataIssue] = []
    private(set) var rows = 0
    /// The last line (row) seen, and whether the header row was passed without being there.
    private(set) var lastLine = 0
    private var headerMissing = false
    /// Cells with a value but no column: how many, and the first.
    private var strayCells = 0
    private var firstStray: SourceLocation?
    private var regionIDs: StringInterner<NameTable.Match>
    private var indicatorIDs: StringInterner<NameTable.Match>
    private var texts = StringInterner<Void> { _ in }
    private let defaultSource: String?

    init(file: String, names: SiteNames, options: DataFileOptions, plan: ColumnLayout.Plan, workbook: Bool) {
        self.file = file
        self.names = names
        self.options = options
        self.plan = plan
        self.workbook = workbook
        regionIDs = StringInterner { names.regions.match($0) }
        indicatorIDs = StringInterner { names.indicators.match($0) }
        defaultSource = options.source.flatMap { $0.isEmpty ? nil : $0 }
    }

    mutating func visit(_ row: CSVRow, _ each: (Observation) -> Void) {
        lastLine = row.line
        // The header is read in place, and the layout holds only numbers: bound to local
        // constants, they were copied, with their arrays retained and released, for every row.
        guard header != nil else {
            if headerMissing { return }
            if let headerRow = options.headerRow {
                if row.line < headerRow { return }
                if row.line > headerRow {
                    headerMissing = true
                    issues.append(
                        .error(options.location("header_row"), "header_row is \(headerRow), but row \(headerRow) is empty"))
                    return
                }
            }
            let header = CSVHeader((0..<row.count).map { row.string($0) }, line: row.line, file: file, issues: &issues)
            self.header = header
            if let made = ColumnLayout.make(header, plan: plan, names: names, options: options, issues: &issues) {
                layout = Columns(region: made.region, year: made.year, source: made.source, note: made.note, tidy: made.tidy)
                values = made.values
                used = made.used
                unnamed = made.unnamed
            }
            return
        }
        guard let layout else { return }
        let width = header!.names.count
        if !workbook, let issue = header?.shapeIssue(line: row.line, fields: row.count) {
            issues.append(issue)
            return
        }
        rows += 1
        if workbook, row.count > width { countStray(row, Array(width..<row.count)) }
        if !unnamed.isEmpty { countStray(row, unnamed.filter { $0 < row.count }) }
        var rowOK = true
        // A formula never computed is said once, at its cell, not again as an empty name or year.
        var uncomputed: [Int] = []
        if workbook {
            for index in used where index < row.count && row.kind(index) == .uncomputed {
                issues.append(.error(location(row, index), Self.uncomputed))
                uncomputed.append(index)
                rowOK = false
            }
        }
        let region = regionIDs.value(field(row, layout.region))
        var regionID = ""
        if case .id(let id) = region {
            regionID = id
        } else {
            if !uncomputed.contains(layout.region) {
                issues.append(.error(location(row, layout.region), names.regions.problem(trimmedString(row, layout.region), region)!))
            }
            rowOK = false
        }
        let year = uncomputed.contains(layout.year) ? nil : self.year(row, layout.year)
        if year == nil {
            if !uncomputed.contains(layout.year) {
                issues.append(.error(location(row, layout.year), "year \"\(trimmedString(row, layout.year))\" is not a whole number"))
            }
            rowOK = false
        }
        let source = layout.source.flatMap { text(row, $0) } ?? defaultSource
        let note = layout.note.flatMap { text(row, $0) }
        if let tidy = layout.tidy {
            let indicator = indicatorIDs.value(field(row, tidy.indicator))
            guard case .id(let indicatorID) = indicator else {
                if uncomputed.contains(tidy.indicator) { return }
                issues.append(.error(location(row, tidy.indicator), names.indicators.problem(trimmedString(row, tidy.indicator), indicator)!))
                return
            }
            add(row, tidy.value, indicatorID, regionID, rowOK ? year : nil, source, note, each)
        } else {
            for (index, indicator) in values {
                add(row, index, indicator, regionID, rowOK ? year : nil, source, note, each)
            }
        }
    }

    /// The problems only the end of the file shows: the header row never reached, stray cells.
    mutating func finish() {
        if header == nil, !headerMissing, let headerRow = options.headerRow, lastLine > 0 {
            issues.append(
                .error(
                    options.location("header_row"),
                    "header_row is \(headerRow), past the end: the last row with a value is \(lastLine)"))
        }
        if let firstStray {
            let cell = workbook ? " (\(CellValues.columnName(firstStray.column))\(firstStray.line))" : ""
            issues.append(
                .warning(
                    firstStray,
                    "\(strayCells) \(strayCells == 1 ? "cell has" : "cells have") a value but no column header, "
                        + "and \(strayCells == 1 ? "is" : "are") not read; the first is here\(cell)"))
        }
    }

    private struct Columns {
        var region: Int
        var year: Int
        var source: Int?
        var note: Int?
        var tidy: (indicator: Int, value: Int)?
    }

    static let uncomputed =
        "cell holds a formula whose value was never computed (the program that saved the workbook does not "
        + "calculate): open the file in Excel or LibreOffice and save it again"

    /// One value cell: empty is missing; a number becomes an observation when its row is sound.
    private mutating func add(
        _ row: CSVRow, _ index: Int, _ indicator: String, _ region: String, _ year: Int?, _ source: String?,
        _ note: String?, _ each: (Observation) -> Void
    ) {
        let cell = field(row, index)
        if cell.isEmpty { return }
        let kind = index < row.count ? row.kind(index) : .text
        if kind == .date || kind == .error {
            let text = String(decoding: cell, as: UTF8.self)
            let what = kind == .date ? "is a date" : "is the Excel error"
            issues.append(.error(location(row, index), "value \"\(text)\" \(what), not a number (indicator \(indicator))"))
            return
        }
        guard let value = NumberParsing.value(cell) else {
            let text = String(decoding: cell, as: UTF8.self)
            issues.append(.error(location(row, index), "value \"\(text)\" is not a number (indicator \(indicator))"))
            return
        }
        if let problem = NumberParsing.rangeProblem(value, String(decoding: cell, as: UTF8.self), "value") {
            issues.append(.error(location(row, index), problem + " (indicator \(indicator))"))
            return
        }
        guard let year else { return }
        each(
            Observation(
                region: region, year: year, indicator: indicator, value: value, source: source, note: note,
                location: location(row, index)))
    }

    /// A year cell: `2024`, `2024年`, or a date cell's year.
    private func year(_ row: CSVRow, _ index: Int) -> Int? {
        let cell = field(row, index)
        if index < row.count, row.kind(index) == .date {
            return NumberParsing.year(UnsafeBufferPointer(rebasing: cell.prefix(4)))
        }
        let nian: [UInt8] = [0xE5, 0xB9, 0xB4]  // 年
        if cell.count > 3, cell.suffix(3).elementsEqual(nian) {
            return NumberParsing.year(UnsafeBufferPointer(rebasing: cell.dropLast(3)))
        }
        return NumberParsing.year(cell)
    }

    /// The trimmed bytes of a cell; empty for a column the row does not reach (workbook rows end
    /// at their last value).
    private func field(_ row: CSVRow, _ index: Int) -> UnsafeBufferPointer<UInt8> {
        index < row.count ? row.trimmedBytes(index) : UnsafeBufferPointer(start: nil, count: 0)
    }

    private func trimmedString(_ row: CSVRow, _ index: Int) -> String { String(decoding: field(row, index), as: UTF8.self) }

    private mutating func text(_ row: CSVRow, _ index: Int) -> String? {
        let bytes = field(row, index)
        return bytes.isEmpty ? nil : texts.intern(bytes).string
    }

    private mutating func countStray(_ row: CSVRow, _ columns: [Int]) {
        for index in columns where !row.trimmedBytes(index).isEmpty || row.kind(index) == .uncomputed {
            strayCells += 1
            if firstStray == nil { firstStray = location(row, index) }
        }
    }

    private func location(_ row: CSVRow, _ index: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: index + 1)
    }
}
