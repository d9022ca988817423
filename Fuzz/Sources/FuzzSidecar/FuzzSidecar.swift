/// libFuzzer entry point for data files' sidecars (`data/NAME.yml`, `Sidecar.parse`) and the
/// reading they steer: any UTF-8 text parses into options, with each problem at a place inside
/// the sidecar, and a CSV file and a workbook read with those options — header row moved,
/// columns mapped and left out, an encoding, sheets named — give observations and issues of
/// that file or of the sidecar, never a crash. The input is the sidecar; after a NUL byte, the
/// CSV file's bytes (a fixed file when there is none). The workbook is the starter's
/// `quality.xlsx`, whose sidecar is among the seeds.
import AlmanacData
import AlmanacSite
import Foundation
import LibFuzzerDriver

let sidecarFile = "Content/data/x.yml"
let csvFile = "Content/data/x.csv"
let workbookFile = "Content/data/quality.xlsx"
let workbookPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../Sources/AlmanacSite/Starter/en/Content/data/quality.xlsx").standardizedFileURL.path

let defaultCSV = Array(
    """
    主要指标,,,,,
    地区,年份,指标,数值,来源,备注
    杭州市,2023,产值,"1,234.5",统计局,快报
    east,2024,output,412.5,,
    West District,2024,Spot-check pass rate,97.1,bulletin,

    """.utf8)

/// A catalogue's table of ids and names, all defined on its line 2.
func table(_ noun: String, _ catalogue: String, _ entries: [(id: String, names: [String])]) -> NameTable {
    NameTable(noun: noun, catalogue: catalogue, entries: entries.map { ($0.id, $0.names, SourceLocation(file: "Content/" + catalogue, line: 2)) })
}

let names = SiteNames(
    regions: table("region", "regions.csv", [
        ("province", ["Example Province", "示例省"]), ("hz", ["杭州市"]), ("east", ["East District", "东区"]),
        ("west", ["West District", "西区"]),
    ]),
    indicators: table("indicator", "indicators.csv", [
        ("output", ["Industrial output", "产值"]), ("patents", ["有效发明专利"]),
        ("pass-rate", ["Spot-check pass rate", "产品抽检合格率"]),
    ]))

func fuzzSidecar(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.firstIndex(of: 0)
    // The build refuses a sidecar that is not UTF-8 before parsing it (SiteFiles.text).
    guard let text = String(validating: bytes[..<(split ?? bytes.count)], as: UTF8.self) else { return 0 }
    let csv = split.map { Array(bytes[($0 + 1)...]) } ?? defaultCSV
    let sidecarLines = lineCount(text)

    var diagnostics: [Diagnostic] = []
    let options = Sidecar.parse(text, file: sidecarFile, diagnostics: &diagnostics)
    for diagnostic in diagnostics {
        precondition(diagnostic.file == sidecarFile, "a sidecar's problem in \(diagnostic.file)")
        precondition(
            diagnostic.line >= 1 && diagnostic.line <= sidecarLines + 1, "line \(diagnostic.line) outside the sidecar's \(sidecarLines)")
        precondition(diagnostic.column >= 1, "column \(diagnostic.column) out of range")
    }
    precondition(options.sidecar == sidecarFile, "the options forget their sidecar")
    precondition(options.headerRow.map { $0 >= 1 } ?? true, "header_row \(options.headerRow!) below 1")
    precondition(options.sheets.map { !$0.isEmpty } ?? true, "sheet: names no sheet")
    precondition(options.columns.allSatisfy { !$0.target.isEmpty }, "a column mapped to nothing")
    for location in options.locations.values + options.columns.map(\.location) {
        precondition(
            location.file == sidecarFile && location.line >= 1 && location.line <= sidecarLines, "a key's place outside the sidecar")
    }

    let readCSV = ObservationsReader.read(csv, file: csvFile, names: names, options: options) { check($0, of: csvFile) }
    check(readCSV, of: csvFile, sidecarLines: sidecarLines)
    let readWorkbook = ObservationsReader.readWorkbook(at: workbookPath, file: workbookFile, names: names, options: options) {
        check($0, of: workbookFile)
    }
    check(readWorkbook, of: workbookFile, sidecarLines: sidecarLines)
    return 0
}

func check(_ observation: Observation, of file: String) {
    precondition(observation.location.file == file, "an observation of \(observation.location.file), not \(file)")
    precondition(observation.value.isFinite, "a figure that is not finite")
    precondition(!observation.region.isEmpty && !observation.indicator.isEmpty, "an observation without region or indicator")
}

/// Issues are about the data file or its sidecar, and those about the sidecar are inside it.
func check(_ result: ReadResult, of file: String, sidecarLines: Int) {
    for issue in result.issues {
        let location = issue.location
        precondition(location.file == file || location.file == sidecarFile, "an issue of \(location.file) reading \(file)")
        if location.file == sidecarFile {
            precondition(location.line >= 1 && location.line <= sidecarLines + 1, "line \(location.line) outside the sidecar")
        }
        precondition(!issue.message.isEmpty, "an issue without a message")
    }
}

/// Lines as YAML counts them at most: LF, CR, CRLF, and the Unicode line breaks of YAML 1.1.
func lineCount(_ text: String) -> Int {
    text.split(omittingEmptySubsequences: false) { "\n\r\r\n\u{85}\u{2028}\u{2029}".contains($0) }.count
}

@main enum Main {
    static func main() {
        precondition(FileManager.default.fileExists(atPath: workbookPath), "no workbook at \(workbookPath)")
        almanac_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { fuzzSidecar($0, $1) }
    }
}
