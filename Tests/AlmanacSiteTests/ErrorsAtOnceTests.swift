/// One run reports the errors of every stage: a data file's error does not hide the Markdown's,
/// a `site.yml` error does not hide a block's, and nothing is written while any remains.
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct ErrorsAtOnceTests {
    @Test func dataAndMarkdownErrorsComeTogether() throws {
        let site = try TestSite(
            TestSite.basic.merging([
                "Content/data/patents.csv": "region,year,patents,note\nqz,2023,4573,推算值\nqz,2024,5x90,\n",
                "Content/pages/bad.md": "---\ntitle: 坏\n---\n{{< value output la 1999 >}}\n\n```chart\ntype: pie\nindicator: output\n```\n",
                "Content/site.yml": "title: 测试报告\nunsafe_html: maybe\n",
            ]) { _, new in new })
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains { $0.hasPrefix("Content/data/patents.csv:3:3: error:") })
        #expect(messages.contains { $0.hasPrefix("Content/site.yml:2:1: error: unsafe_html") })
        #expect(messages.contains("Content/pages/bad.md:4:1: error: no figure for output in la in 1999"))
        #expect(messages.contains { $0.hasPrefix("Content/pages/bad.md:7:1: error: chart type \"pie\"") })
        let error = try #require(throws: ContentErrors.self) { try site.build() }
        #expect(error.diagnostics.count == messages.count)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
