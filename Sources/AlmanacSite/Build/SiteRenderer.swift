import AlmanacData

/// Renders every page of a site into output files, in two parallel phases: first the articles
/// (their first paragraphs become the summaries that listings show), then every other page.
/// Each page is an independent job; results come back in job order, so the output is the same
/// bytes however the jobs were scheduled.
enum SiteRenderer {
    /// One page: where it goes and how to render it. Jobs share nothing but the environment.
    struct Job: Sendable {
        var path: String
        var render: @Sendable (PageScope) -> OutputFile
    }

    /// What rendering one page gives.
    struct Rendered: Sendable {
        var file: OutputFile
        /// An article's first paragraph (empty for other pages).
        var firstParagraph = ""
        var diagnostics: [Diagnostic]
    }

    static func render(
        _ env: RenderEnvironment, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let articles = env.content.articles
        let total = articles.count + pageJobs(env, summaries: [:]).count
        let articlePages: [Rendered] = ParallelMap.map(
            articles, progress: progress.map { report in { @Sendable done in report(done, total) } }
        ) { (article: Article) -> Rendered in
            let scope = PageScope(env, path: "pages/\(article.slug)/index.html")
            let (file, first) = scope.articlePage(article)
            return Rendered(file: file, firstParagraph: first, diagnostics: scope.diagnostics)
        }
        var summaries: [String: String] = [:]
        for (article, page) in zip(articles, articlePages) { summaries[article.slug] = page.firstParagraph }
        let otherPages: [Rendered] = ParallelMap.map(
            pageJobs(env, summaries: summaries),
            progress: progress.map { report in { @Sendable done in report(articles.count + done, total) } }
        ) { (job: Job) -> Rendered in
            let scope = PageScope(env, path: job.path)
            return Rendered(file: job.render(scope), diagnostics: scope.diagnostics)
        }

        let pages = articlePages + otherPages
        var files = pages.map { $0.file }
        files += DataExports.files(env.dataset)
        files += env.theme.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, bytes: $0.value) }
        if let base = env.baseURL {
            files.append(Syndication.sitemap(base: base, pages: files.map { $0.path }))
            files.append(Syndication.feed(base: base, title: env.content.config.title, articles: articles))
        }
        return (files, pages.flatMap { $0.diagnostics })
    }

    /// Every page but the articles, in a fixed order.
    static func pageJobs(_ env: RenderEnvironment, summaries: [String: String]) -> [Job] {
        let dataset = env.dataset
        var jobs = [
            Job(path: "index.html") { $0.homePage(summaries: summaries) },
            Job(path: "regions/index.html") { $0.regionsIndexPage() },
        ]
        jobs += dataset.tree.preorder.map { id in Job(path: "regions/\(id)/index.html") { $0.regionPage(id, summaries: summaries) } }
        jobs.append(Job(path: "indicators/index.html") { $0.indicatorsIndexPage() })
        jobs += dataset.indicators.map { indicator in
            Job(path: "indicators/\(indicator.id)/index.html") { $0.indicatorPage(indicator) }
        }
        jobs.append(Job(path: "years/index.html") { $0.yearsIndexPage() })
        jobs += dataset.years.map { year in Job(path: "years/\(year)/index.html") { $0.yearPage(year, summaries: summaries) } }
        jobs += [
            Job(path: "pages/index.html") { $0.articlesIndexPage(summaries: summaries) },
            Job(path: "data/index.html") { $0.dataPage() },
            Job(path: "404.html") { $0.notFoundPage() },
        ]
        return jobs
    }
}
