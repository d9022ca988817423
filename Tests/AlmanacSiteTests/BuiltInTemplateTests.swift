import Foundation
import Testing

@testable import AlmanacSite

/// The built-in templates that are also written in Swift (layout and head, article, articles
/// index, region, table, chart figure, header and footer) must give the very bytes the templates give:
/// a site whose `Templates/` holds copies of them — so that they count as its own and go
/// through Mustache — builds exactly what the built-in theme builds.
@Suite struct BuiltInTemplateTests {
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/AlmanacSite/Theme").standardizedFileURL
    static let twins = [
        "layout", "partials/head", "page", "pages", "partials/page-list", "region", "partials/table", "partials/chart",
        "partials/header", "partials/footer",
    ]

    /// Copies `folders` of `source` into a new test site.
    func copy(_ source: URL, _ folders: [String]) throws -> TestSite {
        let site = try TestSite()
        for folder in folders where FileManager.default.fileExists(atPath: source.appendingPathComponent(folder).path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(folder), to: site.root.appendingPathComponent(folder))
        }
        return site
    }

    func outputs(_ site: TestSite) throws -> [String: Data] {
        try site.build { $0.baseURL = "https://example.org/report/" }
        var result: [String: Data] = [:]
        for path in OutputManifest.files(in: site.output) {
            result[path] = FileManager.default.contents(atPath: site.output.appendingPathComponent(path).path)
        }
        return result
    }

    func expectSameAsTemplates(_ source: URL) throws {
        let builtIn = try copy(source, ["Content", "Templates"])
        let templated = try copy(source, ["Content", "Templates"])
        defer {
            builtIn.remove()
            templated.remove()
        }
        for name in Self.twins where !FileManager.default.fileExists(atPath: source.appendingPathComponent("Templates/\(name).mustache").path) {
            try templated.write(
                "Templates/\(name).mustache", String(contentsOf: Self.theme.appendingPathComponent("\(name).mustache"), encoding: .utf8))
        }
        let expected = try outputs(templated)
        let actual = try outputs(builtIn)
        #expect(actual.count == expected.count && actual.count > 20)
        for (path, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(actual[path] == bytes, "\(path) differs from what the templates give")
        }
    }

    @Test func theExampleReportIsTheSameThroughTheTemplates() throws {
        try expectSameAsTemplates(ExampleReportTests.repository)
    }

    @Test func aSiteWithEveryArticleFieldIsTheSameThroughTheTemplates() throws {
        let hostile = "<b>\"&'</b> 临安"
        let site = try TestSite(
            TestSite.basic.merging([
                "Content/site.yml": "title: \(hostile)\ndescription: 报告 & \"说明\"\n",
                "Content/pages/index.md": "---\ntitle: 文章\n---\n所有文章的介绍 <em>x</em>。\n",
                "Content/pages/full.md": "---\ntitle: \(hostile)\ndate: 2024-05-01\nregion: la\nyear: 2020\n"
                    + "tags: [质量, \"<i>\"]\nsummary: 摘要 & \"引号\"\n---\n## 一 & 二\n\n正文。\n\n### 小节\n\n## 一 & 二\n\n尾。\n",
                "Content/pages/bare.md": "---\ntitle: 无日期\n---\n## 只有一个标题\n\n正文。\n",
                "Content/regions/la.md": "临安的介绍 & <b>说明</b>。\n\n```chart\ntype: line\nindicator: output\n```\n",
            ]) { _, new in new })
        defer { site.remove() }
        try expectSameAsTemplates(site.root)
    }
}
