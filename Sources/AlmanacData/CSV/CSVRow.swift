/// One record as ``CSVReader/forEachRecord(_:_:)`` hands it out: the fields as byte ranges into
/// the file (or, for quoted fields with doubled quotes, into the unescaped copy), valid only
/// during the call. Strings are made on request. A workbook's row comes in the same shape, with
/// what each cell held (``CellKind``) beside its text, so one reader checks both.
public struct CSVRow {
    struct Field {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    /// 1-based line of the record's first byte; for a workbook, the row number.
    public let line: Int
    let base: UnsafePointer<UInt8>
    let scratch: UnsafePointer<UInt8>?
    let fields: UnsafeBufferPointer<Field>
    /// A workbook row's cell kinds, one per field; nil for CSV, whose fields are all text.
    let kinds: UnsafePointer<CellKind>?

    init(
        line: Int, base: UnsafePointer<UInt8>, scratch: UnsafePointer<UInt8>?, fields: UnsafeBufferPointer<Field>,
        kinds: UnsafePointer<CellKind>? = nil
    ) {
        self.line = line
        self.base = base
        self.scratch = scratch
        self.fields = fields
        self.kinds = kinds
    }

    public var count: Int { fields.count }

    /// What the cell held: always ``CellKind/text`` for CSV.
    public func kind(_ index: Int) -> CellKind { kinds?[index] ?? .text }

    /// The field's bytes, quotes removed and doubled quotes undone.
    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let field = fields[index]
        let origin = field.inScratch ? scratch! : base
        return UnsafeBufferPointer(start: origin + field.start, count: field.end - field.start)
    }

    /// The field's bytes without leading and trailing spaces and tabs (spreadsheets pad cells).
    public func trimmedBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        var bytes = bytes(index)
        while let first = bytes.first, first == space || first == tab { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst()) }
        while let last = bytes.last, last == space || last == tab { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
        return bytes
    }

    public func string(_ index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }

    public func trimmedString(_ index: Int) -> String { String(decoding: trimmedBytes(index), as: UTF8.self) }
}

/// What a workbook cell held, beside the text it is read as. CSV fields are all `text`.
public enum CellKind: UInt8, Sendable {
    /// A string (shared or inline), or a CSV field.
    case text
    /// A number, as its shortest decimal text.
    case number
    /// A number with a date format, or an ISO date cell: the text is `YYYY-MM-DD`.
    case date
    /// `TRUE` or `FALSE`.
    case boolean
    /// An Excel error such as `#DIV/0!` or `#N/A`, as its text.
    case error
    /// A formula whose value was never computed (the program that saved the file does not
    /// calculate): the text is empty.
    case uncomputed
}

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
