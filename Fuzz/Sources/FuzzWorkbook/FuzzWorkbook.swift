/// libFuzzer entry point for the workbook reader (`Workbook`, `ObservationsReader.readWorkbook`):
/// any file named .xlsx opens or is refused with a `WorkbookError`, each sheet reads or is
/// refused, every row hands out cells inside its buffers, and reading the file as data gives
/// observations and issues of that file. An input that starts as a ZIP or an OLE file does is
/// the whole file (the container: directory, inflating, checksums, signatures). Any other input
/// is the XML of a workbook's parts, split at NUL bytes — sheet, shared strings, styles,
/// workbook.xml, its relationships — zipped in memory with defaults for the parts it leaves out,
/// so that mutations reach the XML instead of failing a checksum; its container is sound, so the
/// only refusals allowed are about the XML. The sheet's XML is also tokenized in small chunks,
/// which must read as it does in one (inputs are smaller than the reader's real chunk).
import AlmanacData
import Foundation
import LibFuzzerDriver

let file = "Content/data/x.xlsx"
let path = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-fuzz-workbook-\(getpid()).xlsx").path

/// A catalogue's table of ids and names, all defined on its line 2.
func table(_ noun: String, _ catalogue: String, _ entries: [(id: String, names: [String])]) -> NameTable {
    NameTable(noun: noun, catalogue: catalogue, entries: entries.map { ($0.id, $0.names, SourceLocation(file: "Content/" + catalogue, line: 2)) })
}

let names = SiteNames(
    regions: table("region", "regions.csv", [("zj", ["浙江省"]), ("hz", ["杭州市"]), ("la", ["临安区", "Lin'an"]), ("qz", ["衢州市"])]),
    indicators: table("indicator", "indicators.csv", [("output", ["产值"]), ("rate", ["合格率"]), ("level", ["水平"])]))

let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
    Type="\(relationshipType)officeDocument" Target="xl/workbook.xml"/></Relationships>
    """
/// Shared strings, styles, workbook.xml and its relationships, for an input that leaves them out.
let defaultParts = [
    """
    <sst count="8" uniqueCount="8"><si><t>region</t></si><si><t>year</t></si><si><t>indicator</t></si><si><t>value</t></si>\
    <si><t>zj</t></si><si><t>杭州市</t></si><si><t>output</t></si>\
    <si><r><t>合格</t></r><r><t>率</t></r><rPh><t>ごう</t></rPh></si></sst>
    """,
    """
    <styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>\
    <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>
    """,
    """
    <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/>\
    <sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>
    """,
    """
    <Relationships><Relationship Id="rId1" Type="\(relationshipType)worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="\(relationshipType)sharedStrings" Target="sharedStrings.xml"/>\
    <Relationship Id="rId3" Type="\(relationshipType)styles" Target="/xl/styles.xml"/></Relationships>
    """,
].map { Array($0.utf8) }
let partPaths = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]

func fuzzWorkbook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let wholeFile = bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: [0xD0, 0xCF])
    var contents = bytes
    if !wholeFile {
        let given = bytes.split(separator: 0, maxSplits: partPaths.count - 1, omittingEmptySubsequences: false).map(Array.init)
        let parts = partPaths.indices.map { $0 < given.count ? given[$0] : defaultParts[$0 - 1] }
        contents = StoredZip.archive([("_rels/.rels", Array(rootRelationships.utf8))] + zip(partPaths, parts).map { ($0, $1) })
        checkChunking(parts[0])
    }
    write(contents)
    checkSheets(soundContainer: !wholeFile)
    checkObservations()
    return 0
}

/// Every sheet reads or is refused; cells lie inside their row's buffers and are what their kind says.
func checkSheets(soundContainer: Bool) {
    func refusal(_ error: WorkbookError) {
        precondition(!error.message.isEmpty, "a refusal without a message")
        guard soundContainer else { return }
        switch error {
        case .malformed, .missingPart: break
        case .notZip, .damaged, .compoundFile: preconditionFailure("a sound ZIP container refused as \(error)")
        }
    }
    let workbook: Workbook
    do {
        workbook = try Workbook.open(path: path)
    } catch {
        return refusal(error)
    }
    for sheet in workbook.sheets {
        var lastLine = 0
        do {
            let summary = try workbook.forEachRow(of: sheet) { row in
                precondition(row.count > 0, "a row without a value was handed on")
                lastLine = row.line
                for index in 0..<row.count {
                    let text = row.bytes(index)
                    switch row.kind(index) {
                    case .boolean:
                        precondition(
                            text.elementsEqual("TRUE".utf8) || text.elementsEqual("FALSE".utf8), "a boolean reads \(row.string(index))")
                    case .date: precondition(text.count <= 10, "a date longer than YYYY-MM-DD: \(row.string(index))")
                    case .text, .number, .error, .uncomputed: _ = row.trimmedString(index)
                    }
                }
            }
            precondition(summary.lastRow == lastLine, "lastRow \(summary.lastRow) is not the last row read, \(lastLine)")
        } catch {
            refusal(error)
        }
    }
}

/// Read as a data file: observations and issues are about this file, and every figure is a number.
func checkObservations() {
    let result = ObservationsReader.readWorkbook(at: path, file: file, names: names) { observation in
        precondition(observation.location.file == file, "an observation of another file")
        precondition(observation.value.isFinite, "a figure that is not finite")
    }
    precondition(result.rows >= 0, "a negative count of rows")
    for issue in result.issues {
        precondition(issue.location.file == file || issue.location.file.isEmpty, "an issue of another file: \(issue.location.file)")
        precondition(!issue.message.isEmpty, "an issue without a message")
    }
}

/// The tokenizer reads the XML cut into chunks as it reads it whole.
func checkChunking(_ xml: [UInt8]) {
    let whole = Result { () throws(WorkbookError) in try Workbook.countElements(inXML: xml) }
    let chunked = Result { () throws(WorkbookError) in try Workbook.countElements(inXML: xml, chunkSize: max(13, xml.count / 64)) }
    precondition(whole == chunked, "chunks read \(chunked), the whole \(whole)")
}

func write(_ contents: [UInt8]) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(descriptor >= 0, "cannot write \(path)")
    defer { close(descriptor) }
    let written = contents.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    precondition(written == contents.count, "short write to \(path)")
}

@main enum Main {
    static func main() {
        atexit { unlink(path) }
        almanac_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { fuzzWorkbook($0, $1) }
    }
}
