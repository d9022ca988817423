import AlmanacData
import AlmanacMarkdown

/// `pages/index.html` and `pages/<slug>/index.html`: the report's articles.
extension PageScope {
    /// The article page, and the text of its first paragraph for summaries elsewhere.
    func articlePage(_ article: Article) -> (file: OutputFile, firstParagraph: String) {
        let env = environment
        defaultRegion = article.region
        var context = baseContext(title: article.title, kind: "page")
        let rendered = renderProse(article.source)
        context["body"] = rendered.html
        if let date = article.date { context["date"] = date }
        if let summary = article.summary { context["summary"] = summary }
        context["tags"] = Self.list(article.tags)
        if let id = article.region, let region = env.dataset.region(id) {
            context["region"] = ["name": region.name, "href": links.to("regions/\(id)/")]
        }
        if let year = article.year {
            context["year"] = ["year": env.words.year(year), "href": links.to("years/\(year)/")]
        }
        let toc = rendered.headings.filter { $0.level == 2 || $0.level == 3 }
        context["toc"] = Self.list(toc.count > 1 ? toc.map { ["id": $0.id, "text": $0.text, "sub": $0.level == 3] as [String: Any] } : [])
        return (page("page", context), rendered.firstParagraph)
    }

    func articlesIndexPage(summaries: [String: String]) -> OutputFile {
        let env = environment
        var context = baseContext(title: env.words["pages"], kind: "pages")
        if let intro = env.content.pagesIntro { context["prose"] = renderProse(intro).html }
        context["pages"] = Self.list(env.content.articles.map { articleSummary($0, summaries: summaries) })
        return page("pages", context)
    }
}
