import AlmanacData

/// Renders every page of a site into output files, in two parallel phases: first the articles
/// (their first paragraphs become the summaries that listings show), then every other page.
/// Each page is an independent job; results come back in job order, so the output is the same
/// bytes however the jobs were scheduled. A preview renders only some pages of either phase.
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

    /// A whole site: its pages in job order (articles first), the articles' first paragraphs by
    /// slug, and the files that are not pages.
    struct Site: Sendable {
        var pages: [Rendered]
        var summaries: [String: String]
        var otherFiles: [OutputFile]
    }

    static func render(_ env: RenderEnvironment, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Site {
        let articles = env.content.articles
        let total = articles.count + pageJobs(env, summaries: [:]).count
        let articlePages = renderArticles(articles, env, progress: progress.map { report in { @Sendable done in report(done, total) } })
        let summaries = summaries(of: articles, articlePages)
        let otherPages = renderPages(
            pageJobs(env, summaries: summaries), env,
            progress: progress.map { report in { @Sendable done in report(articles.count + done, total) } })
        let pages = articlePages + otherPages
        var files = DataExports.files(env.dataset) + assets(env)
        files += syndication(env, paths: pages.map(\.file.path) + files.map(\.path))
        return Site(pages: pages, summaries: summaries, otherFiles: files)
    }

    /// Phase one: article pages, in parallel, in the order given.
    static func renderArticles(
        _ articles: [Article], _ env: RenderEnvironment, progress: (@Sendable (Int) -> Void)? = nil
    ) -> [Rendered] {
        ParallelMap.map(articles, progress: progress) { (article: Article) -> Rendered in
            let scope = PageScope(env, path: "pages/\(article.slug)/index.html")
            let (file, first) = scope.articlePage(article)
            return Rendered(file: file, firstParagraph: first, diagnostics: scope.diagnostics)
        }
    }

    /// Phase two: any of the other pages, in parallel, in the order given.
    static func renderPages(_ jobs: [Job], _ env: RenderEnvironment, progress: (@Sendable (Int) -> Void)? = nil) -> [Rendered] {
        ParallelMap.map(jobs, progress: progress) { (job: Job) -> Rendered in
            let scope = PageScope(env, path: job.path)
            return Rendered(file: job.render(scope), diagnostics: scope.diagnostics)
        }
    }

    /// Each article's first paragraph by slug, from its rendered page.
    static func summaries(of articles: [Article], _ pages: [Rendered]) -> [String: String] {
        var summaries: [String: String] = [:]
        for (article, page) in zip(articles, pages) { summaries[article.slug] = page.firstParagraph }
        return summaries
    }

    /// The theme's files that are not templates, such as `assets/style.css`.
    static func assets(_ env: RenderEnvironment) -> [OutputFile] {
        env.theme.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, bytes: $0.value) }
    }

    /// `sitemap.xml` (of `paths`) and `feed.xml`, when the site has a base URL.
    static func syndication(_ env: RenderEnvironment, paths: [String]) -> [OutputFile] {
        guard let base = env.baseURL else { return [] }
        return [
            Syndication.sitemap(base: base, pages: paths),
            Syndication.feed(base: base, title: env.content.config.title, articles: env.content.articles),
        ]
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
