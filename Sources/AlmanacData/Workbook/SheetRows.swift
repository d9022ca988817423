/// A worksheet's XML read row by row into ``CSVRow``s: each cell's text (a shared string read in
/// place, an inline string, a number as its shortest decimal, a date-formatted number as its ISO
/// date, a boolean as `TRUE`/`FALSE`, an error as `#N/A`…, a formula as its cached value) and
/// its ``CellKind``. Cells missing from a row are empty fields; rows with no value are skipped,
/// as CSV's blank lines are. Merged ranges are collected for the messages about them.
struct SheetRows: XMLEvents {
    typealias Merge = Workbook.Merge

    private enum CellType {
        case number, shared, inline, string, boolean, error, isoDate
    }

    private struct Cell {
        var column: Int
        var start: Int
        var end: Int
        var shared: Bool
        var kind: CellKind
    }

    private let strings: SharedStrings
    private let styles: CellStyles
    private let date1904: Bool
    private let emit: (CSVRow) -> Void

    private(set) var merges: [Merge] = []
    /// The last row that had a value.
    private(set) var lastRow = 0

    private var row = 0
    private var column = 0
    private var cells: [Cell] = []
    /// The row's text, after one byte that gives the buffer an address.
    private var text: [UInt8] = [0]
    private var fields: [CSVRow.Field] = []
    private var kinds: [CellKind] = []

    private var type = CellType.number
    private var style = 0
    private var formula = false
    private var cellStart = 0
    /// Between a cell's start and end tags. A row's start begins its text again, so an end tag
    /// that no start tag of the row opened (broken XML) is passed over rather than finishing a
    /// cell of the row before, whose text is gone.
    private var inCell = false
    private var capturing = false
    private var inInline = false
    private var inPhonetic = false

    init(strings: SharedStrings, styles: CellStyles, date1904: Bool, emit: @escaping (CSVRow) -> Void) {
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        self.emit = emit
    }

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes) throws(WorkbookError) {
        switch name.count {
        case 1 where name[0] == UInt8(ascii: "c"):
            // One pass over the attributes, not one per attribute: this runs for every cell.
            var reference: UnsafeBufferPointer<UInt8>?
            var typeName: UnsafeBufferPointer<UInt8>?
            var styleIndex: UnsafeBufferPointer<UInt8>?
            attributes.forEach { key, value in
                guard key.count == 1 else { return }
                switch key[0] {
                case UInt8(ascii: "r"): reference = value
                case UInt8(ascii: "t"): typeName = value
                case UInt8(ascii: "s"): styleIndex = value
                default: break
                }
            }
            column = reference.flatMap(CellValues.reference)?.column ?? column + 1
            type = cellType(typeName)
            style = styleIndex.flatMap(integer) ?? 0
            formula = false
            cellStart = text.count
            inCell = true
        case 1 where name[0] == UInt8(ascii: "v"):
            capturing = true
        case 1 where name[0] == UInt8(ascii: "f"):
            formula = true
        case 1 where name[0] == UInt8(ascii: "t"):
            capturing = inInline && !inPhonetic
        case 2 where spells(name, "is"):
            inInline = true
        case 3 where spells(name, "row"):
            row = attributes.raw("r").flatMap(integer) ?? row + 1
            column = 0
            cells.removeAll(keepingCapacity: true)
            text.removeSubrange(1...)
            inCell = false
        case 3 where spells(name, "rPh"):
            inPhonetic = true
        case 9 where spells(name, "mergeCell"):
            if let merge = attributes.raw("ref").flatMap(Self.merge) { merges.append(merge) }
        default:
            break
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws(WorkbookError) {
        switch name.count {
        case 1 where name[0] == UInt8(ascii: "c"):
            guard inCell else { break }
            inCell = false
            try finishCell()
        case 1 where name[0] == UInt8(ascii: "v"), 1 where name[0] == UInt8(ascii: "t"):
            capturing = false
        case 2 where spells(name, "is"):
            inInline = false
        case 3 where spells(name, "row"):
            emitRow()
        case 3 where spells(name, "rPh"):
            inPhonetic = false
        default:
            break
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if capturing { text.append(contentsOf: bytes) }
    }

    private mutating func finishCell() throws(WorkbookError) {
        let end = text.count
        var cell = Cell(column: column, start: cellStart, end: end, shared: false, kind: .text)
        let hasValue = end > cellStart
        switch type {
        case .shared:
            guard hasValue else { break }
            let index = text.withUnsafeBufferPointer { integer(UnsafeBufferPointer(rebasing: $0[cellStart..<end])) }
            guard let index, let range = strings.range(index) else {
                throw .malformed("cell \(CellValues.columnName(column))\(row) names a shared string that does not exist")
            }
            text.removeSubrange(cellStart...)
            cell = Cell(column: column, start: range.lowerBound, end: range.upperBound, shared: true, kind: .text)
        case .inline, .string:
            break
        case .boolean:
            let isTrue = hasValue && text[cellStart] == UInt8(ascii: "1")
            replace(from: cellStart, with: isTrue ? "TRUE" : "FALSE", in: &cell)
            cell.kind = .boolean
        case .error:
            cell.kind = .error
        case .isoDate:
            if end - cellStart > 10 { text.removeSubrange((cellStart + 10)...) }
            cell.end = text.count
            cell.kind = .date
        case .number:
            guard hasValue else { break }
            let stored = text.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[cellStart..<end]) }
            if styles.isDate(style), let date = Double(String(decoding: stored, as: UTF8.self))
                .flatMap({ CellValues.isoDate(serial: $0, date1904: date1904) })
            {
                replace(from: cellStart, with: date, in: &cell)
                cell.kind = .date
            } else {
                if let short = CellValues.shortNumber(stored) { replace(from: cellStart, with: short, in: &cell) }
                cell.kind = .number
            }
        }
        if formula && !hasValue { cell.kind = .uncomputed }
        if cell.end > cell.start || cell.kind == .uncomputed || cell.kind == .error { cells.append(cell) }
    }

    private mutating func replace(from start: Int, with replacement: String, in cell: inout Cell) {
        text.removeSubrange(start...)
        text.append(contentsOf: replacement.utf8)
        cell.end = text.count
    }

    /// Hands the row on with its cells in column order, every column up to the last filled one.
    private mutating func emitRow() {
        guard !cells.isEmpty else { return }
        if zip(cells, cells.dropFirst()).contains(where: { $0.column >= $1.column }) {
            // Out of order or repeated (hand-written XML): the last cell of a column counts.
            var byColumn: [Int: Cell] = [:]
            for cell in cells { byColumn[cell.column] = cell }
            cells = byColumn.keys.sorted().map { byColumn[$0]! }
        }
        fields.removeAll(keepingCapacity: true)
        kinds.removeAll(keepingCapacity: true)
        for cell in cells {
            while fields.count < cell.column - 1 {
                fields.append(CSVRow.Field(start: 0, end: 0, inScratch: false))
                kinds.append(.text)
            }
            fields.append(CSVRow.Field(start: cell.start, end: cell.end, inScratch: cell.shared))
            kinds.append(cell.kind)
        }
        lastRow = row
        let line = row
        text.withUnsafeBufferPointer { text in
            strings.storage.withUnsafeBufferPointer { shared in
                fields.withUnsafeBufferPointer { fields in
                    kinds.withUnsafeBufferPointer { kinds in
                        emit(
                            CSVRow(
                                line: line, base: text.baseAddress!, scratch: shared.baseAddress, fields: fields,
                                kinds: kinds.baseAddress))
                    }
                }
            }
        }
    }

    private func cellType(_ raw: UnsafeBufferPointer<UInt8>?) -> CellType {
        guard let raw else { return .number }
        if spells(raw, "s") { return .shared }
        if spells(raw, "n") { return .number }
        if spells(raw, "inlineStr") { return .inline }
        if spells(raw, "str") { return .string }
        if spells(raw, "b") { return .boolean }
        if spells(raw, "e") { return .error }
        if spells(raw, "d") { return .isoDate }
        return .number
    }

    /// `A1:E1` → rows 1…1, columns 1…5.
    private static func merge(_ raw: UnsafeBufferPointer<UInt8>) -> Merge? {
        guard let colon = raw.firstIndex(of: UInt8(ascii: ":")),
            let first = CellValues.reference(UnsafeBufferPointer(rebasing: raw[..<colon])),
            let last = CellValues.reference(UnsafeBufferPointer(rebasing: raw[(colon + 1)...])),
            first.row <= last.row, first.column <= last.column
        else { return nil }
        return Merge(rows: first.row...last.row, columns: first.column...last.column)
    }
}

/// A non-negative decimal integer.
private func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count < 10 else { return nil }
    var value = 0
    for byte in bytes {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
}
