import Foundation
import Testing

@testable import AlmanacData

/// What a sidecar can say about a file, at the reader: the header row, columns mapped and left
/// out, a default source, GB18030 decoded by iconv, and each misuse with its place.
@Suite struct DataFileOptionsTests {
    let names = SiteNames(regionIDs: ["quzhou", "linan"], indicatorIDs: ["patents", "output"])
    static let encodings = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/encodings").standardizedFileURL

    func sidecar(_ configure: (inout DataFileOptions) -> Void) -> DataFileOptions {
        var options = DataFileOptions()
        options.sidecar = "Content/data/x.yml"
        configure(&options)
        return options
    }

    func read(_ bytes: [UInt8], _ options: DataFileOptions) -> ([Observation], ReadResult) {
        var observations: [Observation] = []
        let result = ObservationsReader.read(bytes, file: "Content/data/x.csv", names: names, options: options) { observations.append($0) }
        return (observations, result)
    }

    func read(_ text: String, _ options: DataFileOptions) -> ([Observation], ReadResult) { read(Array(text.utf8), options) }

    @Test func headerRowColumnsIgnoreAndSource() {
        let options = sidecar {
            $0.headerRow = 3
            $0.columns = [
                .init(header: "地区", target: "region", location: SourceLocation(file: "Content/data/x.yml", line: 3, column: 3)),
                .init(header: "年份", target: "year", location: SourceLocation(file: "Content/data/x.yml", line: 4, column: 3)),
                .init(header: "专利", target: "patents", location: SourceLocation(file: "Content/data/x.yml", line: 5, column: 3)),
            ]
            $0.ignore = ["备注"]
            $0.source = "衢州日报 2024"
        }
        let text = "衢州市专利,,,,\n（单位：件）,,,,\n地区,年份,专利,备注,source\nquzhou,2024,5590,说明,自报\nquzhou,2023,4573,,\n"
        let (observations, result) = read(text, options)
        #expect(result.issues.isEmpty)
        #expect(result.rows == 2)
        #expect(observations.map(\.value) == [5590, 4573])
        #expect(observations.map(\.source) == ["自报", "衢州日报 2024"])
        #expect(observations[0].location == SourceLocation(file: "Content/data/x.csv", line: 4, column: 3))
    }

    @Test func aWideRowIsOneRowHoweverManyFigures() {
        let (observations, result) = read("region,year,patents,output\nquzhou,2024,1,2\nlinan,2024,3,\n", DataFileOptions())
        #expect(observations.count == 3)
        #expect(result.rows == 2)
    }

    @Test func aMappingToNothingKnownIsAnErrorInTheSidecar() {
        let at = SourceLocation(file: "Content/data/x.yml", line: 2, column: 3)
        let (_, result) = read("region,year,合格率\nquzhou,2024,1\n", sidecar { $0.columns = [.init(header: "合格率", target: "pass", location: at)] })
        #expect(result.issues.first == .error(at, "columns: \"pass\" is not region, year, indicator, value, source, note, nor an indicator of indicators.csv (by id, name or alias)"))
    }

    @Test func headerRowPastTheEndOrOnAnEmptyRow() {
        let at = SourceLocation(file: "Content/data/x.yml", line: 1, column: 1)
        let (_, past) = read("title\nregion,year,patents\n", sidecar { $0.headerRow = 9; $0.locations["header_row"] = at })
        #expect(past.issues == [.error(at, "header_row is 9, past the end: the last row with a value is 2")])
        let (_, blank) = read("title\n\nregion,year,patents\n", sidecar { $0.headerRow = 2; $0.locations["header_row"] = at })
        #expect(blank.issues == [.error(at, "header_row is 2, but row 2 is empty")])
    }

    @Test func aTitleRowAboveTheHeaderIsExplained() {
        let (_, result) = read("衢州市主要指标,,\nregion,year,patents\n", sidecar { _ in })
        #expect(result.issues.first?.message == "missing column \"region\" (the header is: 衢州市主要指标,,); if row 1 is a title, "
            + "say which row holds the header with header_row: in Content/data/x.yml")
    }

    @Test func columnsWithoutAHeaderMustBeEmpty() {
        let (observations, result) = read("region,year,patents,\nquzhou,2024,1,\nquzhou,2023,2,x\n", DataFileOptions())
        #expect(observations.count == 2)
        #expect(result.issues.map(\.message) == ["1 cell has a value but no column header, and is not read; the first is here"])
        #expect(result.issues.first?.location == SourceLocation(file: "Content/data/x.csv", line: 3, column: 4))
    }

    @Test func yearsWithTheCharacterNian() {
        let (observations, result) = read("region,year,patents\nquzhou,2024年,1\n", DataFileOptions())
        #expect(result.issues.isEmpty)
        #expect(observations.first?.year == 2024)
    }

    @Test func sheetIsForWorkbooks() {
        let at = SourceLocation(file: "Content/data/x.yml", line: 1, column: 1)
        let (_, result) = read("region,year,patents\n", sidecar { $0.sheets = ["数据"]; $0.locations["sheet"] = at })
        #expect(result.issues == [.error(at, "sheet: is for workbooks, and Content/data/x.csv is a CSV file")])
    }

    // MARK: Encodings

    func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.encodings.appendingPathComponent(name)))
    }

    @Test func gb18030IsDecodedThroughIconv() throws {
        let bytes = try fixture("gb18030.csv")
        // The bytes are Python's GB18030: two-byte characters, FE 9F, and two four-byte sequences.
        #expect(bytes.starts(with: Array("region,".utf8)))
        #expect(bytes.contains(0xFE) && bytes.suffix(10).starts(with: [0x81, 0x39, 0xEE, 0x39, 0x95, 0x32, 0x82, 0x36]))
        let (observations, result) = read(bytes, sidecar { $0.encoding = .gb18030 })
        #expect(result.issues.isEmpty)
        #expect(observations.first?.source == "衢州日报")
        #expect(observations.first?.note == "刘䶮 㐀𠀀")
        #expect(try TextEncoding.gbk.utf8([0xD5, 0xE3, 0xBD, 0xAD]) == Array("浙江".utf8))
    }

    @Test func withoutASidecarGB18030SaysHowToDeclareIt() throws {
        let (_, result) = read(try fixture("gb18030.csv"), sidecar { _ in })
        #expect(result.issues.first?.message == "file is not UTF-8; it looks like GB18030/GBK (Excel's \"CSV\" on Chinese Windows): "
            + "say so with the line `encoding: gb18030` in Content/data/x.yml, or save the file as \"CSV UTF-8\"")
    }

    @Test func brokenOrAlreadyUTF8() throws {
        let (_, broken) = read(try fixture("gb18030-broken.csv"), sidecar { $0.encoding = .gb18030 })
        #expect(broken.issues.first?.message == "file ends inside a GB18030 character")
        #expect(broken.issues.first?.location.line == 3)
        let (_, utf8) = read("region,year,patents,note\nquzhou,2024,1,衢州\n", sidecar { $0.encoding = .gb18030 })
        #expect(utf8.issues.first?.message == "file is UTF-8, but its sidecar says encoding: gb18030; remove that line")
        #expect(throws: DecodingError.self) { try TextEncoding.gb18030.utf8([0x81, 0x20]) }
        #expect(TextEncoding(name: "GBK") == .gbk && TextEncoding(name: "UTF8") == .utf8 && TextEncoding(name: "big5") == nil)
    }
}
