import AlmanacData

/// `pages/<slug>/index.html`: an article, with its date, region, year, tags and, when it has
/// more than one section, a table of contents.
struct ArticlePage: PageModel {
    static let kind = PageKind.article

    struct Heading: Sendable {
        var id: String
        var text: String
        /// A third-level heading, indented under the second-level one before it.
        var sub: Bool
    }

    var title: String
    /// The language it is written in, when that is not the page's (shown for want of a translation).
    var lang: String?
    /// `YYYY-MM-DD`, and as the page's language writes it.
    var date: String?
    var dateText: String?
    var summary: String?
    var tags: [String]
    var region: Link?
    var year: Link?
    /// Its second- and third-level headings, when there are two or more.
    var toc: [Heading]
    /// The article's HTML.
    var body: String

    /// The page, and the text of its first paragraph for summaries elsewhere.
    static func build(_ article: Article, _ input: PageInput) -> (page: ArticlePage, firstParagraph: String) {
        let rendered = input.prose(article.source, region: article.region)
        let headings = rendered.headings.filter { $0.level == 2 || $0.level == 3 }
        let env = input.env
        let fallback = !env.edition.isMain && article.language != env.edition.language
        let page = ArticlePage(
            title: article.title, lang: fallback ? (article.language ?? env.content.config.language).rawValue : nil,
            date: article.date, dateText: article.date.map(input.words.date), summary: article.summary, tags: article.tags,
            region: article.region.flatMap { id in input.env.region(id).map { Link(name: $0.name, href: input.links.href(.region(id))) } },
            year: article.year.map { Link(name: input.words.year($0), href: input.links.href(.year($0))) },
            toc: headings.count > 1 ? headings.map { Heading(id: $0.id, text: $0.text, sub: $0.level == 3) } : [],
            body: rendered.html)
        return (page, rendered.firstParagraph)
    }
}
