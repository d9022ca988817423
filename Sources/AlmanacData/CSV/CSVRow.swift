/// One record as ``CSVReader/forEachRecord(_:_:)`` hands it out: the fields as byte ranges into
/// the file (or, for quoted fields with doubled quotes, into the unescaped copy), valid only
/// during the call. Strings are made on request.
public struct CSVRow {
    struct Field {
        var start: Int
        var end: Int
        var inScratch: Bool
    }

    /// 1-based line of the record's first byte.
    public let line: Int
    let base: UnsafePointer<UInt8>
    let scratch: UnsafePointer<UInt8>?
    let fields: UnsafeBufferPointer<Field>

    public var count: Int { fields.count }

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

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
