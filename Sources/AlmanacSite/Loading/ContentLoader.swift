import AlmanacData
import AlmanacMarkdown

/// Loads `Content/` into a ``SiteContent``: catalogue, observations and targets into a
/// ``Dataset``, Markdown files split and checked, static files listed. It goes on after errors so
/// that one run reports all of them; the caller decides whether the result can be built.
enum ContentLoader {
    static func load(_ files: SiteFiles, includeDrafts: Bool) -> (content: SiteContent, diagnostics: [Diagnostic]) {
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

        var builder = Dataset.Builder(tree: tree, indicators: indicators)
        for file in dataFiles {
            guard let bytes = files.read(file, diagnostics: &diagnostics) else { continue }
            issues += ObservationsReader.read(bytes, file: file, regions: regionIDs, indicators: indicatorIDs) {
                builder.add($0)
            }
        }
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

        let home = files.exists("Content/index.md")
            ? MarkdownSource.load("Content/index.md", from: files, diagnostics: &diagnostics) : nil
        var pagesIntro: MarkdownSource?
        var articles: [Article] = []
        var slugs: [String: String] = [:]
        for file in files.files(under: "Content/pages", suffix: ".md") {
            guard let source = MarkdownSource.load(file, from: files, diagnostics: &diagnostics) else { continue }
            let path = String(file.dropFirst("Content/pages/".count).dropLast(".md".count))
            if path == "index" {
                pagesIntro = source
                continue
            }
            let article = Article(source, path: path, regions: tree, diagnostics: &diagnostics)
            if article.draft, !includeDrafts { continue }
            if let other = slugs[article.slug] {
                diagnostics.append(.error(file, "slug \"\(article.slug)\" is also the slug of \(other)"))
                continue
            }
            slugs[article.slug] = file
            articles.append(article)
        }
        articles.sort { a, b in
            if (a.date ?? "") != (b.date ?? "") { return (a.date ?? "") > (b.date ?? "") }
            return (a.title, a.slug) < (b.title, b.slug)
        }

        func prose(_ folder: String, known: Set<String>, what: String) -> [String: MarkdownSource] {
            var result: [String: MarkdownSource] = [:]
            for file in files.files(under: "Content/\(folder)", suffix: ".md") {
                let id = String(file.dropFirst("Content/\(folder)/".count).dropLast(".md".count))
                guard known.contains(id) else {
                    diagnostics.append(.error(file, "there is no \(what) \"\(id)\" for this file (the file name must be an id)"))
                    continue
                }
                if let source = MarkdownSource.load(file, from: files, diagnostics: &diagnostics) { result[id] = source }
            }
            return result
        }
        let regionProse = prose("regions", known: regionIDs, what: "region")
        let indicatorProse = prose("indicators", known: indicatorIDs, what: "indicator")

        var staticFiles: [String] = []
        for file in files.files(under: "Content/static") {
            if files.staysInContent(file) {
                staticFiles.append(String(file.dropFirst("Content/static/".count)))
            } else {
                diagnostics.append(.error(file, "is a symbolic link that leads outside Content/; not copied"))
            }
        }

        let content = SiteContent(
            config: config, dataset: dataset, home: home, pagesIntro: pagesIntro, articles: articles,
            regionProse: regionProse, indicatorProse: indicatorProse, staticFiles: staticFiles,
            observationFiles: Set(dataFiles))
        return (content, diagnostics)
    }
}
