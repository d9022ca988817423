import Foundation
import Testing

/// `almanac new DIR`: a starter site that builds at once, in either language, and never in a
/// folder that holds something.
@Suite struct NewCommandTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("almanac-new-\(UUID().uuidString)")
    }

    @Test(arguments: ["zh-CN", "en"]) func theNewSiteBuildsAtOnceWithoutWarnings(language: String) throws {
        let site = folder().appendingPathComponent("report")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let created = try CommandLineTests().run(["new", site.path, "--language", language])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created a site in") && created.stdout.contains("almanac build --site"))
        let check = try CommandLineTests().run(["check", "--strict", "--site", site.path])
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
        let build = try CommandLineTests().run(["build", "--site", site.path])
        #expect(build.status == 0 && build.stderr.isEmpty, "\(build.stderr)")
        let output = site.appendingPathComponent("Output")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<html lang=\"\(language)\">"))
        let article = try String(contentsOf: output.appendingPathComponent("pages/2024/annual/index.html"), encoding: .utf8)
        #expect(article.components(separatedBy: "<svg ").count - 1 >= 1)
        #expect(article.contains("<table"))
        #expect(article.contains("class=\"figure"))  // an inline figure from a shortcode
    }

    /// Each starter's site.yml shows how to add the other language; done as it says, the site
    /// builds both editions and `check` lists what is not yet translated.
    @Test(arguments: [("zh-CN", "en"), ("en", "zh-CN")]) func theStarterShowsTheOtherLanguage(main: String, other: String) throws {
        let site = folder()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CommandLineTests().run(["new", site.path, "--language", main]).status == 0)
        let file = site.appendingPathComponent("Content/site.yml")
        let config = try String(contentsOf: file, encoding: .utf8)
        let option = "#   languages: [\(main), \(other)]\n"
        #expect(config.contains(option))
        let edited = config.replacingOccurrences(of: "\nlanguage: \(main)\n", with: "\n" + option.dropFirst(4))
        #expect(edited != config)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let check = try CommandLineTests().run(["check", "--site", site.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("Content/index.md:1:1: warning: no \(other) translation (Content/index.\(other).md)"), "\(check.stderr)")
        let build = try CommandLineTests().run(["build", "--site", site.path])
        #expect(build.status == 0, "\(build.stderr)")
        let home = try String(contentsOf: site.appendingPathComponent("Output/\(other)/index.html"), encoding: .utf8)
        #expect(home.contains("<html lang=\"\(other)\">"))
        #expect(home.contains("hreflang=\"\(main)\""))
    }

    @Test func theLanguageDefaultsToChinese() throws {
        let site = folder()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CommandLineTests().run(["new", site.path]).status == 0)
        let config = try String(contentsOf: site.appendingPathComponent("Content/site.yml"), encoding: .utf8)
        #expect(config.contains("\nlanguage: zh-CN\n"))
        #expect(try CommandLineTests().run(["new", folder().path, "--language", "fr"]).status == 2)
    }

    @Test func refusesAFolderThatHoldsAnything() throws {
        let site = folder()
        defer { try? FileManager.default.removeItem(at: site) }
        for (name, text) in [("notes.txt", "mine"), (".git", "hidden, but someone's")] {
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: site.appendingPathComponent(name))
            let result = try CommandLineTests().run(["new", site.path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("it is not empty (\(name))"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.path) == [name])
            #expect(try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8) == text)
            try FileManager.default.removeItem(at: site)
        }
        try Data("a file".utf8).write(to: site)
        let onFile = try CommandLineTests().run(["new", site.path])
        #expect(onFile.status == 2 && onFile.stderr.contains("it is a file"))
    }
}
