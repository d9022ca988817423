/// Reads `regions.csv` (`id,name,parent[,level][,complete][,aliases][,…]`) and checks each row on its own:
/// slug ids, names present, no id twice; `aliases` are `|`-separated other names. Whether parents
/// exist and form a tree is ``RegionTree``'s check.
public enum RegionsReader {
    public static func read(_ bytes: [UInt8], file: String) -> (regions: [Region], issues: [DataIssue]) {
        var issues: [DataIssue] = []
        guard let sheet = CSVSheet(bytes: bytes, file: file, fitting: true, issues: &issues),
            sheet.require(["id", "name", "parent"], issues: &issues)
        else { return ([], issues) }
        let known: Set<String> = ["id", "name", "parent", "level", "complete", "aliases"]
        var regions: [Region] = []
        var firstLine: [String: Int] = [:]
        for row in sheet.rows {
            let id = sheet.cell(row, "id")
            let name = sheet.cell(row, "name")
            let parent = sheet.cell(row, "parent")
            var ok = true
            if !Slug.isValid(id) {
                issues.append(
                    .error(
                        sheet.location(row, sheet.column("id")!),
                        "region id \"\(id)\" is not a slug (lower-case a-z, 0-9 and '-', starting with a letter or digit)"))
                ok = false
            } else if let line = firstLine[id] {
                issues.append(
                    .error(sheet.location(row, sheet.column("id")!), "duplicate region id \"\(id)\" (first on line \(line))"))
                ok = false
            }
            var complete = true
            switch sheet.cell(row, "complete").lowercased() {
            case "", "yes", "true", "1": break
            case "no", "false", "0": complete = false
            case let other:
                issues.append(
                    .error(
                        sheet.location(row, sheet.column("complete")!),
                        "complete \"\(other)\" is not yes or no (region \(id))"))
            }
            if name.isEmpty {
                issues.append(.error(sheet.location(row, sheet.column("name")!), "region \"\(id)\" has no name"))
            }
            guard ok else { continue }
            firstLine[id] = row.line
            var attributes: [String: String] = [:]
            for (index, column) in sheet.header.names.enumerated() where !known.contains(column) && !column.isEmpty {
                attributes[column] = row.fields[index].trimmingSpaces
            }
            let level = sheet.cell(row, "level")
            let aliases = sheet.cell(row, "aliases").split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            regions.append(
                Region(
                    id: id, name: name.isEmpty ? id : name, parentID: parent.isEmpty ? nil : parent,
                    level: level.isEmpty ? nil : level, childrenComplete: complete, aliases: aliases, attributes: attributes,
                    location: sheet.location(row, 0)))
        }
        return (regions, issues)
    }
}
