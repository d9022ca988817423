/// Reads one observations file under `data/`, in either shape:
/// tidy `region,year,indicator,value[,source][,note]` (one number per row) or
/// wide `region,year,<indicator id>…[,source][,note]` (one row per region and year).
/// Every cell is checked against the catalogue; an empty value is a missing figure, not zero.
public enum ObservationsReader {
    public static func read(
        _ bytes: [UInt8], file: String, regions: Set<String>, indicators: Set<String>
    ) -> (observations: [Observation], issues: [DataIssue]) {
        var issues: [DataIssue] = []
        guard let sheet = CSVSheet(bytes: bytes, file: file, issues: &issues),
            sheet.require(["region", "year"], issues: &issues)
        else { return ([], issues) }
        let tidy = sheet.column("indicator") != nil || sheet.column("value") != nil
        if tidy, !sheet.require(["indicator", "value"], issues: &issues) { return ([], issues) }

        let metadata: Set<String> = ["region", "year", "source", "note"]
        var valueColumns: [(index: Int, indicator: String)] = []
        if !tidy {
            for (index, name) in sheet.header.enumerated() where !metadata.contains(name) {
                if indicators.contains(name) {
                    valueColumns.append((index, name))
                } else {
                    issues.append(
                        .error(
                            SourceLocation(file: file, line: sheet.headerLine, column: index + 1),
                            "unknown column \"\(name)\": not an indicator id of indicators.csv, nor region, year, source or note"
                        ))
                }
            }
        } else {
            for (index, name) in sheet.header.enumerated()
            where !metadata.contains(name) && name != "indicator" && name != "value" {
                issues.append(
                    .warning(
                        SourceLocation(file: file, line: sheet.headerLine, column: index + 1),
                        "column \"\(name)\" is not read (a tidy file has region, year, indicator, value, source, note)"))
            }
        }

        var observations: [Observation] = []
        observations.reserveCapacity(sheet.rows.count * max(1, valueColumns.count))
        let regionColumn = sheet.column("region")!
        let yearColumn = sheet.column("year")!
        for row in sheet.rows {
            let region = sheet.cell(row, "region")
            let yearText = sheet.cell(row, "year")
            var rowOK = true
            if !regions.contains(region) {
                issues.append(.error(sheet.location(row, regionColumn), "unknown region \"\(region)\" (not in regions.csv)"))
                rowOK = false
            }
            let year = NumberParsing.year(yearText)
            if year == nil {
                issues.append(.error(sheet.location(row, yearColumn), "year \"\(yearText)\" is not a whole number"))
                rowOK = false
            }
            let source = sheet.cell(row, "source")
            let note = sheet.cell(row, "note")
            let cells: [(index: Int, indicator: String)]
            if tidy {
                let indicatorColumn = sheet.column("indicator")!
                let indicator = sheet.cell(row, "indicator")
                if !indicators.contains(indicator) {
                    issues.append(
                        .error(sheet.location(row, indicatorColumn), "unknown indicator \"\(indicator)\" (not in indicators.csv)"))
                    continue
                }
                cells = [(sheet.column("value")!, indicator)]
            } else {
                cells = valueColumns
            }
            for (index, indicator) in cells {
                let text = row.fields[index].trimmingSpaces
                if text.isEmpty { continue }
                guard let value = NumberParsing.value(text) else {
                    issues.append(
                        .error(sheet.location(row, index), "value \"\(text)\" is not a number (indicator \(indicator))"))
                    continue
                }
                if let problem = NumberParsing.rangeProblem(value, text, "value") {
                    issues.append(.error(sheet.location(row, index), problem + " (indicator \(indicator))"))
                    continue
                }
                guard rowOK, let year else { continue }
                observations.append(
                    Observation(
                        region: region, year: year, indicator: indicator, value: value,
                        source: source.isEmpty ? nil : source, note: note.isEmpty ? nil : note,
                        location: sheet.location(row, index)))
            }
        }
        return (observations, issues)
    }
}
