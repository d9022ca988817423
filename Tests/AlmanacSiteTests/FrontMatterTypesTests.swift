/// Front matter is checked for types: every key an article knows, given a value of the wrong
/// type, is an error at that key — never passed over — and the forms that are right stay right.
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct FrontMatterTypesTests {
    /// Every key an article knows, given a value of the wrong type: one error at that key each.
    @Test(arguments: [
        ("title: [a, b]", "title must be text, not a list"),
        ("title: {zh: 标题}", "title must be text, not a mapping (key: value)"),
        ("title: \"\"", "title is empty (leave it out to take the file's name)"),
        ("date: {year: 2024}", "date must be a date written YYYY-MM-DD, not a mapping (key: value)"),
        ("date: 2024-02-30", "date \"2024-02-30\" is not a date written YYYY-MM-DD"),
        ("summary: [一, 二]", "summary must be text, not a list"),
        ("tags: {a: 1}", "tags must be a list of texts (tags: [质量, 标准]), not a mapping (key: value)"),
        ("tags: [质量, {a: 1}]", "tags must be a list of texts (tags: [质量, 标准]); item 2 is a mapping (key: value)"),
        ("tags: [质量, [标准]]", "tags must be a list of texts (tags: [质量, 标准]); item 2 is a list"),
        ("tags: [质量, \"\"]", "tags must be a list of texts (tags: [质量, 标准]); item 2 is empty"),
        ("region: [la]", "region must be a region's id from regions.csv, not a list"),
        ("region: nowhere", "region \"nowhere\" is not in regions.csv"),
        ("year: twenty", "year must be a whole number (year: 2024), not \"twenty\""),
        ("year: \"2024\"", "year must be a whole number (year: 2024), not the quoted text \"2024\""),
        ("year: 2024.5", "year must be a whole number (year: 2024), not \"2024.5\""),
        ("year: 0", "year 0 is not from 1 to 9999"),
        ("year: [2024]", "year must be a whole number (year: 2024), not a list"),
        ("draft: yes", "draft must be true or false, not \"yes\""),
        ("draft: \"true\"", "draft must be true or false, not the quoted text \"true\""),
        ("draft: {a: 1}", "draft must be true or false, not a mapping (key: value)"),
        ("slug: {a: 1}", "slug must be text (the page's folder under pages/), not a mapping (key: value)"),
    ])
    func aFrontMatterValueOfTheWrongTypeIsAnErrorAtItsKey(line: String, message: String) throws {
        let site = try TestSite(
            TestSite.basic.merging(["Content/pages/typed.md": "---\n\(line.hasPrefix("title") ? "date: 2024-01-02" : "title: 类型")\n\(line)\n---\n正文\n"]) {
                _, new in new
            })
        defer { site.remove() }
        let errors = try site.check().filter { $0.contains(": error: ") }
        #expect(errors == ["Content/pages/typed.md:3:1: error: \(message)"])
    }

    /// The forms that are right stay right: one tag for a list of one, a number as a title, an
    /// empty value as a key not given.
    @Test func valuesOfTheRightTypeAreTaken() throws {
        let site = try TestSite(
            TestSite.basic.merging([
                "Content/pages/ok.md": "---\ntitle: 2024\ndate: 2024-01-02\ntags: 质量\nyear: 2024\ndraft: false\nsummary:\nregion: la\n---\n正文\n",
                "Content/pages/list.md": "---\ntitle: 列表\ntags:\n  - 质量\n  - 标准\n---\n正文\n",
            ]) { _, new in new })
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("pages/ok/index.html")
        #expect(page.contains("2024") && page.contains("质量"))
        let list = try site.read("pages/list/index.html")
        #expect(list.contains("质量") && list.contains("标准"))
    }

    /// Prose files: the home page's `title:` (its heading) must be text too.
    @Test func theHomeTitleMustBeText() throws {
        let site = try TestSite(TestSite.basic.merging(["Content/index.md": "---\ntitle: {zh: 欢迎}\n---\n你好\n"]) { _, new in new })
        defer { site.remove() }
        #expect(try site.check().filter { $0.contains(": error: ") } == ["Content/index.md:2:1: error: title must be text, not a mapping (key: value)"])
    }
}
