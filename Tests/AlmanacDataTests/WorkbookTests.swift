import Foundation
import Testing

@testable import AlmanacData

/// The workbook reader on files written by openpyxl and XlsxWriter (Scripts/make-data-fixtures.py):
/// every kind of cell as the text and kind a row hands out, sheets in tab order, and each way a
/// file can fail to be a workbook.
@Suite struct WorkbookTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/workbooks").standardizedFileURL

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Each row as `line: text|kind, …` with kinds abbreviated (t n d b e u).
    func rows(_ file: String, sheet: String) throws -> [String] {
        let workbook = try Workbook.open(path: Self.path(file))
        let chosen = try #require(workbook.sheets.first { $0.name == sheet })
        var result: [String] = []
        _ = try workbook.forEachRow(of: chosen) { row in
            let cells = (0..<row.count).map { index -> String in
                let kind: String
                switch row.kind(index) {
                case .text: kind = "t"
                case .number: kind = "n"
                case .date: kind = "d"
                case .boolean: kind = "b"
                case .error: kind = "e"
                case .uncomputed: kind = "u"
                }
                return row.string(index) + "|" + kind
            }
            result.append("\(row.line): " + cells.joined(separator: ", "))
        }
        return result
    }

    @Test func openpyxlCells() throws {
        let good = try rows("cells-openpyxl.xlsx", sheet: "数据")
        #expect(good == [
            "1: region|t, year|t, indicator|t, value|t, source|t, note|t",
            "2: quzhou|t, 2024|n, patents|t, 5590|n, 衢州日报|t",
            "3: linan|t, 2020-01-01|d, output|t, 974.2|n, 临安通报|t, TRUE|b",
            "4: linan|t, 2016-06-30|d, output|t, 693.1|n, |t, 0.3|n",
            "5: quzhou|t, 2023|n, patents|t, |t, 衢州日报|t, 缺数|t",
            "6: qz|t, 2022|n, patents|t, 4,100|t",
        ])
        let bad = try rows("cells-openpyxl.xlsx", sheet: "错误")
        #expect(bad == [
            "1: region|t, year|t, indicator|t, value|t",
            "2: quzhou|t, 2021|n, patents|t, |u",
            "3: quzhou|t, 2020|n, patents|t, #DIV/0!|e",
            "4: quzhou|t, 2019-05-01|d, patents|t, 2019-05-01|d",
            "5: quzhou|t, 2018|n, patents|t, FALSE|b",
        ])
    }

    @Test func xlsxwriterSharedStringsMergedTitlesAndCachedFormulas() throws {
        let workbook = try Workbook.open(path: Self.path("shared-xlsxwriter.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["2023年", "2024年", "底稿", "Sheet4", "说明"])
        #expect(workbook.sheets.map(\.hidden) == [false, false, true, false, false])
        let shared = try rows("shared-xlsxwriter.xlsx", sheet: "2024年")
        #expect(shared == [
            "1: 主要指标（2024年）|t",
            "2: 地区|t, 年份|t, 指标|t, 数值|t, 来源|t, 备注|t",
            "3: 衢州市|t, 2024-12-31|d, 有效发明专利|t, 5590|n, 衢州日报|t",
            "4: 临安区|t, 2024-12-31|d, 规上工业总产值|t, 974.2|n, 衢州日报|t, 快报|t",
        ])
        let summary = try workbook.forEachRow(of: workbook.sheets[1]) { _ in }
        #expect(summary.merges == [Workbook.Merge(rows: 1...1, columns: 1...6)])
        #expect(summary.lastRow == 4)
        #expect(try rows("shared-xlsxwriter.xlsx", sheet: "Sheet4").isEmpty)
    }

    @Test func datesOf1904() throws {
        #expect(try rows("date1904.xlsx", sheet: "Mac")[1] == "2: quzhou|t, 2024-07-01|d, patents|t, 5590|n")
    }

    @Test func serialNumbersAsDates() {
        #expect(CellValues.isoDate(serial: 1, date1904: false) == "1900-01-01")
        #expect(CellValues.isoDate(serial: 59, date1904: false) == "1900-02-28")
        #expect(CellValues.isoDate(serial: 60, date1904: false) == "1900-02-29")
        #expect(CellValues.isoDate(serial: 61, date1904: false) == "1900-03-01")
        #expect(CellValues.isoDate(serial: 45292.75, date1904: false) == "2024-01-01")
        #expect(CellValues.isoDate(serial: 0, date1904: true) == "1904-01-01")
        #expect(CellValues.isoDate(serial: -1, date1904: false) == nil)
        for code in ["yyyy", "yyyy\"年\"m\"月\"", "[$-804]yyyy年m月d日", "m/d/yy h:mm", "[h]:mm:ss"] {
            #expect(CellValues.isDateFormat(code: code), "\(code)")
        }
        for code in ["General", "0.00", "#,##0\"元\"", "0.00E+00", "[Red]0.0", "@", "\"days\"0"] {
            #expect(!CellValues.isDateFormat(code: code), "\(code)")
        }
    }

    /// Excel saves numbers with 17 significant digits; a note or source shows the short decimal.
    @Test func longStoredNumbersAsShortDecimals() {
        func short(_ text: String) -> String? {
            var text = text
            return text.withUTF8 { CellValues.shortNumber($0) }
        }
        #expect(short("974.20000000000005") == "974.2")
        #expect(short("0.30000000000000004") == "0.30000000000000004")
        #expect(short("1.0E+3") == "1000")
        #expect(short("693.1") == nil)  // kept as it is
        #expect(NumberParsing.value("974.20000000000005") == 974.2)
    }

    @Test func cellReferences() {
        func reference(_ text: String) -> (Int, Int)? {
            var text = text
            return text.withUTF8 { CellValues.reference($0) }.map { ($0.column, $0.row) }
        }
        #expect(reference("A1")! == (1, 1))
        #expect(reference("AB12")! == (28, 12))
        #expect(reference("XFD1048576")! == (16_384, 1_048_576))
        #expect(reference("1A") == nil)
        #expect(CellValues.columnName(28) == "AB")
    }

    @Test(arguments: [
        ("encrypted.xlsx", WorkbookError.compoundFile(encrypted: true)),
        ("html-page.xlsx", WorkbookError.notZip("it does not start as a ZIP file does")),
        ("truncated.xlsx", WorkbookError.notZip("its ZIP directory cannot be read")),
    ])
    func filesThatAreNotWorkbooks(file: String, expected: WorkbookError) {
        #expect(throws: expected) { try Workbook.open(path: Self.path(file)) }
    }

    @Test func aSheetThatFailsItsChecksumIsDamaged() throws {
        let workbook = try Workbook.open(path: Self.path("wrong-checksum.xlsx"))
        #expect(throws: WorkbookError.damaged("xl/worksheets/sheet1.xml fails its checksum")) {
            try workbook.forEachRow(of: workbook.sheets[0]) { _ in }
        }
        #expect(try workbook.forEachRow(of: workbook.sheets[1]) { _ in }.lastRow == 5)
    }

    @Test func messagesSayWhatToDo() {
        #expect(WorkbookError.compoundFile(encrypted: true).message.contains("password"))
        #expect(WorkbookError.compoundFile(encrypted: false).message.contains("Excel 97–2003"))
        #expect(WorkbookError.notZip("x").message.contains("save it again as .xlsx"))
    }
}
