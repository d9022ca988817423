/// Reads `indicators.csv` (`id,name,unit,category,aggregate,decimals,direction[,description]`).
/// Only `id` and `name` must be present; an empty or missing cell takes the default documented
/// in the README: no unit, no category, `aggregate` none (never add up what may not add up),
/// 0 decimals, `direction` up.
public enum IndicatorsReader {
    /// The columns the reader interprets; the others are kept as attributes.
    static let known: Set<String> = ["id", "name", "unit", "category", "aggregate", "decimals", "direction", "description"]

    public static func read(_ bytes: [UInt8], file: String) -> (indicators: [Indicator], issues: [DataIssue]) {
        var issues: [DataIssue] = []
        guard let sheet = CSVSheet(bytes: bytes, file: file, issues: &issues),
            sheet.require(["id", "name"], issues: &issues)
        else { return ([], issues) }
        var indicators: [Indicator] = []
        var firstLine: [String: Int] = [:]
        for row in sheet.rows {
            let id = sheet.cell(row, "id")
            var ok = true
            func fail(_ column: String, _ message: String) {
                issues.append(.error(sheet.location(row, sheet.column(column) ?? 0), message))
                ok = false
            }
            if !Slug.isValid(id) {
                fail("id", "indicator id \"\(id)\" is not a slug (lower-case a-z, 0-9 and '-', starting with a letter or digit)")
            } else if let line = firstLine[id] {
                fail("id", "duplicate indicator id \"\(id)\" (first on line \(line))")
            }
            let name = sheet.cell(row, "name")
            if name.isEmpty { fail("name", "indicator \"\(id)\" has no name") }

            var aggregate = Indicator.Aggregation.none
            let aggregateText = sheet.cell(row, "aggregate")
            if !aggregateText.isEmpty {
                if let value = Indicator.Aggregation(rawValue: aggregateText) {
                    aggregate = value
                } else {
                    fail("aggregate", "aggregate \"\(aggregateText)\" is not one of sum, mean, none (indicator \(id))")
                }
            }
            var direction = Indicator.Direction.up
            let directionText = sheet.cell(row, "direction")
            if !directionText.isEmpty {
                if let value = Indicator.Direction(rawValue: directionText) {
                    direction = value
                } else {
                    fail("direction", "direction \"\(directionText)\" is not one of up, down (indicator \(id))")
                }
            }
            var decimals = 0
            let decimalsText = sheet.cell(row, "decimals")
            if !decimalsText.isEmpty {
                if let value = Int(decimalsText), (0...6).contains(value) {
                    decimals = value
                } else {
                    fail("decimals", "decimals \"\(decimalsText)\" is not a whole number from 0 to 6 (indicator \(id))")
                }
            }
            guard ok else { continue }
            firstLine[id] = row.line
            var indicator = Indicator(
                id: id, name: name, unit: sheet.cell(row, "unit"), category: sheet.cell(row, "category"),
                aggregate: aggregate, decimals: decimals, direction: direction,
                description: sheet.cell(row, "description"), location: sheet.location(row, 0))
            for (index, column) in sheet.header.names.enumerated() where !Self.known.contains(column) && !column.isEmpty {
                indicator.attributes[column] = row.fields[index].trimmingSpaces
            }
            indicators.append(indicator)
        }
        return (indicators, issues)
    }
}
