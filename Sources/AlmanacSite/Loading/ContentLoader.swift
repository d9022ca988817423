import AlmanacData
import AlmanacMarkdown

/// Loads `Content/` into a ``SiteContent`` in three parts that a preview can load again one at a
/// time: `site.yml` and the catalogue, observations and targets into a ``Dataset``; the Markdown
/// files (``MarkdownContent``); the static files. It goes on after errors so that one run reports
/// all of them; the caller decides whether the result can be built.
enum ContentLoader {
    /// What `site.yml` and the data files give: the settings and the data model.
    struct DataPart: Sendable {
        var config: SiteConfig
        var dataset: Dataset
        var catalogue: MarkdownContent.Catalogue
        var observationFiles: Set<String>
        var maps: SiteMaps
        var diagnostics: [Diagnostic]
        /// Data rows read from the observation files (a wide row of several figures is one row).
        var rows: Int = 0
        /// Regions and indicators by id, name and alias, for anything that names them.
        var names = SiteNames(regionIDs: [], indicatorIDs: [])
        /// The files the loaders name as their inputs (site-relative): a change to one is a
        /// change of the data, whatever its name.
        var loaderInputs: Set<String> = []
        /// Every file whose contents became figures of the dataset (site-relative): the
        /// observation files, the loaders' inputs and the targets.
        var figureFiles: Set<String> { observationFiles.union(loaderInputs).union([ContentLoader.targetsFile]) }
        /// Data files that could not be read at all, and catalogue files (regions.csv,
        /// indicators.csv) with errors: the model lacks figures it would have had.
        var unread: Set<String> = []
        /// `regions.csv` or `indicators.csv` when it could not be read at all (missing, not
        /// UTF-8, without its id column): see ``withoutConsequences(_:)``.
        var unreadCatalogue: Set<String> = []

        /// `diagnostics` without the errors that only repeat an unread catalogue's: when no
        /// region could be read, every data row, block, shortcode and front matter that names
        /// one says it is "not in regions.csv" — dozens of lines for the one error at the top of
        /// regions.csv. Those that name the file are left out; its own are kept.
        func withoutConsequences(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            guard !unreadCatalogue.isEmpty else { return diagnostics }
            let names = unreadCatalogue.map { String($0.dropFirst("Content/".count)) }
            return diagnostics.filter { diagnostic in
                unreadCatalogue.contains(diagnostic.file) || !names.contains(where: diagnostic.message.contains)
            }
        }
    }

    /// The whole of `Content/` at once.
    static func load(_ files: SiteFiles, includeDrafts: Bool) -> (content: SiteContent, diagnostics: [Diagnostic]) {
        let data = loadData(files)
        var markdown = MarkdownContent.load(files, catalogue: data.catalogue, includeDrafts: includeDrafts)
        let (staticFiles, staticDiagnostics) = loadStatic(files)
        let (content, listDiagnostics) = content(data, &markdown, staticFiles: staticFiles)
        let diagnostics = checkNames(files) + data.diagnostics + markdown.diagnostics + staticDiagnostics + listDiagnostics
        return (content, data.withoutConsequences(diagnostics))
    }

    /// The site's content from its parts; the diagnostics are those of putting the article list together.
    static func content(
        _ data: DataPart, _ markdown: inout MarkdownContent, staticFiles: [String]
    ) -> (SiteContent, [Diagnostic]) {
        let (articles, diagnostics) = markdown.articleList()
        var content = SiteContent(
            config: data.config, dataset: data.dataset, home: markdown.home, pagesIntro: markdown.pagesIntro,
            articles: articles, regionProse: markdown.regionProse, indicatorProse: markdown.indicatorProse,
            staticFiles: staticFiles, observationFiles: data.observationFiles, maps: data.maps, unreadData: data.unread, names: data.names)
        for language in data.config.languages.dropFirst() {
            content.translated[language] = markdown.translated[language] ?? MarkdownContent.Translated()
            content.translatedArticles[language] = markdown.articles(in: language, listed: articles)
        }
        return (content, diagnostics + Translations.check(content, markdown))
    }

    /// The goals regions set themselves (``TargetsReader``).
    static let targetsFile = "Content/targets.csv"

    static func loadData(_ files: SiteFiles) -> DataPart {
        var diagnostics: [Diagnostic] = []
        let configText = files.exists(SiteConfig.file) ? files.text(SiteConfig.file, diagnostics: &diagnostics) : nil
        let config = SiteConfig.parse(configText, defaultTitle: files.root.lastPathComponent, diagnostics: &diagnostics)
        let folder = DataFolder(files)
        diagnostics += folder.diagnostics
        let loaded = DataLoaders.run(folder.loaders, files: files, config: config)
        diagnostics += loaded.flatMap(\.diagnostics)

        var issues: [DataIssue] = []
        func table(_ name: String) -> (bytes: [UInt8], file: String)? {
            let file = "Content/\(name)"
            guard files.exists(file) else {
                if !folder.sources.isEmpty {
                    diagnostics.append(.error(file, "is missing; the files under Content/data/ need it"))
                }
                return nil
            }
            return files.read(file, diagnostics: &diagnostics).map { ($0, file) }
        }
        var regionList: [Region] = []
        if let (bytes, file) = table("regions.csv") {
            let (items, found) = RegionsReader.read(bytes, file: file)
            regionList = items
            issues += found
        }
        var indicators: [Indicator] = []
        var aliases: [String: [String]] = [:]
        if let (bytes, file) = table("indicators.csv") {
            let (items, found) = IndicatorsReader.read(bytes, file: file)
            indicators = items
            issues += found
            aliases = IndicatorAliases.read(bytes, file: file)
        }
        let (tree, treeIssues) = RegionTree.build(regionList)
        issues += treeIssues
        let regionIDs = Set(regionList.map(\.id))
        let indicatorIDs = Set(indicators.map(\.id))
        let names = SiteNames(regions: .regions(regionList), indicators: .indicators(indicators, aliases: aliases))

        let pipeline = DatasetPipeline(Dataset.Builder(tree: tree, indicators: indicators))
        let outputs = Dictionary(loaded.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let read = DataReading.read(folder.sources, loaderOutputs: outputs, files: files, names: names) { pipeline.add($0) }
        issues += read.issues
        diagnostics += read.diagnostics
        var builder = pipeline.finish()
        if files.exists(targetsFile), let bytes = files.read(targetsFile, diagnostics: &diagnostics) {
            let (targets, fileIssues) = TargetsReader.read(bytes, file: targetsFile, names: names)
            for target in targets { builder.add(target) }
            issues += fileIssues
        }
        let (dataset, datasetIssues) = builder.build()
        issues += datasetIssues.map(read.namingSheets)
        diagnostics += issues.map(Diagnostic.init)

        for featured in config.featured {
            if indicatorIDs.contains(featured.indicator) == false {
                diagnostics.append(
                    .error(SiteConfig.file, line: featured.line, "featured indicator \"\(featured.indicator)\" is not in indicators.csv"))
            }
            if let region = featured.region, !regionIDs.contains(region) {
                diagnostics.append(.error(SiteConfig.file, line: featured.line, "featured region \"\(region)\" is not in regions.csv"))
            }
        }

        let (maps, mapDiagnostics) = SiteMaps.load(config, tree: tree, files: files)
        diagnostics += mapDiagnostics
        // A bad aggregate, formula or parent leaves figures out of the model everywhere it would
        // have rolled up or been computed: the catalogue's cell is the error, not every page's
        // reference to a figure it would have made (as for a data file that cannot be read).
        var unread = read.unread
        var unreadCatalogue: Set<String> = []
        for (file, count) in [("Content/regions.csv", regionList.count), ("Content/indicators.csv", indicators.count)]
        where issues.contains(where: { $0.severity == .error && $0.location.file == file })
            || diagnostics.contains(where: { $0.severity == .error && $0.file == file })
        {
            unread.insert(file)
            if count == 0 { unreadCatalogue.insert(file) }
        }
        let catalogue = MarkdownContent.Catalogue(
            tree: tree, regionIDs: regionIDs, indicatorIDs: indicatorIDs, regionsRead: !unreadCatalogue.contains("Content/regions.csv"))
        return DataPart(
            config: config, dataset: dataset, catalogue: catalogue, observationFiles: read.files, maps: maps,
            diagnostics: diagnostics, rows: read.rows, names: names, loaderInputs: Set(loaded.flatMap(\.inputs)), unread: unread,
            unreadCatalogue: unreadCatalogue)
    }

    /// The files under `Content/static/`, relative to it; a symbolic link out of `Content/` is an
    /// error. Hidden files and folders are not copied — a `.git/`, `.DS_Store` or an editor's
    /// scratch file has no place on a web server — but for `.well-known/` (`security.txt`,
    /// `change-password`), which is made to be published; each one left out is a warning that
    /// names it, so that none is dropped without a word.
    static func loadStatic(_ files: SiteFiles) -> (files: [String], diagnostics: [Diagnostic]) {
        var staticFiles: [String] = []
        var diagnostics: [Diagnostic] = []
        let listing = files.listing(under: "Content/static", keeping: SiteFiles.keptHidden)
        for file in listing.files {
            if let problem = files.problem(reading: file) {
                diagnostics.append(.error(file, problem + "; not copied"))
            } else {
                staticFiles.append(String(file.dropFirst("Content/static/".count)))
            }
        }
        for hidden in listing.hidden {
            let what = files.isDirectory(hidden) ? "folder" : "file"
            diagnostics.append(
                .warning(hidden, "hidden \(what) not copied: of the hidden names under Content/static/ only .well-known/ is published"))
        }
        return (staticFiles, diagnostics)
    }

    /// Errors for the names under `Content/` and `Templates/` that are not UTF-8 (see ``SiteFiles/badNames()``).
    static func checkNames(_ files: SiteFiles) -> [Diagnostic] { files.badNames() }
}
