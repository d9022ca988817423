/// The optional `aliases` column of `indicators.csv` (`|`-separated other names of an indicator,
/// as data files and their headers may write it), read in a pass of its own beside
/// ``IndicatorsReader``, which checks every other column. Rows the indicators reader refuses
/// are read here too; their ids never reach a ``NameTable``, which is made of the indicators read.
public enum IndicatorAliases {
    /// Aliases by indicator id; empty when the file has no `aliases` column. Problems with the
    /// file as a whole are the indicators reader's to report.
    public static func read(_ bytes: [UInt8], file: String) -> [String: [String]] {
        var ignored: [DataIssue] = []
        guard let sheet = CSVSheet(bytes: bytes, file: file, fitting: true, issues: &ignored), sheet.column("aliases") != nil,
            sheet.column("id") != nil
        else { return [:] }
        var result: [String: [String]] = [:]
        for row in sheet.rows {
            let aliases = sheet.cell(row, "aliases").split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if !aliases.isEmpty { result[sheet.cell(row, "id"), default: []] += aliases }
        }
        return result
    }
}
