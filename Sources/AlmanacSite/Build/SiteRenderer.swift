import AlmanacData

/// Renders every page of a site, in a fixed order, into output files. Articles go first so
/// that listings elsewhere can use their first paragraphs as summaries.
enum SiteRenderer {
    static func render(
        _ env: RenderEnvironment, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let content = env.content
        let dataset = env.dataset
        var summaries: [String: String] = [:]
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []

        var jobs: [(path: String, render: (PageScope) -> OutputFile)] = []
        for article in content.articles {
            jobs.append(("pages/\(article.slug)/index.html", { scope in
                let (file, first) = scope.articlePage(article)
                summaries[article.slug] = first
                return file
            }))
        }
        jobs.append(("index.html", { $0.homePage(summaries: summaries) }))
        jobs.append(("regions/index.html", { $0.regionsIndexPage() }))
        for id in dataset.tree.preorder {
            jobs.append(("regions/\(id)/index.html", { $0.regionPage(id, summaries: summaries) }))
        }
        jobs.append(("indicators/index.html", { $0.indicatorsIndexPage() }))
        for indicator in dataset.indicators {
            jobs.append(("indicators/\(indicator.id)/index.html", { $0.indicatorPage(indicator) }))
        }
        jobs.append(("years/index.html", { $0.yearsIndexPage() }))
        for year in dataset.years {
            jobs.append(("years/\(year)/index.html", { $0.yearPage(year, summaries: summaries) }))
        }
        jobs.append(("pages/index.html", { $0.articlesIndexPage(summaries: summaries) }))
        jobs.append(("data/index.html", { $0.dataPage() }))
        jobs.append(("404.html", { $0.notFoundPage() }))

        for (index, job) in jobs.enumerated() {
            let scope = PageScope(env, path: job.path)
            files.append(job.render(scope))
            diagnostics += scope.diagnostics
            progress?(index + 1, jobs.count)
        }
        files += DataExports.files(dataset)
        files += env.theme.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, bytes: $0.value) }
        if let base = env.baseURL {
            files.append(Syndication.sitemap(base: base, pages: files.map(\.path)))
            files.append(Syndication.feed(base: base, title: content.config.title, articles: content.articles))
        }
        return (files, diagnostics)
    }
}
