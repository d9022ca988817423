/// `pages/index.html`: the report's articles, newest first, after the prose of `Content/pages/index.md`.
struct ArticlesPage: PageModel {
    static let kind = PageKind.articles

    var title: String
    var prose: String?
    var pages: [ArticleEntry]

    static func build(_ input: PageInput) -> ArticlesPage {
        ArticlesPage(
            title: input.words[.pages], prose: input.proseHTML(.pagesIntro),
            pages: input.articles().map(input.entry))
    }
}

/// `404.html`. Servers show it at any missing address, so its links are relative to the top of
/// the site, or absolute with a base URL (see ``PageInput``).
struct NotFoundPage: PageModel {
    static let kind = PageKind.notFound

    var title: String

    static func build(_ input: PageInput) -> NotFoundPage { NotFoundPage(title: input.words[.notFoundTitle]) }
}
