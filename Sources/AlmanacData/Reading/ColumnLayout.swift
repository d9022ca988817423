/// What each column of an observations file is, from its header and the sidecar: Almanac's
/// own names (`region`, `year`, `indicator`, `value`, `source`, `note`), an indicator by id,
/// name or alias (a wide file's value columns), a header the sidecar maps or ignores, or a
/// column without a header. A tidy file has `indicator` and `value` columns; a wide file has a
/// column per indicator.
struct ColumnLayout {
    enum Role: Equatable {
        case region, year, indicator, value, source, note
        case indicatorValue(String)
        case ignored
        case unnamed
        case unknown
    }

    /// The sidecar's `columns:` and `ignore:`, resolved once per file.
    struct Plan {
        var mapped: [String: Role] = [:]
        var ignored: Set<String> = []

        init(_ options: DataFileOptions, names: SiteNames, issues: inout [DataIssue]) {
            ignored = Set(options.ignore)
            for column in options.columns {
                if let role = ColumnLayout.keyword(column.target) {
                    mapped[column.header] = role
                    continue
                }
                let match = names.indicators.match(column.target)
                if case .id(let id) = match {
                    mapped[column.header] = .indicatorValue(id)
                } else if case .unknown = match {
                    issues.append(
                        .error(
                            column.location,
                            "columns: \"\(column.target)\" is not region, year, indicator, value, source, note, "
                                + "nor an indicator of indicators.csv (by id, name or alias)"))
                } else if let problem = names.indicators.problem(column.target, match) {
                    issues.append(.error(column.location, "columns: " + problem))
                }
            }
        }
    }

    var region: Int
    var year: Int
    var source: Int?
    var note: Int?
    /// Tidy files: the indicator column and the value column.
    var tidy: (indicator: Int, value: Int)?
    /// Wide files: each value column and its indicator.
    var values: [(index: Int, indicator: String)] = []
    /// The columns read, for the checks of workbook cells.
    var used: [Int] = []
    /// Columns without a header: their cells should be empty.
    var unnamed: [Int] = []

    static func keyword(_ name: String) -> Role? {
        switch name {
        case "region": return .region
        case "year": return .year
        case "indicator": return .indicator
        case "value": return .value
        case "source": return .source
        case "note": return .note
        default: return nil
        }
    }

    /// The layout of `header`, or nil (with the reasons in `issues`) when the file cannot be read.
    static func make(
        _ header: CSVHeader, plan: Plan, names: SiteNames, options: DataFileOptions, issues: inout [DataIssue]
    ) -> ColumnLayout? {
        let file = header.file
        func at(_ index: Int) -> SourceLocation { SourceLocation(file: file, line: header.line, column: index + 1) }
        var roles: [Role] = []
        for (index, name) in header.names.enumerated() {
            if name.isEmpty {
                roles.append(.unnamed)
            } else if plan.ignored.contains(name) {
                roles.append(.ignored)
            } else if let role = plan.mapped[name] ?? keyword(name) {
                roles.append(role)
            } else {
                let match = names.indicators.match(name)
                switch match {
                case .id(let id): roles.append(.indicatorValue(id))
                case .unknown: roles.append(.unknown)
                case .ambiguous:
                    issues.append(.error(at(index), "column " + names.indicators.problem(name, match)!))
                    roles.append(.ignored)
                }
            }
        }
        var first: [String: Int] = [:]
        var ok = true
        for (index, role) in roles.enumerated() {
            let key: String
            switch role {
            case .region, .year, .indicator, .value, .source, .note: key = "\(role)"
            case .indicatorValue(let id): key = "indicator " + id
            default: continue
            }
            if let earlier = first[key] {
                ok = false
                if header.names[earlier] == header.names[index] { continue }  // the header's own check says so
                let what = key.hasPrefix("indicator ") ? "a second column of \(key)" : "a second \(key) column"
                issues.append(.error(at(index), "column \"\(header.names[index])\" is \(what) (also column \(earlier + 1))"))
            } else {
                first[key] = index
            }
        }
        let tidy = first["indicator"] != nil || first["value"] != nil
        var missing = ["region", "year"] + (tidy ? ["indicator", "value"] : [])
        missing.removeAll { first[$0] != nil }
        for name in missing {
            issues.append(.error(at(0), "missing column \"\(name)\" (the header is: \(header.names.joined(separator: ",")))" + hint(header, options)))
        }
        guard ok, missing.isEmpty else { return nil }
        var layout = ColumnLayout(region: first["region"]!, year: first["year"]!, source: first["source"], note: first["note"])
        if tidy { layout.tidy = (first["indicator"]!, first["value"]!) }
        for (index, role) in roles.enumerated() {
            let name = header.names[index]
            switch role {
            case .indicatorValue(let id) where !tidy:
                layout.values.append((index, id))
            case .indicatorValue where tidy, .unknown where tidy:
                issues.append(
                    .warning(at(index), "column \"\(name)\" is not read (a tidy file has region, year, indicator, value, source, note)"))
            case .unnamed:
                layout.unnamed.append(index)
            case .unknown:
                let sidecar = options.sidecar.map { " (map it or ignore it in \($0))" } ?? ""
                issues.append(
                    .error(
                        at(index),
                        "unknown column \"\(name)\": not an indicator of indicators.csv (by id, name or alias), "
                            + "nor region, year, source or note" + sidecar))
            default:
                break
            }
        }
        layout.used = [layout.region, layout.year] + [layout.source, layout.note].compactMap { $0 }
            + (layout.tidy.map { [$0.indicator, $0.value] } ?? layout.values.map(\.index))
        return layout
    }

    /// What to write in the sidecar when required columns are missing.
    private static func hint(_ header: CSVHeader, _ options: DataFileOptions) -> String {
        guard let sidecar = options.sidecar else { return "" }
        if header.names.filter({ !$0.isEmpty }).count <= 1 {
            return "; if row \(header.line) is a title, say which row holds the header with header_row: in \(sidecar)"
        }
        return "; map the file's own column names in \(sidecar) (columns:)"
    }
}
