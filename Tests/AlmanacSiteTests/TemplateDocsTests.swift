/// docs/templates.md lists what each part's template sees: the keys of its tables must be the
/// stored properties of the models the site renders with, so the documentation cannot drift.
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct TemplateDocsTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/templates.md").standardizedFileURL

    /// The first column of each table, by the `### part` heading above it.
    func documentedKeys() throws -> [String: [String]] {
        var keys: [String: [String]] = [:]
        var part: String?
        for line in try String(contentsOf: Self.docs, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("### ") {
                part = String(line.dropFirst(4))
            } else if let part, line.hasPrefix("| `") {
                keys[part, default: []].append(String(line.dropFirst(3).prefix { $0 != "`" }))
            }
        }
        return keys
    }

    func properties(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }

    @Test func everyDocumentedTableIsItsModel() throws {
        let env = try TemplateOverrideTests().environment()
        func input(_ route: Route) -> PageInput { PageInput(env, route: route) }
        let article = try #require(env.content.articles.first)
        let models: [String: Any] = [
            "home": HomePage.build(input(.home)), "regions": RegionsPage.build(input(.regions)),
            "region": RegionPage.build("la", input(.region("la"))), "indicators": IndicatorsPage.build(input(.indicators)),
            "indicator": IndicatorPage.build(env.dataset.indicators[0], input(.indicator("output"))),
            "years": YearsPage.build(input(.years)), "year": YearPage.build(2020, input(.year(2020))),
            "pages": ArticlesPage.build(input(.articles)), "partials/page-list": ArticleList(pages: []),
            "page": ArticlePage.build(article, input(.article(article.slug))).page, "data": DataPage.build(input(.data), downloads: DataExports.Summary()),
            "404": NotFoundPage.build(input(.notFound)),
            "partials/table": TableModel(columns: [], rows: []), "partials/chart": ChartFigure(caption: "", svg: .init(), table: nil),
            "partials/map": MapFigure(caption: "", svg: .init(), legend: .init(), withoutFigure: [], withoutShape: [], table: nil),
        ]
        let documented = try documentedKeys()
        #expect(Set(documented.keys) == Set(models.keys))
        for (part, model) in models {
            #expect(documented[part] == properties(model), "docs/templates.md, \(part)")
        }
    }
}
