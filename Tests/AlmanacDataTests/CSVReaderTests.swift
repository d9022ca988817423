import Foundation
import Testing

@testable import AlmanacData

/// The CSV reader against RFC 4180, the csv-spectrum suite and the encodings Excel produces.
@Suite struct CSVReaderTests {
    static let spectrum = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Conformance/csv-spectrum").standardizedFileURL

    static var spectrumNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: spectrum.appendingPathComponent("csvs").path)) ?? []
        return files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test func theSpectrumSuiteIsPresent() {
        #expect(Self.spectrumNames.count == 11)
    }

    @Test(arguments: spectrumNames)
    func csvSpectrum(_ name: String) throws {
        let csv = try Data(contentsOf: Self.spectrum.appendingPathComponent("csvs/\(name).csv"))
        let json = try Data(contentsOf: Self.spectrum.appendingPathComponent("json/\(name).json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]])
        let records = try CSVReader.read([UInt8](csv))
        let header = try #require(records.first).fields
        let rows = records.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record.fields))
        }
        #expect(rows == expected)
        #expect(records.dropFirst().allSatisfy { $0.fields.count == header.count })
    }

    @Test(arguments: spectrumNames)
    func visitingRecordsSeesTheSameFields(_ name: String) throws {
        let csv = [UInt8](try Data(contentsOf: Self.spectrum.appendingPathComponent("csvs/\(name).csv")))
        var visited: [CSVRecord] = []
        try CSVReader.forEachRecord(csv) { row in
            visited.append(CSVRecord(line: row.line, fields: (0..<row.count).map { row.string($0) }))
        }
        #expect(visited == (try CSVReader.read(csv)))
    }

    @Test func rowViewsUnescapeAndTrim() throws {
        var seen: [[String]] = []
        try CSVReader.forEachRecord(Array(" a ,\"say \"\"hi\"\"\",\t\n\"x\",  padded\t\n".utf8)) { row in
            seen.append((0..<row.count).map { row.trimmedString($0) })
            #expect(row.string(0).hasPrefix(" ") || row.string(0) == "x")
        }
        #expect(seen == [["a", "say \"hi\"", ""], ["x", "padded"]])
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndNewlines() throws {
        let records = try CSVReader.read(Array("a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\nlast,\n".utf8))
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\"\nthere"], ["last", ""]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func bomAndCRLFAndNoFinalNewline() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,名称\r\nlinan,临安区\r\nquzhou,衢州市".utf8)
        let records = try CSVReader.read(bytes)
        #expect(records.map(\.fields) == [["id", "名称"], ["linan", "临安区"], ["quzhou", "衢州市"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let records = try CSVReader.read(Array("a\n\n1\n\n".utf8))
        #expect(records.map(\.fields) == [["a"], ["1"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func emptyFieldsAndLoneCR() throws {
        let records = try CSVReader.read(Array(",,\r1,,3".utf8))
        #expect(records.map(\.fields) == [["", "", ""], ["1", "", "3"]])
    }

    @Test func unterminatedQuoteNamesWhereItOpened() {
        #expect(throws: CSVError.unterminatedQuote(line: 2, column: 2)) {
            try CSVReader.read(Array("a,b\n1,\"open\nstill open".utf8))
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: CSVError.textAfterClosingQuote(line: 1, column: 1)) {
            try CSVReader.read(Array("\"abc\"def,1".utf8))
        }
    }

    @Test func gbkIsRefusedAndRecognised() throws {
        // "地区,临安" in GBK: 地 = B5 D8, 区 = C7 F8, 临 = C1 D9, 安 = B0 B2
        let gbk: [UInt8] = Array("id,name\nlinan,".utf8) + [0xC1, 0xD9, 0xB0, 0xB2] + Array("\n".utf8)
        do {
            _ = try CSVReader.read(gbk)
            Issue.record("GBK bytes were accepted")
        } catch {
            #expect(error == .notUTF8(line: 2, column: 2, looksLikeGB18030: true))
            #expect(error.message.contains("GB18030"))
            #expect(error.message.contains("iconv -f GB18030 -t UTF-8"))
        }
    }

    @Test func otherBinaryIsRefusedWithoutTheGBKHint() {
        #expect(throws: CSVError.notUTF8(line: 1, column: 1, looksLikeGB18030: false)) {
            try CSVReader.read([0x61, 0xFF, 0x0A])
        }
    }
}
