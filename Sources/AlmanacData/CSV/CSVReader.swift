/// Almanac's own RFC 4180 reader: quoted fields, doubled quotes, separators and line breaks inside
/// quotes, CRLF, LF or lone CR line ends, no final newline, empty fields and a UTF-8 byte-order mark.
/// Blank lines between records are skipped, as spreadsheet exports leave them at the end of files.
///
/// It works on bytes rather than `Character`s because every structural byte of CSV (`,` `"` CR LF)
/// is ASCII and cannot occur inside a multi-byte UTF-8 sequence, and ``forEachRecord(_:_:)`` hands
/// out fields as byte ranges so that a caller makes a `String` only of what it keeps. It is
/// hand-written because the packages of the mirror (SwiftCSV, CSV.swift) make a `String` of every
/// field and were many times slower on a million-observation file; `make bench` prints this
/// reader's rate on that file.
public enum CSVReader {
    /// Every record of `bytes` with its fields as strings. The input must be UTF-8 (a BOM is
    /// dropped); anything else throws ``CSVError/notUTF8(line:column:looksLikeGB18030:)`` so that
    /// a GBK export from a Chinese Excel is refused with a useful message rather than read as mojibake.
    public static func read(_ bytes: [UInt8]) throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(bytes) { row in
            records.append(CSVRecord(line: row.line, fields: (0..<row.count).map { row.string($0) }))
        }
        return records
    }

    /// Calls `body` with each record in turn, without copying fields out of `bytes`. The row is
    /// valid only during the call. Throws before calling `body` at all when the input is not UTF-8.
    public static func forEachRecord(_ bytes: [UInt8], _ body: (CSVRow) -> Void) throws(CSVError) {
        if let invalid = UTF8Validation.firstInvalidOffset(in: bytes) {
            let (line, column) = position(of: invalid, in: bytes)
            throw .notUTF8(line: line, column: column, looksLikeGB18030: GB18030Detection.isPlausible(bytes))
        }
        try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
            var parser = Parser(buffer)
            try parser.run(body)
        }
    }

    /// Line and field number (both 1-based) of a byte offset, for error messages.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var inQuotes = false
        for byte in bytes[..<offset] {
            switch byte {
            case quote: inQuotes.toggle()
            case comma where !inQuotes: column += 1
            case lf:
                line += 1
                if !inQuotes { column = 1 }
            default: break
            }
        }
        return (line, column)
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        var line = 1
        /// The current record's fields, reused from record to record.
        var fields: [CSVRow.Field] = []
        /// Unescaped bytes of quoted fields that contained doubled quotes.
        var scratch: [UInt8] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            index = bom ? 3 : 0
        }

        mutating func run(_ body: (CSVRow) -> Void) throws(CSVError) {
            while index < bytes.count {
                if skipLineEnd() { continue }  // a blank line
                let startLine = line
                fields.removeAll(keepingCapacity: true)
                scratch.removeAll(keepingCapacity: true)
                while true {
                    try field(fieldNumber: fields.count + 1)
                    if index < bytes.count, bytes[index] == comma {
                        index += 1
                        continue
                    }
                    _ = skipLineEnd()
                    break
                }
                let base = bytes.baseAddress!
                scratch.withUnsafeBufferPointer { scratch in
                    fields.withUnsafeBufferPointer { fields in
                        body(CSVRow(line: startLine, base: base, scratch: scratch.baseAddress, fields: fields))
                    }
                }
            }
        }

        /// Consumes one CRLF, LF or CR; returns whether there was one.
        mutating func skipLineEnd() -> Bool {
            guard index < bytes.count else { return false }
            if bytes[index] == lf {
                index += 1
            } else if bytes[index] == cr {
                index += 1
                if index < bytes.count, bytes[index] == lf { index += 1 }
            } else {
                return false
            }
            line += 1
            return true
        }

        mutating func field(fieldNumber: Int) throws(CSVError) {
            guard index < bytes.count, bytes[index] == quote else {
                let start = index
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == comma || byte == lf || byte == cr { break }
                    index += 1
                }
                fields.append(CSVRow.Field(start: start, end: index, inScratch: false))
                return
            }
            let openLine = line
            index += 1
            let start = index
            var segment = index
            var escaped = false
            let scratchStart = scratch.count
            while true {
                guard index < bytes.count else {
                    throw .unterminatedQuote(line: openLine, column: fieldNumber)
                }
                let byte = bytes[index]
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        scratch.append(contentsOf: bytes[segment...index])
                        escaped = true
                        index += 2
                        segment = index
                        continue
                    }
                    break
                }
                if byte == lf || (byte == cr && (index + 1 == bytes.count || bytes[index + 1] != lf)) {
                    line += 1
                }
                index += 1
            }
            if escaped {
                scratch.append(contentsOf: bytes[segment..<index])
                fields.append(CSVRow.Field(start: scratchStart, end: scratch.count, inScratch: true))
            } else {
                fields.append(CSVRow.Field(start: start, end: index, inScratch: false))
            }
            index += 1  // the closing quote
            if index < bytes.count, bytes[index] != comma, bytes[index] != lf, bytes[index] != cr {
                throw .textAfterClosingQuote(line: line, column: fieldNumber)
            }
        }
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let lf = UInt8(ascii: "\n")
private let cr = UInt8(ascii: "\r")
