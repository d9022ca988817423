/// Reads `indicators.csv` (`id,name,unit,category,aggregate,decimals,direction[,description]
/// [,formula][,step][,format][,unit_position]`). Only `id` and `name` must be present; an empty or
/// missing cell takes the default documented in docs/statistics.md: no unit, no category,
/// `aggregate` none (never add up what may not add up), 0 decimals, `direction` up, no formula,
/// the step inferred from the data, `format` plain, `unit_position` after.
///
/// A bad cell is one error at that cell, and the indicator stays in the catalogue with the
/// column's default, so that its data rows are still read (not reported as an unknown
/// indicator). Only a row without a usable id is left out.
public enum IndicatorsReader {
    /// The columns the reader interprets; the others are kept as attributes (the translations
    /// `name_en`, `unit_en`…).
    static let known: Set<String> = [
        "id", "name", "unit", "category", "aggregate", "decimals", "direction", "description", "formula", "step", "format",
        "unit_position",
    ]

    public static func read(_ bytes: [UInt8], file: String) -> (indicators: [Indicator], issues: [DataIssue]) {
        var issues: [DataIssue] = []
        guard let sheet = CSVSheet(bytes: bytes, file: file, fitting: true, issues: &issues),
            sheet.require(["id", "name"], issues: &issues)
        else { return ([], issues) }
        var indicators: [Indicator] = []
        var firstLine: [String: Int] = [:]
        var formulaCells: [String: SourceLocation] = [:]
        var aggregateCells: [String: SourceLocation] = [:]
        for row in sheet.rows {
            let id = sheet.cell(row, "id")
            func cell(_ column: String) -> SourceLocation { sheet.location(row, sheet.column(column) ?? 0) }
            func fail(_ column: String, _ message: String) { issues.append(.error(cell(column), message)) }
            if !Slug.isValid(id) {
                fail("id", "indicator id \"\(id)\" is not a slug (lower-case a-z, 0-9 and '-', starting with a letter or digit)")
                continue
            } else if let line = firstLine[id] {
                fail("id", "duplicate indicator id \"\(id)\" (first on line \(line))")
                continue
            }
            firstLine[id] = row.line
            var name = sheet.cell(row, "name")
            if name.isEmpty {
                fail("name", "indicator \"\(id)\" has no name")
                name = id
            }
            var indicator = Indicator(
                id: id, name: name, unit: sheet.cell(row, "unit"), category: sheet.cell(row, "category"),
                description: sheet.cell(row, "description"), location: sheet.location(row, 0))

            let aggregateText = sheet.cell(row, "aggregate")
            if !aggregateText.isEmpty {
                if let value = Indicator.Aggregation(aggregateText) {
                    indicator.aggregate = value
                    aggregateCells[id] = cell("aggregate")
                } else {
                    fail(
                        "aggregate",
                        "aggregate \"\(aggregateText)\" is not one of sum, mean, weighted:<indicator id>, min, max, none "
                            + "(indicator \(id))")
                }
            }
            let formulaText = sheet.cell(row, "formula")
            if !formulaText.isEmpty {
                switch Formula.parse(formulaText) {
                case .success(let formula):
                    indicator.formula = formula
                    formulaCells[id] = cell("formula")
                    if !aggregateText.isEmpty {
                        fail(
                            "aggregate",
                            "indicator \(id) has a formula, so its aggregate must be empty, not \"\(aggregateText)\" "
                                + "(a formula is computed at every level from its components)")
                        indicator.aggregate = .none
                        aggregateCells[id] = nil
                    }
                case .failure(let error):
                    fail("formula", "formula \"\(formulaText)\" (indicator \(id)): \(error.message)")
                }
            }
            indicator.direction = choice(sheet.cell(row, "direction"), "direction", id, default: .up) { fail("direction", $0) }
            indicator.format = choice(sheet.cell(row, "format"), "format", id, default: .plain) { fail("format", $0) }
            indicator.unitPosition = choice(sheet.cell(row, "unit_position"), "unit_position", id, default: .after) {
                fail("unit_position", $0)
            }
            let decimalsText = sheet.cell(row, "decimals")
            if !decimalsText.isEmpty {
                if let value = Int(decimalsText), (0...6).contains(value) {
                    indicator.decimals = value
                } else {
                    fail("decimals", "decimals \"\(decimalsText)\" is not a whole number from 0 to 6 (indicator \(id))")
                }
            }
            let stepText = sheet.cell(row, "step")
            if !stepText.isEmpty {
                if let value = Int(stepText), value >= 1 {
                    indicator.step = value
                } else {
                    fail("step", "step \"\(stepText)\" is not a whole number of years from 1 up (indicator \(id))")
                }
            }
            for (index, column) in sheet.header.names.enumerated() where !Self.known.contains(column) && !column.isEmpty {
                indicator.attributes[column] = row.fields[index].trimmingSpaces
            }
            indicators.append(indicator)
        }
        let checked = IndicatorDependencies.validate(indicators, formulaCells: formulaCells, aggregateCells: aggregateCells)
        issues += checked.issues
        return (checked.indicators, issues)
    }

    /// A cell that names one of an enum's cases: empty gives `default`, anything else not a case
    /// is reported through `fail` and gives `default` too.
    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String, _ column: String, _ id: String, default fallback: Choice, fail: (String) -> Void
    ) -> Choice where Choice.RawValue == String {
        guard !text.isEmpty else { return fallback }
        if let value = Choice(rawValue: text) { return value }
        let names = Choice.allCases.map(\.rawValue)
        let list = names.dropLast().joined(separator: ", ") + (names.count > 1 ? ", " : "") + names.last!
        fail("\(column) \"\(text)\" is not one of \(list) (indicator \(id))")
        return fallback
    }
}
