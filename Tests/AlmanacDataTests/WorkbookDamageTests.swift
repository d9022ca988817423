import Foundation
import Testing

@testable import AlmanacData

/// Damaged workbooks that `make fuzz` (Fuzz/Sources/FuzzWorkbook) found the reader mishandling,
/// each written here byte by byte: a ZIP container whose deflated part inflates past the size its
/// directory gives, and a sheet whose broken XML ends a cell in a row that never opened it.
/// ZIPFoundation 0.9.20 inflates on Linux until the deflate stream ends, and asks for more input
/// forever once the file has none (weichsel/ZIPFoundation#389), so without the reader's check
/// the stream test does not fail but hangs; without the other fix the cell test crashes.
@Suite struct WorkbookDamageTests {
    /// A part's deflate data as stored blocks (deflate without compression), the last one final.
    static func storedBlocks(_ bytes: [UInt8]) -> [UInt8] {
        var blocks: [UInt8] = []
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            let length = UInt16(end - start)
            blocks.append(end == bytes.count ? 1 : 0)
            blocks += le16(length) + le16(~length)
            blocks += bytes[start..<end]
            start = end
        } while start < bytes.count
        return blocks
    }

    struct Part {
        var path: String
        /// What is stored in the file: the text itself, or its deflate data.
        var data: [UInt8]
        var deflated: Bool
        var crc: UInt32
        var declaredSize: Int
    }

    static func part(_ path: String, _ text: String) -> Part {
        let bytes = Array(text.utf8)
        return Part(path: path, data: bytes, deflated: false, crc: crc32(bytes), declaredSize: bytes.count)
    }

    static let workbookParts = [
        part(
            "xl/workbook.xml",
            #"<workbook xmlns:r="r"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        part(
            "xl/_rels/workbook.xml.rels",
            #"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
    ]

    /// A ZIP file of `parts`, each at the place its local header gives, then the directory.
    static func archive(_ parts: [Part], after data: [UInt8] = []) -> [UInt8] {
        var file: [UInt8] = []
        var directory: [UInt8] = []
        for part in parts {
            let name = Array(part.path.utf8)
            let fields = le16(part.deflated ? 8 : 0) + le16(0) + le16(0x21) + le32(part.crc)
                + le32(UInt32(part.data.count)) + le32(UInt32(part.declaredSize)) + le16(UInt16(name.count)) + le16(0)
            directory += le32(0x0201_4b50) + le16(20) + le16(20) + le16(0) + fields + le16(0) + le16(0) + le16(0)
                + le32(0) + le32(UInt32(file.count)) + name
            file += le32(0x0403_4b50) + le16(20) + le16(0) + fields + name + part.data
        }
        let directoryOffset = file.count
        return file + directory + le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(parts.count))
            + le16(UInt16(parts.count)) + le32(UInt32(directory.count)) + le32(UInt32(directoryOffset)) + le16(0)
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-\(name)-\(getpid()).xlsx")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func aSoundWorkbookOfTheseBytesReads() throws {
        let sheet = #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>region</t></is></c></row></sheetData></worksheet>"#
        var part = Self.part("xl/worksheets/sheet1.xml", sheet)
        part.data = Self.storedBlocks(Array(sheet.utf8))
        part.deflated = true
        let path = try write(Self.archive(Self.workbookParts + [part]), "sound")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workbook = try Workbook.open(path: path)
        var texts: [String] = []
        let summary = try workbook.forEachRow(of: workbook.sheets[0]) { texts.append($0.string(0)) }
        #expect(texts == ["region"])
        #expect(summary.lastRow == 1)
    }

    @Test func aPartThatInflatesPastItsSizeIsDamaged() throws {
        // Its checksum is right for what it inflates to: only the size gives it away.
        let sheet = #"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#
        var part = Self.part("xl/worksheets/sheet1.xml", sheet)
        part.data = Self.storedBlocks(Array(sheet.utf8))
        part.deflated = true
        part.declaredSize = 20
        let path = try write(Self.archive(Self.workbookParts + [part]), "past-size")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workbook = try Workbook.open(path: path)
        #expect(throws: WorkbookError.damaged("xl/worksheets/sheet1.xml inflates to more than its 20 bytes")) {
            try workbook.forEachRow(of: workbook.sheets[0]) { _ in }
        }
    }

    @Test func aDeflateStreamRunningToTheEndOfTheFileIsDamaged() throws {
        // xl/workbook.xml's stream never ends: its fourth stored block runs past the end of the
        // file (the directory after the part is inside it), and from the stream's start to the
        // end of the file is exactly one of the reader's chunks, so ZIPFoundation's next read
        // finds nothing — and used to ask again forever.
        let name = Array("xl/workbook.xml".utf8)
        let directorySize = 46 + name.count + 22
        let space = UInt8(ascii: " ")
        var stream: [UInt8] = []
        for _ in 0..<3 { stream += [0] + Self.le16(65_535) + Self.le16(0) + [UInt8](repeating: space, count: 65_535) }
        stream += [0] + Self.le16(65_535) + Self.le16(0)
        let rest = Workbook.chunkSize - directorySize - stream.count
        try #require(rest >= 0 && rest + directorySize < 65_535)
        stream += [UInt8](repeating: space, count: rest)
        let bytes = Self.archive([Part(path: "xl/workbook.xml", data: stream, deflated: true, crc: 0, declaredSize: 1000)])
        try #require(bytes.count - 30 - name.count == Workbook.chunkSize)
        let path = try write(bytes, "endless")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: WorkbookError.damaged("xl/workbook.xml inflates to more than its 1000 bytes")) {
            try Workbook.open(path: path)
        }
    }

    @Test func aCellEndedInARowThatNeverOpenedItIsPassedOver() throws {
        // `<c r="B1" t="b">` is closed only after row 2 has begun: its text went with row 1.
        let sheet = """
            <worksheet><sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><x><c r="B1" t="b"></x></row>\
            <row r="2"></c><c r="A2" t="e"><v>#N/A</v></c></row><row r="3"><c r="A3" t="e"></row>\
            <row r="4"></c><c r="A4"><v>4</v></c></row></sheetData></worksheet>
            """
        let path = try write(Self.archive(Self.workbookParts + [Self.part("xl/worksheets/sheet1.xml", sheet)]), "stray-end")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workbook = try Workbook.open(path: path)
        var rows: [String] = []
        _ = try workbook.forEachRow(of: workbook.sheets[0]) { row in
            rows.append("\(row.line): " + (0..<row.count).map { "\(row.string($0))|\(row.kind($0))" }.joined(separator: ", "))
        }
        #expect(rows == ["1: TRUE|boolean", "2: #N/A|error", "4: 4|number"])
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
