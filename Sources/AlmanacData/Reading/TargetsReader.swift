/// Reads `targets.csv` (`region,year,indicator,target`): the goals a region set itself. Regions
/// and indicators may be given by id, name or alias.
public enum TargetsReader {
    public static func read(
        _ bytes: [UInt8], file: String, regions: Set<String>, indicators: Set<String>
    ) -> (targets: [Target], issues: [DataIssue]) {
        read(bytes, file: file, names: SiteNames(regionIDs: regions, indicatorIDs: indicators))
    }

    public static func read(_ bytes: [UInt8], file: String, names: SiteNames) -> (targets: [Target], issues: [DataIssue]) {
        var issues: [DataIssue] = []
        guard let sheet = CSVSheet(bytes: bytes, file: file, issues: &issues),
            sheet.require(["region", "year", "indicator", "target"], issues: &issues)
        else { return ([], issues) }
        var targets: [Target] = []
        var seen: [String: Int] = [:]
        for row in sheet.rows {
            let regionText = sheet.cell(row, "region")
            let indicatorText = sheet.cell(row, "indicator")
            let region = names.regions.id(regionText) ?? regionText
            let indicator = names.indicators.id(indicatorText) ?? indicatorText
            let yearText = sheet.cell(row, "year")
            let targetText = sheet.cell(row, "target")
            var ok = true
            func fail(_ column: String, _ message: String) {
                issues.append(.error(sheet.location(row, sheet.column(column)!), message))
                ok = false
            }
            if let problem = names.regions.problem(regionText) { fail("region", problem) }
            if let problem = names.indicators.problem(indicatorText) { fail("indicator", problem) }
            let year = NumberParsing.year(yearText)
            if year == nil { fail("year", "year \"\(yearText)\" is not a whole number") }
            if targetText.isEmpty { continue }
            let value = NumberParsing.value(targetText)
            if value == nil { fail("target", "target \"\(targetText)\" is not a number (indicator \(indicator))") }
            if let value, let problem = NumberParsing.rangeProblem(value, targetText, "target") {
                fail("target", problem + " (indicator \(indicator))")
            }
            guard ok, let year, let value else { continue }
            let key = "\(region)\u{1F}\(year)\u{1F}\(indicator)"
            if let line = seen[key] {
                fail("target", "a second target for \(indicator), \(region), \(year) (first on line \(line))")
                continue
            }
            seen[key] = row.line
            targets.append(
                Target(
                    region: region, year: year, indicator: indicator, value: value,
                    location: sheet.location(row, sheet.column("target")!)))
        }
        return (targets, issues)
    }
}
