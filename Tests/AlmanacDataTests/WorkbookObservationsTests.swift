import Foundation
import Testing

@testable import AlmanacData

/// Workbooks read as observation files: sheets by name or all of them, a merged title row
/// skipped by header_row, Chinese headers mapped, names for ids, dates as years, cached formula
/// values, and every bad cell or sheet with the file, the row and the sheet.
@Suite struct WorkbookObservationsTests {
    let names: SiteNames = {
        let regions = [
            Region(id: "quzhou", name: "衢州市", parentID: nil, location: SourceLocation(file: "Content/regions.csv", line: 2)),
            Region(id: "linan", name: "临安区", parentID: nil, location: SourceLocation(file: "Content/regions.csv", line: 3)),
            Region(id: "qz", name: "qz", parentID: nil, location: SourceLocation(file: "Content/regions.csv", line: 4)),
        ]
        let indicators = [
            Indicator(id: "patents", name: "有效发明专利", location: SourceLocation(file: "Content/indicators.csv", line: 2)),
            Indicator(id: "output", name: "规上工业总产值", location: SourceLocation(file: "Content/indicators.csv", line: 3)),
        ]
        return SiteNames(regions: .regions(regions), indicators: .indicators(indicators))
    }()

    func read(_ file: String, _ configure: (inout DataFileOptions) -> Void = { _ in }) -> ([Observation], ReadResult) {
        var options = DataFileOptions()
        options.sidecar = "Content/data/x.yml"
        configure(&options)
        var observations: [Observation] = []
        let result = ObservationsReader.readWorkbook(
            at: WorkbookTests.path(file), file: "Content/data/\(file)", names: names, options: options
        ) { observations.append($0) }
        return (observations, result)
    }

    func describe(_ observations: [Observation]) -> [String] {
        observations.map { "\($0.region) \($0.year) \($0.indicator) \(NumberFormat.plain($0.value)) \($0.source ?? "-") \($0.note ?? "-")" }
    }

    @Test func everyKindOfCellFromOpenpyxl() {
        let (observations, result) = read("cells-openpyxl.xlsx") { $0.sheets = ["数据"] }
        #expect(result.issues.map(\.message) == [
            "value \"4,100\" is not a number (indicator patents) (sheet 数据)",
        ])
        #expect(result.issues.first?.location == SourceLocation(file: "Content/data/cells-openpyxl.xlsx", line: 6, column: 4))
        #expect(describe(observations) == [
            "quzhou 2024 patents 5590 衢州日报 -",
            "linan 2020 output 974.2 临安通报 TRUE",
            "linan 2016 output 693.1 - 0.3",
        ])
        #expect(result.rows == 5)
        #expect(result.sheets == ["数据"])
    }

    @Test func badCellsNameFileRowAndSheet() {
        let (observations, result) = read("cells-openpyxl.xlsx") { $0.sheets = ["错误"] }
        #expect(observations.isEmpty)
        let formula = ObservationRows.uncomputed
        #expect(result.issues.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "2:4 \(formula) (sheet 错误)",
            "3:4 value \"#DIV/0!\" is the Excel error, not a number (indicator patents) (sheet 错误)",
            "4:4 value \"2019-05-01\" is a date, not a number (indicator patents) (sheet 错误)",
            "5:4 value \"FALSE\" is not a number (indicator patents) (sheet 错误)",
        ])
    }

    @Test func titleRowsChineseHeadersNamesAndCachedFormulas() {
        let (observations, result) = read("shared-xlsxwriter.xlsx") {
            $0.sheets = ["2023年", "2024年"]
            $0.headerRow = 2
            let at = SourceLocation(file: "Content/data/x.yml", line: 3, column: 3)
            $0.columns = [("地区", "region"), ("年份", "year"), ("指标", "indicator"), ("数值", "value"), ("来源", "source"), ("备注", "note")]
                .map { DataFileOptions.Column(header: $0.0, target: $0.1, location: at) }
        }
        #expect(result.issues.isEmpty)
        #expect(describe(observations) == [
            "quzhou 2023 patents 4573 衢州日报 推算值",
            "linan 2023 output 900.5 衢州日报 -",
            "quzhou 2024 patents 5590 衢州日报 -",
            "linan 2024 output 974.2 衢州日报 快报",
        ])
        #expect(result.rows == 4)
        #expect(observations[2].location == SourceLocation(file: "Content/data/shared-xlsxwriter.xlsx", line: 3, column: 4))
    }

    @Test func everySheetByDefaultHiddenAndEmptyOnesLeftOut() {
        let (_, result) = read("shared-xlsxwriter.xlsx")
        // 2023年, 2024年 and 说明 are read: the titles and the note are not headers.
        #expect(result.sheets == ["2023年", "2024年", "说明"])
        let sheets = result.issues.compactMap { $0.message.components(separatedBy: " (sheet ").last }
        #expect(Set(sheets) == ["2023年)", "2024年)", "说明)"])
        #expect(result.issues.first?.message.hasPrefix(
            "missing column \"region\" (the header is: 主要指标（2023年）); if row 1 is a title, say which row holds the header with header_row: in Content/data/x.yml; if this sheet holds no data, name the sheets to read with sheet: in Content/data/x.yml") == true)
    }

    @Test func aMissingSheetListsTheSheets() {
        let at = SourceLocation(file: "Content/data/x.yml", line: 1, column: 1)
        let (_, result) = read("shared-xlsxwriter.xlsx") {
            $0.sheets = ["2025年"]
            $0.locations["sheet"] = at
        }
        #expect(result.issues == [
            .error(at, "Content/data/shared-xlsxwriter.xlsx has no sheet \"2025年\" (its sheets are: 2023年, 2024年, 底稿, Sheet4, 说明)"),
        ])
        let (_, empty) = read("shared-xlsxwriter.xlsx") { $0.sheets = ["Sheet4"] }
        #expect(empty.issues.map(\.message) == ["sheet Sheet4 is empty"])
    }

    @Test func headerRowPastTheEndOfASheet() {
        let at = SourceLocation(file: "Content/data/x.yml", line: 2, column: 1)
        let (_, result) = read("shared-xlsxwriter.xlsx") {
            $0.sheets = ["2024年"]
            $0.headerRow = 30
            $0.locations["header_row"] = at
        }
        #expect(result.issues == [.error(at, "header_row is 30, past the end: the last row with a value is 4 (sheet 2024年)")])
    }

    @Test func aMergedCellInTheDataIsExplained() {
        let (observations, result) = read("merged-regions.xlsx")
        #expect(observations.map(\.year) == [2023])
        #expect(result.issues.map(\.message) == [
            "unknown region \"\" (not in regions.csv); the cell is part of a merged range whose value is in its first cell, A2: "
                + "unmerge the range and fill its cells (sheet 数据)",
        ])
        #expect(result.issues.first?.location == SourceLocation(file: "Content/data/merged-regions.xlsx", line: 3, column: 1))
    }

    @Test func datesOf1904() {
        let (observations, result) = read("date1904.xlsx")
        #expect(result.issues.isEmpty)
        #expect(observations.map(\.year) == [2024])
    }

    @Test func filesThatAreNotWorkbooksAreOneClearError() {
        for (file, start) in [
            ("encrypted.xlsx", "workbook is encrypted (password-protected)"),
            ("truncated.xlsx", "file is not a readable .xlsx workbook"),
            ("html-page.xlsx", "file is not a readable .xlsx workbook (it does not start as a ZIP file does)"),
        ] {
            let (_, result) = read(file)
            #expect(result.issues.count == 1)
            #expect(result.issues.first?.message.hasPrefix(start) == true, "\(file): \(result.issues)")
            #expect(result.issues.first?.location == SourceLocation(file: "Content/data/\(file)", line: 1))
        }
    }

    @Test func encodingIsForCSV() {
        let at = SourceLocation(file: "Content/data/x.yml", line: 4, column: 1)
        let (_, result) = read("date1904.xlsx") {
            $0.encoding = .gb18030
            $0.locations["encoding"] = at
        }
        #expect(result.issues == [.error(at, "encoding: is for CSV files; a workbook's text is always Unicode")])
    }
}
