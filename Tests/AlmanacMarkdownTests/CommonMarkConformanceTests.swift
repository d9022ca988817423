import Foundation
import Testing

@testable import AlmanacMarkdown

/// The 652 examples of the CommonMark 0.30 spec, rendered through Almanac's pipeline with raw
/// HTML allowed (the spec's own setting). Almanac adds ids to headings and joins soft breaks
/// between CJK characters; ids are removed before comparing, and no example has CJK breaks.
@Suite struct CommonMarkConformanceTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var markdown: String
        var html: String
        var example: Int
        var section: String
        var testDescription: String { "example \(example) (\(section))" }
    }

    static let examples: [Example] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Conformance/commonmark/spec.json").standardizedFileURL
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Example].self, from: data)) ?? []
    }()

    @Test func allExamplesAreLoaded() {
        #expect(Self.examples.count == 652)
    }

    @Test func everyExampleRendersAsTheSpecSays() {
        var failures: [Int] = []
        for example in Self.examples {
            let html = Markdown.render(example.markdown, options: MarkdownOptions(unsafeHTML: true)).html
            if Self.withoutHeadingIDs(html) != example.html { failures.append(example.example) }
        }
        #expect(failures.isEmpty, "examples that differ: \(failures)")
    }

    static func withoutHeadingIDs(_ html: String) -> String {
        html.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
    }
}
