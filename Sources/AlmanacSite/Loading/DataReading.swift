import AlmanacData

/// Reads every observation source of `Content/data/` in path order — CSV files, workbooks and
/// loaders' outputs, each as its sidecar says — handing the observations on as they are read.
struct DataReading {
    var rows = 0
    var issues: [DataIssue] = []
    /// Problems that are not about a cell: unreadable files, sidecars.
    var diagnostics: [Diagnostic] = []
    /// Every source's path (a loader's output by the name it stands for), for `table` blocks.
    var files: Set<String> = []
    /// Sources that could not be read at all (an unreadable file, a failed loader): what the
    /// pages say of their figures cannot be checked.
    var unread: Set<String> = []
    /// Workbooks of which one sheet was read: the model's own messages about their cells
    /// (a figure given twice) can name that sheet.
    private var onlySheet: [String: String] = [:]

    static func read(
        _ sources: [DataFolder.Source], loaderOutputs: [String: DataLoaders.Result], files: SiteFiles, names: SiteNames,
        each: (Observation) -> Void
    ) -> DataReading {
        var reading = DataReading()
        for source in sources {
            reading.files.insert(source.path)
            var options = DataFileOptions()
            if source.hasSidecar, let text = files.text(source.sidecarPath, diagnostics: &reading.diagnostics) {
                options = Sidecar.parse(text, file: source.sidecarPath, diagnostics: &reading.diagnostics)
            }
            options.sidecar = source.sidecarPath
            let result: ReadResult
            switch source.kind {
            case .csv:
                guard let bytes = files.read(source.path, diagnostics: &reading.diagnostics) else {
                    reading.unread.insert(source.path)
                    continue
                }
                result = ObservationsReader.read(bytes, file: source.path, names: names, options: options, each: each)
            case .workbook:
                if let problem = files.problem(reading: source.path) {
                    reading.diagnostics.append(.error(source.path, problem + "; not read"))
                    reading.unread.insert(source.path)
                    continue
                }
                result = ObservationsReader.readWorkbook(
                    at: files.path(source.path), file: source.path, names: names, options: options, each: each)
                if result.sheets.count == 1 { reading.onlySheet[source.path] = result.sheets[0] }
            case .loaderOutput(let loader):
                guard let loaded = loaderOutputs[loader], let output = loaded.output else {
                    reading.unread.insert(source.path)
                    continue
                }
                result = ObservationsReader.read(output, file: loaded.cacheFile, names: names, options: options, each: each)
            }
            reading.rows += result.rows
            reading.issues += result.issues
            if result.rows == 0, result.issues.contains(where: { $0.severity == .error }) { reading.unread.insert(source.path) }
        }
        return reading
    }

    /// The issue with ` (sheet NAME)` added when it is about a cell of a workbook read from one sheet.
    func namingSheets(_ issue: DataIssue) -> DataIssue {
        guard let sheet = onlySheet[issue.location.file], !issue.message.hasSuffix(" (sheet \(sheet))") else { return issue }
        var named = issue
        named.message += " (sheet \(sheet))"
        return named
    }
}
