/// Reads one observations file under `data/`, in either shape:
/// tidy `region,year,indicator,value[,source][,note]` (one number per row) or
/// wide `region,year,<indicator id>…[,source][,note]` (one row per region and year).
/// Every cell is checked against the catalogue; an empty value is a missing figure, not zero.
///
/// Observation files are the large ones (a million rows is a county-level report over a decade),
/// so rows are visited as byte ranges: ids and sources are interned, numbers parsed from bytes.
public enum ObservationsReader {
    public static func read(
        _ bytes: [UInt8], file: String, regions: Set<String>, indicators: Set<String>
    ) -> (observations: [Observation], issues: [DataIssue]) {
        var observations: [Observation] = []
        let issues = read(bytes, file: file, regions: regions, indicators: indicators) { observations.append($0) }
        return (observations, issues)
    }

    /// Reads the file, handing each observation to `each` as it is read (for
    /// ``Dataset/Builder``), and returns the problems found.
    public static func read(
        _ bytes: [UInt8], file: String, regions: Set<String>, indicators: Set<String>, each: (Observation) -> Void
    ) -> [DataIssue] {
        var reader = Reader(file: file, regions: regions, indicators: indicators)
        do {
            try CSVReader.forEachRecord(bytes) { reader.visit($0, each) }
        } catch {
            return [.error(SourceLocation(file: file, line: error.line, column: error.column), error.message)]
        }
        if reader.header == nil {
            reader.issues.append(.error(SourceLocation(file: file, line: 1), "file is empty; expected a header row"))
        }
        return reader.issues
    }

    private struct Layout {
        var region: Int
        var year: Int
        var source: Int?
        var note: Int?
        /// Tidy files: the indicator column and the value column.
        var tidy: (indicator: Int, value: Int)?
    }

    private struct Reader {
        let file: String
        var header: CSVHeader?
        var layout: Layout?
        /// Wide files: each value column and its indicator.
        var values: [(index: Int, indicator: String)] = []
        var issues: [DataIssue] = []
        var regionIDs: StringInterner<Bool>
        var indicatorIDs: StringInterner<Bool>
        var texts = StringInterner<Void> { _ in }

        init(file: String, regions: Set<String>, indicators: Set<String>) {
            self.file = file
            regionIDs = StringInterner { regions.contains($0) }
            indicatorIDs = StringInterner { indicators.contains($0) }
            self.indicators = indicators
        }

        let indicators: Set<String>

        mutating func visit(_ row: CSVRow, _ each: (Observation) -> Void) {
            // The header is read in place, and the layout holds only numbers: bound to local
            // constants, they were copied, with their arrays retained and released, for every row.
            guard header != nil else {
                let header = CSVHeader((0..<row.count).map { row.string($0) }, line: row.line, file: file, issues: &issues)
                self.header = header
                layout = makeLayout(header)
                return
            }
            guard let layout else { return }
            if let issue = header?.shapeIssue(line: row.line, fields: row.count) {
                issues.append(issue)
                return
            }
            let region = regionIDs.intern(row.trimmedBytes(layout.region))
            var rowOK = true
            if !region.value {
                issues.append(.error(location(row, layout.region), "unknown region \"\(region.string)\" (not in regions.csv)"))
                rowOK = false
            }
            let year = NumberParsing.year(row.trimmedBytes(layout.year))
            if year == nil {
                issues.append(.error(location(row, layout.year), "year \"\(row.trimmedString(layout.year))\" is not a whole number"))
                rowOK = false
            }
            let source = layout.source.flatMap { text(row, $0) }
            let note = layout.note.flatMap { text(row, $0) }
            if let tidy = layout.tidy {
                let indicator = indicatorIDs.intern(row.trimmedBytes(tidy.indicator))
                guard indicator.value else {
                    issues.append(
                        .error(location(row, tidy.indicator), "unknown indicator \"\(indicator.string)\" (not in indicators.csv)"))
                    return
                }
                add(row, tidy.value, indicator.string, region.string, rowOK ? year : nil, source, note, each)
            } else {
                for (index, indicator) in values {
                    add(row, index, indicator, region.string, rowOK ? year : nil, source, note, each)
                }
            }
        }

        /// One value cell: empty is missing; a number becomes an observation when its row is sound.
        private mutating func add(
            _ row: CSVRow, _ index: Int, _ indicator: String, _ region: String, _ year: Int?, _ source: String?,
            _ note: String?, _ each: (Observation) -> Void
        ) {
            let cell = row.trimmedBytes(index)
            if cell.isEmpty { return }
            guard let value = NumberParsing.value(cell) else {
                let text = String(decoding: cell, as: UTF8.self)
                issues.append(.error(location(row, index), "value \"\(text)\" is not a number (indicator \(indicator))"))
                return
            }
            if let problem = NumberParsing.rangeProblem(value, String(decoding: cell, as: UTF8.self), "value") {
                issues.append(.error(location(row, index), problem + " (indicator \(indicator))"))
                return
            }
            guard let year else { return }
            each(
                Observation(
                    region: region, year: year, indicator: indicator, value: value, source: source, note: note,
                    location: location(row, index)))
        }

        private mutating func text(_ row: CSVRow, _ index: Int) -> String? {
            let bytes = row.trimmedBytes(index)
            return bytes.isEmpty ? nil : texts.intern(bytes).string
        }

        private func location(_ row: CSVRow, _ index: Int) -> SourceLocation {
            SourceLocation(file: file, line: row.line, column: index + 1)
        }

        private mutating func makeLayout(_ header: CSVHeader) -> Layout? {
            guard header.require(["region", "year"], issues: &issues) else { return nil }
            var layout = Layout(region: header["region"]!, year: header["year"]!, source: header["source"], note: header["note"])
            let tidy = header["indicator"] != nil || header["value"] != nil
            let metadata: Set<String> = ["region", "year", "source", "note"]
            if tidy {
                guard header.require(["indicator", "value"], issues: &issues) else { return nil }
                layout.tidy = (header["indicator"]!, header["value"]!)
                for (index, name) in header.names.enumerated()
                where !metadata.contains(name) && name != "indicator" && name != "value" {
                    issues.append(
                        .warning(
                            SourceLocation(file: file, line: header.line, column: index + 1),
                            "column \"\(name)\" is not read (a tidy file has region, year, indicator, value, source, note)"))
                }
            } else {
                for (index, name) in header.names.enumerated() where !metadata.contains(name) {
                    if indicators.contains(name) {
                        values.append((index, name))
                    } else {
                        issues.append(
                            .error(
                                SourceLocation(file: file, line: header.line, column: index + 1),
                                "unknown column \"\(name)\": not an indicator id of indicators.csv, nor region, year, source or note"))
                    }
                }
            }
            return layout
        }
    }
}
