import AlmanacData

/// Renders every page of a site into output files, in two parallel phases: first the articles
/// (their first paragraphs become the summaries that listings show), then every other page.
/// Each page is an independent job; results come back in job order, so the output is the same
/// bytes however the jobs were scheduled. A preview renders only some pages of either phase.
enum SiteRenderer {
    /// One page: its route and how to build it. Jobs share nothing but the environment.
    struct Job: Sendable {
        var route: Route
        /// A page that takes far longer than the others (the articles index lists every article,
        /// a year or indicator page ranks every region): started first, so that it does not run
        /// alone on one core at the end.
        var heavy = false
        /// The edition it belongs to.
        var env: RenderEnvironment
        var build: @Sendable (PageInput) -> [UInt8]

        /// Where the heavy ones are in `jobs`: the jobs to start first.
        static func heavy(in jobs: [Job]) -> [Int] { jobs.indices.filter { jobs[$0].heavy } }
    }

    /// What rendering one page gives.
    struct Rendered: Sendable {
        var route: Route
        var file: OutputFile
        /// An article's first paragraph (empty for other pages).
        var firstParagraph = ""
        var diagnostics: [Diagnostic]
        /// What of the content the page read (see ``PageRead``).
        var reads: Set<PageRead>
        /// Taken from the last output instead of rendered (``PageReuse``).
        var kept = false
    }

    /// What a build that writes to disk needs to take pages from the build before it: the keys
    /// of this build, what each page of the last output was rendered from, and the folder that
    /// copies the last output's files.
    struct PageReuse: Sendable {
        var keys: PageKeys
        var earlier: [String: PageInputs]
        var folder: any EarlierOutput
    }

    /// A whole site: its pages in job order (articles first), the articles' first paragraphs by
    /// their route, and the files that are not pages.
    struct Site: Sendable {
        var pages: [Rendered]
        var summaries: [Route: String]
        var otherFiles: [OutputFile]
    }

    /// Renders the site, every edition (`envs`, the main language's first). With `write`, each
    /// file is handed to it as soon as it exists and the result keeps what it gives back (a build:
    /// only the path; a session's ``PageStore``: the bytes in memory or on disk), so a build never
    /// holds the whole site in memory.
    /// With `reuse`, each page other than the articles and the data page records what it was
    /// rendered from, and one whose key is that of the last output's page is taken from there.
    static func render(
        _ envs: [RenderEnvironment], progress: (@Sendable (Int, Int) -> Void)? = nil, write: Writer? = nil,
        reuse: PageReuse? = nil
    ) throws -> Site {
        let articles = articleJobs(envs)
        let jobs = envs.flatMap { pageJobs($0) }
        let total = articles.count + jobs.count + envs.count
        let articlePages = try each(
            articles, progress: progress.map { report in { @Sendable done in report(done, total) } }, write: write
        ) { articlePage($0.article, $0.env) }
        let summaries = summaries(of: articlePages)
        let reuse = reuse.map { PageReuse(keys: $0.keys.adding(summaries: summaries), earlier: $0.earlier, folder: $0.folder) }
        let otherPages = try each(
            jobs, startingWith: Job.heavy(in: jobs),
            progress: progress.map { report in { @Sendable done in report(articles.count + done, total) } }, write: write
        ) { [reuse] in page($0, summaries: summaries, reuse: reuse) }
        // The downloads, then the pages that say their sizes.
        let main = envs[0]
        let (downloads, summary) = try DataExports.files(main.dataset, largestFile: main.limits.largestFile, write: write, reuse: reuse)
        let dataPages = try each(
            envs, progress: progress.map { report in { @Sendable done in report(total - envs.count + done, total) } }, write: write
        ) { env in
            let input = PageInput(env, route: Route(.data, edition: env.edition.folder))
            return rendered(input, bytes: input.parts.page(DataPage.build(input, downloads: summary)))
        }
        let pages = articlePages + otherPages + dataPages
        var files = assets(main)
        files += syndication(envs, routes: pages.map(\.route))
        if let write { files = try files.map(write) }
        return Site(pages: pages, summaries: summaries, otherFiles: downloads + files)
    }

    /// Where a streaming build puts each finished file (called from several threads at once);
    /// gives back what the result keeps of it.
    typealias Writer = @Sendable (OutputFile) throws -> OutputFile

    /// Every edition's articles, each with the edition it is rendered in.
    static func articleJobs(_ envs: [RenderEnvironment]) -> [(article: Article, env: RenderEnvironment)] {
        envs.flatMap { env in env.articles.map { (article: $0, env: env) } }
    }

    /// Phase one: article pages, in parallel, in the order given.
    static func renderArticles(_ articles: [(article: Article, env: RenderEnvironment)]) -> [Rendered] {
        ParallelMap.map(articles) { articlePage($0.article, $0.env) }
    }

    /// Phase two: any of the other pages, in parallel, in the order given.
    static func renderPages(_ jobs: [Job], summaries: [Route: String]) -> [Rendered] {
        ParallelMap.map(jobs, startingWith: Job.heavy(in: jobs)) { page($0, summaries: summaries) }
    }

    private static func articlePage(_ article: Article, _ env: RenderEnvironment) -> Rendered {
        let input = PageInput(env, route: Route(.article(article.slug), edition: env.edition.folder))
        let (page, first) = ArticlePage.build(article, input)
        return rendered(input, bytes: input.parts.page(page), firstParagraph: first)
    }

    private static func page(_ job: Job, summaries: [Route: String], reuse: PageReuse? = nil) -> Rendered {
        let path = job.route.file
        // A page whose key is unchanged is the last output's bytes; a file that cannot be kept
        // (changed behind the records' back, or unwritable) is rendered, and its error is then
        // the write's.
        if let reuse, let made = reuse.earlier[path], reuse.keys.same(made), (try? reuse.folder.keep(path, made: made)) == true
        {
            return Rendered(route: job.route, file: OutputFile(path: path, bytes: []), diagnostics: [], reads: [], kept: true)
        }
        let input = PageInput(job.env, route: job.route, summaries: summaries)
        guard let reuse else { return rendered(input, bytes: job.build(input)) }
        let reads = DataReads()
        var page = rendered(input, bytes: reads.recording { job.build(input) })
        // A page with warnings is rendered every time, so that every build reports them.
        if page.diagnostics.isEmpty { page.file.inputs = reuse.keys.inputs(reads, firstParagraphs: input.work.showedFirstParagraphs) }
        return page
    }

    private static func rendered(_ input: PageInput, bytes: [UInt8], firstParagraph: String = "") -> Rendered {
        Rendered(
            route: input.route, file: OutputFile(path: input.route.file, bytes: bytes), firstParagraph: firstParagraph,
            diagnostics: input.work.diagnostics, reads: input.work.reads)
    }

    /// `render` applied to every item in parallel; with `write`, each page is written as soon as
    /// it is rendered and what `write` gives back kept. Throws the first write error, after all have run.
    private static func each<Item: Sendable>(
        _ items: [Item], startingWith first: [Int] = [], progress: (@Sendable (Int) -> Void)?, write: Writer?,
        _ render: @escaping @Sendable (Item) -> Rendered
    ) throws -> [Rendered] {
        guard let write else { return ParallelMap.map(items, startingWith: first, progress: progress, render) }
        let results = ParallelMap.map(items, startingWith: first, progress: progress) { item -> (page: Rendered, error: Error?) in
            var page = render(item)
            if page.kept { return (page, nil) }
            do {
                page.file = try write(page.file)
                return (page, nil)
            } catch {
                return (page, error)
            }
        }
        if let error = results.lazy.compactMap(\.error).first { throw error }
        return results.map(\.page)
    }

    /// Each article's first paragraph by the article's route, from its rendered page.
    static func summaries(of pages: [Rendered]) -> [Route: String] {
        var summaries: [Route: String] = [:]
        for page in pages { summaries[page.route] = page.firstParagraph }
        return summaries
    }

    /// The theme's files that are not templates, such as `assets/style.css`.
    static func assets(_ env: RenderEnvironment) -> [OutputFile] {
        env.theme.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, bytes: $0.value) }
    }

    /// `sitemap.xml` (of the pages at `routes`, with their counterparts in the other editions)
    /// and each edition's `feed.xml`, when the site has a base URL. `sitemap: false` leaves the
    /// sitemap out, for an edit after which the same pages are there.
    static func syndication(_ envs: [RenderEnvironment], routes: some Sequence<Route>, sitemap: Bool = true) -> [OutputFile] {
        guard let base = envs[0].baseURL else { return [] }
        let feeds = envs.map { Syndication.feed(base: base, env: $0) }
        guard sitemap else { return feeds }
        let pages = routes.filter { $0.isPage && $0.kind != .notFound }
        return [Syndication.sitemap(base: base, pages: pages, editions: envs.map(\.edition))] + feeds
    }

    /// Every page but the articles and the data page (which says the sizes of the downloads, so
    /// comes after them), in a fixed order; with `only`, just those of these routes (what an edit
    /// re-renders), without working out the splits of the regions and years it does not touch:
    /// for a national site's 3,000 regions that took most of the time of rendering one page.
    static func pageJobs(_ env: RenderEnvironment, only: Set<Route>? = nil) -> [Job] {
        let dataset = env.dataset
        let wanted = only.map(Touched.init)
        func job<Model: PageModel>(_ route: Route, heavy: Bool = false, _ build: @escaping @Sendable (PageInput) -> Model) -> Job {
            Job(route: Route(route.kind, edition: env.edition.folder), heavy: heavy, env: env) { input in input.parts.page(build(input)) }
        }
        var jobs = [job(.home, HomePage.build), job(.regions, RegionsPage.build)]
        for id in dataset.tree.preorder where wanted?.regions.contains(id) ?? true {
            let shown = RegionPage.indicators(id, env)
            jobs.append(job(.region(id)) { RegionPage.build(id, indicators: shown, $0) })
            for route in RegionPage.sectionRoutes(id, shown) {
                guard case .regionSection(_, let section, let page) = route.kind else { continue }
                jobs.append(job(route) { RegionPage.build(id, section: (section, page), indicators: shown, $0) })
            }
        }
        jobs.append(job(.indicators, IndicatorsPage.build))
        for indicator in env.indicators where wanted?.indicators.contains(indicator.id) ?? true {
            jobs.append(job(.indicator(indicator.id), heavy: true) { IndicatorPage.build(indicator, $0) })
            for page in IndicatorPage.tablePages(indicator, env).dropFirst() {
                jobs.append(job(Route(.indicatorTable(indicator.id, page: page))) { IndicatorPage.build(indicator, page: page, $0) })
            }
        }
        jobs.append(job(.years, YearsPage.build))
        for year in dataset.years where wanted?.years.contains(year) ?? true {
            let shown = PageIndicators(YearPage.indicators(year, env), limit: env.limits.yearIndicators, env)
            jobs.append(job(.year(year), heavy: true) { YearPage.build(year, indicators: shown, $0) })
            for route in YearPage.sectionRoutes(year, shown) {
                guard case .yearSection(_, let section, let page) = route.kind else { continue }
                jobs.append(job(route, heavy: true) { YearPage.build(year, section: (section, page), indicators: shown, $0) })
            }
        }
        jobs += [job(.articles, heavy: true, ArticlesPage.build), job(.notFound, NotFoundPage.build)]
        guard let only else { return jobs }
        return jobs.filter { only.contains($0.route) }
    }

    /// The regions, indicators and years that some of a set of routes are pages of.
    private struct Touched {
        var regions: Set<String> = [], indicators: Set<String> = [], years: Set<Int> = []

        init(_ routes: Set<Route>) {
            for route in routes {
                switch route.kind {
                case .region(let id), .regionSection(let id, _, _): regions.insert(id)
                case .indicator(let id), .indicatorTable(let id, _): indicators.insert(id)
                case .year(let year), .yearSection(let year, _, _): years.insert(year)
                default: break
                }
            }
        }
    }
}
