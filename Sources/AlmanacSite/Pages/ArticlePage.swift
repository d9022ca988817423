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
    var date: String?
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
        let dataset = input.dataset
        let headings = rendered.headings.filter { $0.level == 2 || $0.level == 3 }
        let page = ArticlePage(
            title: article.title, date: article.date, summary: article.summary, tags: article.tags,
            region: article.region.flatMap { id in dataset.region(id).map { Link(name: $0.name, href: input.links.href(.region(id))) } },
            year: article.year.map { Link(name: input.words.year($0), href: input.links.href(.year($0))) },
            toc: headings.count > 1 ? headings.map { Heading(id: $0.id, text: $0.text, sub: $0.level == 3) } : [],
            body: rendered.html)
        return (page, rendered.firstParagraph)
    }
}
