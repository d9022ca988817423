import Testing

@testable import AlmanacMarkdown

@Suite struct FrontMatterTests {
    @Test func splitsFrontMatterAndKnowsWhereTheBodyStarts() throws {
        let text = "---\ntitle: 临安\ndate: 2022-03-23\ntags: [质量, 标准]\ndraft: false\n---\n# Body\n"
        let split = try FrontMatter.parse(text)
        #expect(split.fields["title"]?.string == "临安")
        #expect(split.fields["date"]?.string == "2022-03-23")
        #expect(split.fields["tags"]?.list?.compactMap(\.string) == ["质量", "标准"])
        #expect(split.fields["draft"]?.bool == false)
        #expect(split.body == "# Body\n")
        #expect(split.bodyFirstLine == 7)
        #expect(split.fields.entry("date")?.line == 3)
    }

    @Test func noFrontMatter() throws {
        let split = try FrontMatter.parse("Just text\n---\n")
        #expect(split.fields.entries.isEmpty)
        #expect(split.body == "Just text\n---\n")
        #expect(split.bodyFirstLine == 1)
    }

    @Test func bomAndCRLF() throws {
        let split = try FrontMatter.parse("\u{FEFF}---\r\ntitle: x\r\n---\r\nbody")
        #expect(split.fields["title"]?.string == "x")
        #expect(split.bodyFirstLine == 4)
    }

    @Test func unclosedFrontMatter() {
        #expect(throws: YAMLError(line: 1, column: 1, message: "front matter starts with --- but has no closing --- line")) {
            try FrontMatter.parse("---\ntitle: x\n")
        }
    }

    @Test func yamlErrorsPointIntoTheFile() {
        do {
            _ = try FrontMatter.parse("---\ntitle: ok\ntags: [a, b\n---\nbody")
            Issue.record("bad YAML was accepted")
        } catch {
            #expect(error.line >= 3)
            #expect(error.message.hasPrefix("YAML:"))
        }
    }

    @Test func frontMatterMustBeAMapping() {
        #expect(throws: YAMLError.self) { try FrontMatter.parse("---\n- a\n- b\n---\n") }
    }

    @Test func quotedScalarsStayStrings() throws {
        let value = try YAMLValue.parse("a: \"true\"\nb: true\nc: 12\nd: ~\n")
        #expect(value.mapping?["a"]?.bool == nil)
        #expect(value.mapping?["b"]?.bool == true)
        #expect(value.mapping?["c"]?.int == 12)
        #expect(value.mapping?["d"] == .null)
    }

    /// Found by fuzzing (Fuzz/FuzzFrontMatter): nine lines of aliases stand for 10⁹ values and ran
    /// the build out of memory. Aliases within reason still work.
    @Test func aliasesThatExpandWithoutBoundAreRefused() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        do {
            _ = try FrontMatter.parse("---\ntitle: laughs\n" + yaml + "---\nbody\n")
            Issue.record("a billion values were accepted")
        } catch {
            #expect(error.message == "YAML holds more than 100000 values once its aliases (*name) are expanded")
            #expect((3...12).contains(error.line))
        }
        let fine = try YAMLValue.parse("base: &base {unit: 件}\nitems: [*base, *base]\n")
        #expect(fine.mapping?["items"]?.list?.count == 2)
        #expect(fine.mapping?["items"]?.list?[1].mapping?["unit"]?.string == "件")
    }
}
