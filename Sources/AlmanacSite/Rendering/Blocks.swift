import AlmanacData
import AlmanacMarkdown

/// What a `chart` or `table` block in Markdown becomes.
extension PageScope {
    func renderBlock(_ block: FencedBlock) throws(MarkdownIssue) -> String {
        let dataset = environment.dataset
        let options = try BlockOptions(block, dataset: dataset, defaultRegion: defaultRegion)
        if let source = options.source { return try sourceTable(source, caption: options.title, line: block.line) }
        let indicators = options.indicators
        let years = options.years ?? Self.yearsWithData(dataset, indicators: indicators, regions: options.regions)
        guard !years.isEmpty else {
            throw MarkdownIssue(line: block.line, message: "no figures for \(indicators.map(\.id).joined(separator: ", ")) in \(options.regions.joined(separator: ", "))")
        }
        switch block.kind {
        case .table:
            if options.manyIndicators {
                let table = regionTable(options.regions[0], indicators: indicators, years: years, caption: options.title)
                return renderTable(table)
            }
            return renderTable(indicatorTable(indicators[0], regions: options.regions, years: years, caption: options.title))
        case .chart:
            switch options.type {
            case .line where options.manyIndicators:
                return lineChart(indicators, region: options.regions[0], years: years, title: options.title)
            case .line:
                return lineChart(indicators[0], regions: options.regions, years: years, title: options.title)
            case .bar where options.manyIndicators:
                let region = options.regions[0]
                let year = years.last { year in indicators.contains { dataset.figure($0.id, region, year) != nil } }
                guard let year else {
                    throw MarkdownIssue(line: block.line, message: "no figures for these indicators in the years given")
                }
                return barChart(indicators, region: region, year: year, title: options.title)
            case .bar:
                let year = years.last { year in options.regions.contains { dataset.figure(indicators[0].id, $0, year) != nil } }
                guard let year else {
                    throw MarkdownIssue(line: block.line, message: "no figures for \(indicators[0].id) in the years given")
                }
                return barChart(indicators[0], regions: options.regions, year: year, title: options.title)
            case .column:
                return columnChart(indicators[0], region: options.regions[0], years: years, title: options.title)
            case .sparkline:
                return sparkline(indicators[0], options.regions[0], years: years)
            }
        }
    }

    /// The years in which any of `indicators` has a figure for any of `regions`.
    static func yearsWithData(_ dataset: Dataset, indicators: [Indicator], regions: [String]) -> [Int] {
        var years: Set<Int> = []
        for indicator in indicators {
            for region in regions { years.formUnion(dataset.years(indicator.id, region)) }
        }
        return years.sorted()
    }

    /// A CSV file under `Content/` shown as it is, its first row as the header.
    private func sourceTable(_ path: String, caption: String?, line: Int) throws(MarkdownIssue) -> String {
        let normalized = path.hasPrefix("Content/") ? String(path.dropFirst("Content/".count)) : path
        let segments = normalized.split(separator: "/", omittingEmptySubsequences: false)
        guard !normalized.hasPrefix("/"), !segments.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" must be a path inside Content/")
        }
        let file = "Content/" + normalized
        guard file.hasSuffix(".csv") else { throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" is not a .csv file") }
        guard !environment.content.observationFiles.contains(file) else {
            throw MarkdownIssue(
                line: line + 1, message: "source \"\(path)\" is an observations file; show its data with indicator: instead")
        }
        let files = environment.files
        guard files.exists(file) else {
            throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" does not exist under Content/")
        }
        if let problem = files.problem(reading: file) {
            throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" \(problem)")
        }
        var problems: [Diagnostic] = []
        guard let bytes = files.read(file, diagnostics: &problems) else {
            throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" cannot be read")
        }
        let records: [CSVRecord]
        do {
            records = try CSVReader.read(bytes)
        } catch {
            throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" line \(error.line): \(error.message)")
        }
        guard let header = records.first else { throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" is empty") }
        let width = records.map(\.fields.count).max() ?? 0
        func padded(_ fields: [String]) -> [String] { fields + Array(repeating: "", count: width - fields.count) }
        let table = TableModel(
            caption: caption, columns: padded(header.fields).map { TableModel.Column(label: $0) },
            rows: records.dropFirst().map { record in padded(record.fields).map { TableModel.Cell(text: $0) } })
        return renderTable(table)
    }
}
