import Testing

@testable import AlmanacMarkdown

/// The direct reader of simple front matter gives what Yams gives, or leaves the text to Yams.
@Suite struct SimpleYAMLTests {
    /// SplitMix64: the same documents on every run, so that a failure found once is found again.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Documents of `key: value` lines put together from pieces that matter to YAML.
    func documents(_ count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(state: seed)
        let keys = ["title", "date", "tags", "summary", "region", "year", "draft", "a-b", "x_1", "Title", "_k", "1x", "k k", "质量", "-k", ""]
        let pieces = [
            "质量提升", "report", "2024-01-01", " ", "  ", ":", ": ", "#", " #", "[", "]", ",", ", ", "{", "}", "-", "- ", "?", "'", "\"",
            "&a", "*a", "!", "|", ">", "%", "@", "`", "~", "null", "NULL", "true", "12.5", "\t", "\u{85}", "\u{2028}",
            "\u{FEFF}", "\u{1}", "\u{A0}", "\u{3000}", "C#", "a:b", "it's", "\\", "，", "（）",
        ]
        let safe = ["质量提升", "report", "2024-01-01", "a b", "12.5", "C#", "a:b", "it's", "，", "x"]
        func piece() -> String {
            Int.random(in: 0..<3, using: &generator) == 0 ? pieces.randomElement(using: &generator)! : safe.randomElement(using: &generator)!
        }
        func key() -> String {
            Int.random(in: 0..<3, using: &generator) == 0 ? keys.randomElement(using: &generator)! : ["title", "tags", "date"].randomElement(using: &generator)!
        }
        func value() -> String {
            if Int.random(in: 0..<4, using: &generator) == 0 {
                let items = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    (0..<Int.random(in: 0...2, using: &generator)).map { _ in piece() }.joined()
                }
                return "[" + items.joined(separator: ",") + "]"
            }
            return (0..<Int.random(in: 0...3, using: &generator)).map { _ in piece() }.joined()
        }
        let ends = ["\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\n  "]
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                key() + [": ", ": ", ":  ", ":", " :"].randomElement(using: &generator)! + value()
                    + ends.randomElement(using: &generator)!
            }.joined()
        }
    }

    @Test func readsWhatYamsReadsOrLeavesItToYams() {
        var read = 0
        for text in documents(20_000, seed: 0x5EED) + ["title: 质量\ntags: [a, b]\n", "tags: []\n", "a: b\na: c\n", "k: v # c\n", "k:\n"] {
            guard let simple = SimpleYAML.parse(text) else { continue }
            read += 1
            #expect(simple == (try? YAMLValue.composed(text)), "\(text.debugDescription)")
        }
        // The generated documents do reach the reader, not only Yams.
        #expect(read > 1_000)
    }

    @Test func typicalFrontMatterIsReadDirectly() {
        let text = "title: 质量提升工作报告 00001\ndate: 2016-01-01\nsummary: 第 1 篇示例文章，概述年度质量提升工作。\ntags: [质量提升, 标准化]\ndraft: false\n"
        let value = SimpleYAML.parse(text)
        #expect(value != nil)
        #expect(value == (try? YAMLValue.composed(text)))
        #expect(value?.mapping?["tags"]?.list?.compactMap(\.string) == ["质量提升", "标准化"])
        #expect(value?.mapping?["draft"]?.bool == false)
        #expect(value?.mapping?.entry("summary")?.line == 3)
    }

    @Test func anythingElseGoesToYams() {
        for text in ["title: \"quoted\"\n", "list:\n  - a\n", "k: v # comment\n", "k: &a v\n", "a: 1\na: 2\n", "k: |\n  text\n", "# c\nk: v\n", "k:\n"] {
            #expect(SimpleYAML.parse(text) == nil, "\(text.debugDescription)")
        }
    }
}
