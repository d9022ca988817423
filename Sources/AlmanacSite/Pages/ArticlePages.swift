import AlmanacData
import AlmanacMarkup
import AlmanacMarkdown

/// `pages/index.html` and `pages/<slug>/index.html`: the report's articles.
extension PageScope {
    /// The article page, and the text of its first paragraph for summaries elsewhere.
    func articlePage(_ article: Article) -> (file: OutputFile, firstParagraph: String) {
        let env = environment
        defaultRegion = article.region
        let rendered = renderProse(article.source)
        let region = article.region.flatMap { id in env.dataset.region(id).map { ($0.name, links.to("regions/\(id)/")) } }
        let year = article.year.map { (env.words.year($0), links.to("years/\($0)/")) }
        let toc = rendered.headings.filter { $0.level == 2 || $0.level == 3 }
        let shown = ArticleHTML.Article(
            title: article.title, date: article.date, region: region, year: year, tags: article.tags,
            toc: toc.count > 1 ? toc.map { ($0.id, $0.text, $0.level == 3) } : [],
            contentsHeading: env.words.t("contents"), body: rendered.html)

        let file = page("page", title: article.title, builtIn: { MarkupBytes(ArticleHTML.render(shown)) }) { context in
            context["body"] = rendered.html
            if let date = article.date { context["date"] = date }
            if let summary = article.summary { context["summary"] = summary }
            context["tags"] = Self.list(article.tags)
            if let region { context["region"] = ["name": region.0, "href": region.1] }
            if let year { context["year"] = ["year": year.0, "href": year.1] }
            context["toc"] = Self.list(shown.toc.map { ["id": $0.id, "text": $0.text, "sub": $0.sub] as [String: Any] })
        }
        return (file, rendered.firstParagraph)
    }

    func articlesIndexPage(summaries: [String: String]) -> OutputFile {
        let env = environment
        let title = env.words["pages"]
        let prose = env.content.pagesIntro.map { renderProse($0).html }
        guard env.theme.overridden.isDisjoint(with: ["pages", "partials/page-list"]) else {
            var context = baseContext(title: title, kind: "pages")
            if let prose { context["prose"] = prose }
            context["pages"] = Self.list(env.content.articles.map { articleSummary($0, summaries: summaries) })
            return page("pages", context)
        }
        let entries = env.content.articles.map { articleEntry($0, summaries: summaries) }
        return page("pages", title: title, builtIn: { MarkupBytes(ArticleListHTML.indexPage(title: title, prose: prose, entries: entries)) }) {
            context in
            if let prose { context["prose"] = prose }
        }
    }
}
