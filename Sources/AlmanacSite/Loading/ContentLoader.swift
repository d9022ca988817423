import AlmanacData
import AlmanacMarkdown

/// Loads `Content/` into a ``SiteContent`` in three parts that a preview can load again one at a
/// time: `site.yml` and the catalogue, observations and targets into a ``Dataset``; the Markdown
/// files (``MarkdownContent``); the static files. It goes on after errors so that one run reports
/// all of them; the caller decides whether the result can be built.
enum ContentLoader {
    /// What `site.yml` and the CSV files give: the settings and the data model.
    struct DataPart: Sendable {
        var config: SiteConfig
        var dataset: Dataset
        var catalogue: MarkdownContent.Catalogue
        var observationFiles: Set<String>
        var maps: SiteMaps
        var diagnostics: [Diagnostic]
    }

    /// The whole of `Content/` at once.
    static func load(_ files: SiteFiles, includeDrafts: Bool) -> (content: SiteContent, diagnostics: [Diagnostic]) {
        let data = loadData(files)
        var markdown = MarkdownContent.load(files, catalogue: data.catalogue, includeDrafts: includeDrafts)
        let (staticFiles, staticDiagnostics) = loadStatic(files)
        let (content, listDiagnostics) = content(data, &markdown, staticFiles: staticFiles)
        return (content, data.diagnostics + markdown.diagnostics + staticDiagnostics + listDiagnostics)
    }

    /// The site's content from its parts; the diagnostics are those of putting the article list together.
    static func content(
        _ data: DataPart, _ markdown: inout MarkdownContent, staticFiles: [String]
    ) -> (SiteContent, [Diagnostic]) {
        let (articles, diagnostics) = markdown.articleList()
        var content = SiteContent(
            config: data.config, dataset: data.dataset, home: markdown.home, pagesIntro: markdown.pagesIntro,
            articles: articles, regionProse: markdown.regionProse, indicatorProse: markdown.indicatorProse,
            staticFiles: staticFiles, observationFiles: data.observationFiles, maps: data.maps)
        for language in data.config.languages.dropFirst() {
            content.translated[language] = markdown.translated[language] ?? MarkdownContent.Translated()
            content.translatedArticles[language] = markdown.articles(in: language, listed: articles)
        }
        return (content, diagnostics + Translations.check(content, markdown))
    }

    static func loadData(_ files: SiteFiles) -> DataPart {
        var diagnostics: [Diagnostic] = []
        let configText = files.exists(SiteConfig.file) ? files.text(SiteConfig.file, diagnostics: &diagnostics) : nil
        let config = SiteConfig.parse(configText, defaultTitle: files.root.lastPathComponent, diagnostics: &diagnostics)

        var issues: [DataIssue] = []
        let dataFiles = files.files(under: "Content/data", suffix: ".csv")
        func table<T>(_ name: String, _ read: ([UInt8], String) -> ([T], [DataIssue])) -> [T] {
            let file = "Content/\(name)"
            guard files.exists(file) else {
                if !dataFiles.isEmpty {
                    diagnostics.append(.error(file, "is missing; the files under Content/data/ need it"))
                }
                return []
            }
            guard let bytes = files.read(file, diagnostics: &diagnostics) else { return [] }
            let (items, found) = read(bytes, file)
            issues += found
            return items
        }
        let regionList = table("regions.csv", RegionsReader.read)
        let indicators = table("indicators.csv", IndicatorsReader.read)
        let (tree, treeIssues) = RegionTree.build(regionList)
        issues += treeIssues
        let regionIDs = Set(regionList.map(\.id))
        let indicatorIDs = Set(indicators.map(\.id))

        let pipeline = DatasetPipeline(Dataset.Builder(tree: tree, indicators: indicators))
        for file in dataFiles {
            guard let bytes = files.read(file, diagnostics: &diagnostics) else { continue }
            issues += ObservationsReader.read(bytes, file: file, regions: regionIDs, indicators: indicatorIDs) {
                pipeline.add($0)
            }
        }
        var builder = pipeline.finish()
        if files.exists("Content/targets.csv"), let bytes = files.read("Content/targets.csv", diagnostics: &diagnostics) {
            let (targets, fileIssues) = TargetsReader.read(
                bytes, file: "Content/targets.csv", regions: regionIDs, indicators: indicatorIDs)
            for target in targets { builder.add(target) }
            issues += fileIssues
        }
        let (dataset, datasetIssues) = builder.build()
        issues += datasetIssues
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
        let catalogue = MarkdownContent.Catalogue(tree: tree, regionIDs: regionIDs, indicatorIDs: indicatorIDs)
        return DataPart(
            config: config, dataset: dataset, catalogue: catalogue, observationFiles: Set(dataFiles), maps: maps,
            diagnostics: diagnostics)
    }

    /// The files under `Content/static/`, relative to it; a symbolic link out of `Content/` is an error.
    static func loadStatic(_ files: SiteFiles) -> (files: [String], diagnostics: [Diagnostic]) {
        var staticFiles: [String] = []
        var diagnostics: [Diagnostic] = []
        for file in files.files(under: "Content/static") {
            if let problem = files.problem(reading: file) {
                diagnostics.append(.error(file, problem + "; not copied"))
            } else {
                staticFiles.append(String(file.dropFirst("Content/static/".count)))
            }
        }
        return (staticFiles, diagnostics)
    }
}
