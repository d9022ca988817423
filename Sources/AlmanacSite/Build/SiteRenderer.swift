import AlmanacData

/// Renders every page of a site into output files, in two parallel phases: first the articles
/// (their first paragraphs become the summaries that listings show), then every other page.
/// Each page is an independent job; results come back in job order, so the output is the same
/// bytes however the jobs were scheduled. A preview renders only some pages of either phase.
enum SiteRenderer {
    /// One page: where it goes and how to render it. Jobs share nothing but the environment.
    struct Job: Sendable {
        var path: String
        /// A page that takes far longer than the others (the articles index lists every article,
        /// a year or indicator page ranks every region): started first, so that it does not run
        /// alone on one core at the end. On 2,000 counties the ten year pages took 0.15 s each.
        var heavy = false
        var render: @Sendable (PageScope) -> OutputFile

        /// Where the heavy ones are in `jobs`: the jobs to start first.
        static func heavy(in jobs: [Job]) -> [Int] { jobs.indices.filter { jobs[$0].heavy } }
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

    /// Renders the site. With `write`, each file is handed to it as soon as it exists and the
    /// result keeps only its path (empty bytes), so a build never holds the whole site in memory
    /// (a county-level report's pages run to a gigabyte).
    static func render(
        _ env: RenderEnvironment, progress: (@Sendable (Int, Int) -> Void)? = nil, write: Writer? = nil
    ) throws -> Site {
        let articles = env.content.articles
        let total = articles.count + pageJobs(env, summaries: [:]).count
        let articlePages = try each(
            articles, progress: progress.map { report in { @Sendable done in report(done, total) } }, write: write
        ) { articlePage($0, env) }
        let summaries = summaries(of: articles, articlePages)
        let jobs = pageJobs(env, summaries: summaries)
        let otherPages = try each(
            jobs, startingWith: Job.heavy(in: jobs),
            progress: progress.map { report in { @Sendable done in report(articles.count + done, total) } }, write: write
        ) { page($0, env) }
        let pages = articlePages + otherPages
        var files = DataExports.files(env.dataset) + assets(env)
        files += syndication(env, paths: pages.map(\.file.path) + files.map(\.path))
        if let write {
            files = try files.map { file in
                try write(file)
                return OutputFile(path: file.path, bytes: [])
            }
        }
        return Site(pages: pages, summaries: summaries, otherFiles: files)
    }

    /// Where a streaming build puts each finished file (called from several threads at once).
    typealias Writer = @Sendable (OutputFile) throws -> Void

    /// Phase one: article pages, in parallel, in the order given.
    static func renderArticles(
        _ articles: [Article], _ env: RenderEnvironment, progress: (@Sendable (Int) -> Void)? = nil
    ) -> [Rendered] {
        ParallelMap.map(articles, progress: progress) { articlePage($0, env) }
    }

    /// Phase two: any of the other pages, in parallel, in the order given.
    static func renderPages(_ jobs: [Job], _ env: RenderEnvironment, progress: (@Sendable (Int) -> Void)? = nil) -> [Rendered] {
        ParallelMap.map(jobs, startingWith: Job.heavy(in: jobs), progress: progress) { page($0, env) }
    }

    private static func articlePage(_ article: Article, _ env: RenderEnvironment) -> Rendered {
        let scope = PageScope(env, path: "pages/\(article.slug)/index.html")
        let (file, first) = scope.articlePage(article)
        return Rendered(file: file, firstParagraph: first, diagnostics: scope.diagnostics)
    }

    private static func page(_ job: Job, _ env: RenderEnvironment) -> Rendered {
        let scope = PageScope(env, path: job.path)
        return Rendered(file: job.render(scope), diagnostics: scope.diagnostics)
    }

    /// `render` applied to every item in parallel; with `write`, each page is written as soon as
    /// it is rendered and only its path kept. Throws the first write error, after all have run.
    private static func each<Item: Sendable>(
        _ items: [Item], startingWith first: [Int] = [], progress: (@Sendable (Int) -> Void)?, write: Writer?,
        _ render: @escaping @Sendable (Item) -> Rendered
    ) throws -> [Rendered] {
        guard let write else { return ParallelMap.map(items, startingWith: first, progress: progress, render) }
        let results = ParallelMap.map(items, startingWith: first, progress: progress) { item -> (page: Rendered, error: Error?) in
            var page = render(item)
            do {
                try write(page.file)
                page.file = OutputFile(path: page.file.path, bytes: [])
                return (page, nil)
            } catch {
                return (page, error)
            }
        }
        if let error = results.lazy.compactMap(\.error).first { throw error }
        return results.map(\.page)
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
            Job(path: "indicators/\(indicator.id)/index.html", heavy: true) { $0.indicatorPage(indicator) }
        }
        jobs.append(Job(path: "years/index.html") { $0.yearsIndexPage() })
        jobs += dataset.years.map { year in
            Job(path: "years/\(year)/index.html", heavy: true) { $0.yearPage(year, summaries: summaries) }
        }
        jobs += [
            Job(path: "pages/index.html", heavy: true) { $0.articlesIndexPage(summaries: summaries) },
            Job(path: "data/index.html") { $0.dataPage() },
            Job(path: "404.html") { $0.notFoundPage() },
        ]
        return jobs
    }
}
