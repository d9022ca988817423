import AlmanacData
import AlmanacMarkdown
import AlmanacMarkup

/// What a `chart` or `table` block in Markdown becomes.
extension PageInput {
    /// `region` is the one a block that names none means: the page's own, or an article's `region:`.
    func renderBlock(_ block: FencedBlock, region defaultRegion: String?) throws(MarkdownIssue) -> String {
        try blockMarkup(block, region: defaultRegion).string
    }

    private func blockMarkup(_ block: FencedBlock, region defaultRegion: String?) throws(MarkdownIssue) -> MarkupBytes {
        if block.kind == .map { return try mapBlock(block, region: defaultRegion) }
        let dataset = env.dataset
        let options = try BlockOptions(block, env: env, defaultRegion: defaultRegion)
        if let source = options.source { return try sourceTable(source, caption: options.title, line: block.line) }
        let indicators = options.indicators
        let withData = Self.yearsWithData(dataset, indicators: indicators, regions: options.regions)
        let subject = "\(indicators.map(\.id).joined(separator: ", ")) in \(options.regions.joined(separator: ", "))"
        guard !withData.isEmpty else { throw MarkdownIssue(line: block.line, message: "no figures for \(subject)", missingFigure: true) }
        if let given = options.years, Set(given).isDisjoint(with: withData) {
            throw options.issue(at: options.yearsKey, "no figures for \(subject) in the years given")
        }
        let region = options.regions[0]
        // Tables list the years with figures; charts run over the whole period, so that a
        // missing year is a visible gap rather than two years drawn side by side.
        let years = options.years
            ?? (block.kind == .table
                ? withData : chartYears(indicators, regions: options.regions, first: withData.first!, last: withData.last!))
        let title = options.title
        var style = options.style
        if style.highlight.isEmpty, let own = defaultRegion, options.regions.contains(own) { style.highlight = [own] }
        // The regions in the order asked for, the first `top` of them.
        let latest = years.last { year in options.regions.contains { dataset.figure(indicators[0].id, $0, year) != nil } } ?? years.last!
        let ranked = dataset.ranking(indicators[0].id, among: options.regions, latest)
        let regions = ordered(options.regions, by: options.sort ?? (options.top == nil ? .tree : .rank), ranked: ranked, top: options.top)
        switch (block.kind, options.type) {
        case (.table, _) where options.manyIndicators:
            return renderTable(regionTable(region, indicators: indicators, years: years, fit: options.years == nil, caption: title))
        case (.table, _) where options.sort == .rank || options.top != nil:
            var table = rankingTable(indicators[0], year: latest, ranked: ranked, head: options.top)
            table.caption = title
            return renderTable(table)
        case (.table, _):
            let treeOrder = (options.sort ?? .tree) == .tree
            return renderTable(
                indicatorTable(
                    indicators[0], regions: regions, years: years, fit: options.years == nil, indent: treeOrder, caption: title))
        case (.chart, .line) where options.manyIndicators, (.chart, .smallMultiples) where options.manyIndicators:
            return lineChart(rows(indicators, region: region, years: years), title: title ?? regionName(region), style: style)
        case (.chart, .line), (.chart, .smallMultiples):
            return lineChart(rows(indicators[0], regions: regions, years: years), title: title ?? defaultTitle(indicators[0]), style: style)
        case (.chart, .column) where options.manyIndicators:
            return columnChart(rows(indicators, region: region, years: years), title: title ?? regionName(region), style: style)
        case (.chart, .column) where options.regions.count > 1:
            return columnChart(rows(indicators[0], regions: regions, years: years), title: title ?? defaultTitle(indicators[0]), style: style)
        case (.chart, .column):
            let title = title ?? regionName(region) + env.words.colon + defaultTitle(indicators[0])
            return columnChart(rows(indicators[0], regions: [region], years: years), title: title, style: style)
        case (.chart, .bar) where options.manyIndicators:
            // The last of the years given in which any of the indicators has a figure.
            let year = years.last { year in indicators.contains { dataset.figure($0.id, region, year) != nil } }!
            return barChart(indicators, region: region, year: year, title: title)
        case (.chart, .bar):
            return barChart(indicators[0], ranked: ranked, year: latest, title: title, style: style, head: options.top)
        case (.chart, .sparkline):
            let title = title ?? regionName(region) + env.words.colon + defaultTitle(indicators[0])
            return sparklineFigure(indicators[0], region: region, years: years, title: title)
        case (.map, _):
            return try mapBlock(block, region: defaultRegion)
        }
    }

    private func regionName(_ id: String) -> String { env.region(id)?.name ?? id }

    /// `regions` in the order `sort` asks for, the first `top` of them.
    private func ordered(
        _ regions: [String], by sort: BlockOptions.Sort, ranked: [(region: String, figure: Figure)], top: Int?
    ) -> [String] {
        let tree = env.dataset.tree
        var order: [String]
        switch sort {
        case .tree: order = regions.sorted { (tree.position(of: $0) ?? 0) < (tree.position(of: $1) ?? 0) }
        case .name: order = regions.sorted { regionName($0) < regionName($1) }
        case .rank: order = ranked.map(\.region) + regions.filter { region in !ranked.contains { $0.region == region } }
        case .value, .ascending:
            let byValue = ranked.sorted { sort == .value ? $0.figure.value > $1.figure.value : $0.figure.value < $1.figure.value }
            order = byValue.map(\.region) + regions.filter { region in !ranked.contains { $0.region == region } }
        }
        return top.map { Array(order.prefix($0)) } ?? order
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
    private func sourceTable(_ path: String, caption: String?, line: Int) throws(MarkdownIssue) -> MarkupBytes {
        let normalized = path.hasPrefix("Content/") ? String(path.dropFirst("Content/".count)) : path
        let segments = normalized.split(separator: "/", omittingEmptySubsequences: false)
        guard !normalized.hasPrefix("/"), !segments.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" must be a path inside Content/")
        }
        let file = "Content/" + normalized
        guard file.hasSuffix(".csv") else { throw MarkdownIssue(line: line + 1, message: "source \"\(path)\" is not a .csv file") }
        guard !env.content.observationFiles.contains(file) else {
            throw MarkdownIssue(
                line: line + 1, message: "source \"\(path)\" is an observations file; show its data with indicator: instead")
        }
        let files = env.files
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
