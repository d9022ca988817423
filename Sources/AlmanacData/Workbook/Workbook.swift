import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// An Excel workbook (`.xlsx`, Office Open XML) opened for reading sheet by sheet. The ZIP
/// container is read with ZIPFoundation; each part's XML is inflated chunk by chunk into
/// ``XMLTokenizer``, so a sheet of any size is read in the memory of one chunk and one row (the
/// shared strings, which any cell may name, are kept whole).
public struct Workbook {
    /// A worksheet, in tab order.
    public struct Sheet: Sendable, Equatable {
        public var name: String
        /// Hidden or "very hidden" in Excel.
        public var hidden: Bool
        /// The part holding its XML, e.g. `xl/worksheets/sheet1.xml`.
        var part: String
    }

    /// A merged range of cells: first and last row, first and last column.
    public struct Merge: Sendable, Equatable {
        public var rows: ClosedRange<Int>
        public var columns: ClosedRange<Int>
    }

    /// What reading a sheet found besides its rows.
    public struct SheetSummary: Sendable, Equatable {
        /// The last row that had a value (0 for an empty sheet).
        public var lastRow: Int
        public var merges: [Merge]
    }

    public let sheets: [Sheet]
    private let archive: Archive
    private let strings: SharedStrings
    private let styles: CellStyles
    private let date1904: Bool

    /// Chunks of inflated XML handed to the tokenizer.
    static let chunkSize = 1 << 18

    /// Opens the workbook at `path` and reads its sheet list, shared strings and styles.
    public static func open(path: String) throws(WorkbookError) -> Workbook {
        try checkSignature(path)
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notZip("its ZIP directory cannot be read")
        }
        var root = Relationships()
        if archive["_rels/.rels"] != nil { try parse("_rels/.rels", in: archive, into: &root) }
        let workbookPart = root.target(ofType: "officeDocument", from: "") ?? "xl/workbook.xml"
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        var description = WorkbookDescription()
        try parse(workbookPart, in: archive, into: &description)
        var relationships = Relationships()
        let relationshipsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + String(workbookPart.split(separator: "/").last ?? "workbook.xml") + ".rels"
        try parse(relationshipsPart, in: archive, into: &relationships)
        var strings = SharedStrings()
        if let part = relationships.target(ofType: "sharedStrings", from: folder), archive[part] != nil {
            try parse(part, in: archive, into: &strings)
        }
        var styles = CellStyles()
        if let part = relationships.target(ofType: "styles", from: folder), archive[part] != nil {
            try parse(part, in: archive, into: &styles)
        }
        let targets = Dictionary(
            relationships.all.filter { $0.type.hasSuffix("/worksheet") }.map { ($0.id, $0.target) }, uniquingKeysWith: { a, _ in a })
        // Chart sheets and dialog sheets have no cells: they are not listed.
        let sheets = description.sheets.compactMap { entry -> Sheet? in
            guard let target = targets[entry.relationship] else { return nil }
            return Sheet(name: entry.name, hidden: entry.hidden, part: Relationships.resolve(target, from: folder))
        }
        return Workbook(sheets: sheets, archive: archive, strings: strings, styles: styles, date1904: description.date1904)
    }

    /// Reads `sheet`, handing each row that has a value to `body` (valid only during the call).
    public func forEachRow(of sheet: Sheet, _ body: (CSVRow) -> Void) throws(WorkbookError) -> SheetSummary {
        try withoutActuallyEscaping(body) { body throws(WorkbookError) in
            var rows = SheetRows(strings: strings, styles: styles, date1904: date1904, emit: body)
            try Self.parse(sheet.part, in: archive, into: &rows)
            return SheetSummary(lastRow: rows.lastRow, merges: rows.merges)
        }
    }

    /// The tokenizer alone over `xml`, fed in chunks as an inflating ZIP entry feeds it: how many
    /// elements it read. For `almanac-bench xml`, which sets it beside FoundationXML's XMLParser.
    public static func countElements(inXML xml: [UInt8]) throws(WorkbookError) -> Int {
        try countElements(inXML: xml, chunkSize: chunkSize)
    }

    /// The same in chunks of `chunkSize` bytes: the fuzz harness (Fuzz/Sources/FuzzWorkbook) cuts
    /// its inputs, all smaller than one real chunk, at every kind of place a chunk can end.
    public static func countElements(inXML xml: [UInt8], chunkSize: Int) throws(WorkbookError) -> Int {
        precondition(chunkSize > 0, "chunks of at least one byte")
        struct Counter: XMLEvents {
            var elements = 0
            var text = 0
            mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes) throws(WorkbookError) {
                elements += 1
            }
            mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws(WorkbookError) {}
            mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) { text += bytes.count }
        }
        var tokenizer = XMLTokenizer()
        var counter = Counter()
        var failure: WorkbookError?
        xml.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var start = 0
            while start < raw.count, failure == nil {
                let end = min(start + chunkSize, raw.count)
                do throws(WorkbookError) {
                    try tokenizer.feed(UnsafeRawBufferPointer(rebasing: raw[start..<end]), to: &counter)
                } catch {
                    failure = error
                }
                start = end
            }
        }
        if let failure { throw failure }
        try tokenizer.finish(&counter)
        return counter.elements
    }

    /// Streams the part through the tokenizer into `events`, checking its CRC-32 at the end.
    private static func parse<Events: XMLEvents>(_ part: String, in archive: Archive, into events: inout Events) throws(WorkbookError) {
        guard let entry = archive[part] else { throw .missingPart(part) }
        var tokenizer = XMLTokenizer()
        var failure: WorkbookError?
        var checksum: CRC32 = 0
        // ZIPFoundation's own CRC-32 on Linux goes byte by byte in Swift, a large part of reading
        // a sheet; zlib's, which the container's inflating loads anyway, is used
        // where it can be found.
        let zlibCRC = zlibCRC32()
        // A part may not inflate to more than its directory entry says. ZIPFoundation 0.9.20
        // inflates on Linux until the deflate stream ends, and a damaged stream that runs on to
        // the end of the file makes it ask for more input forever (weichsel/ZIPFoundation#389,
        // found by Fuzz/Sources/FuzzWorkbook): such a stream inflates the bytes after its entry
        // too, and is stopped here once it passes the size, unless the rest of the file
        // inflates to less than the stream is short of.
        let declared = entry.uncompressedSize
        var inflated: UInt64 = 0
        do {
            let computed = try archive.extract(entry, bufferSize: chunkSize, skipCRC32: zlibCRC != nil) { data in
                inflated += UInt64(data.count)
                if inflated > declared {
                    let tooLong = WorkbookError.damaged("\(part) inflates to more than its \(declared) bytes")
                    failure = tooLong
                    throw tooLong
                }
                data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                    if let zlibCRC, let base = raw.baseAddress {
                        checksum = CRC32(zlibCRC(UInt(checksum), base.assumingMemoryBound(to: UInt8.self), UInt32(raw.count)))
                    }
                    do throws(WorkbookError) {
                        try tokenizer.feed(raw, to: &events)
                    } catch {
                        failure = error
                    }
                }
                if let failure { throw failure }
            }
            if zlibCRC == nil { checksum = computed }
        } catch {
            if let failure { throw failure.inPart(part) }
            throw .damaged("\(part) cannot be inflated")
        }
        guard checksum == entry.checksum else { throw .damaged("\(part) fails its checksum") }
        do {
            try tokenizer.finish(&events)
        } catch {
            throw error.inPart(part)
        }
    }

    private typealias CRCFunction = @convention(c) (UInt, UnsafePointer<UInt8>?, UInt32) -> UInt

    /// zlib's `crc32`, looked up in the running program.
    private static func zlibCRC32() -> CRCFunction? {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "crc32") else { return nil }
        return unsafeBitCast(symbol, to: CRCFunction.self)
    }

    /// A ZIP file starts `PK\3\4`; an OLE compound file (an encrypted workbook, or an old .xls)
    /// `D0 CF 11 E0 A1 B1 1A E1`.
    private static func checkSignature(_ path: String) throws(WorkbookError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .notZip("it cannot be opened") }
        defer { try? handle.close() }
        let head = [UInt8](handle.readData(ofLength: 8))
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            // Encrypted OOXML keeps its package in a stream named EncryptedPackage; an .xls has a
            // Workbook (or Book) stream. Directory entries are UTF-16 names.
            let rest = [UInt8](handle.readData(ofLength: 1 << 22))
            if contains(rest, utf16: "EncryptedPackage") { throw .compoundFile(encrypted: true) }
            if contains(rest, utf16: "Workbook") || contains(rest, utf16: "Book") { throw .compoundFile(encrypted: false) }
            throw .compoundFile(encrypted: nil)
        }
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw .notZip(head.isEmpty ? "it is empty" : "it does not start as a ZIP file does")
        }
    }

    private static func contains(_ bytes: [UInt8], utf16 name: String) -> Bool {
        let needle = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

extension WorkbookError {
    /// The same error, naming the part when it is about the XML.
    func inPart(_ part: String) -> WorkbookError {
        if case .malformed(let detail) = self, !detail.contains(part) { return .malformed("\(part): \(detail)") }
        return self
    }
}
