import Foundation
import Testing

/// Output folders `almanac build` refuses, as the user meets them: exit status 2, a message that
/// says why and what to do, and nothing touched.
@Suite struct OutputRefusalTests {
    @Test func refusedOutputFoldersExitTwoAndTouchNothing() throws {
        let root = try CommandLineTests.site(CommandLineTests.valid.merging(["notes/today.txt": "mine"]) { a, _ in a })
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes")
        let cases: [(arguments: [String], folder: URL?, message: String)] = [
            (["--output", root.path], nil, "it holds the site itself"),
            (["--output", root.appendingPathComponent("Content/site").path], nil, "it is inside the site's Content/ folder"),
            (["--output", "."], notes, "it holds the current folder"),
            (["--output", notes.path], nil, "it holds files Almanac did not write (today.txt)"),
        ]
        for (arguments, folder, message) in cases {
            let result = try CommandLineTests().run(["build", "--site", root.path] + arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("almanac: error: refusing to "), "\(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try String(contentsOf: notes.appendingPathComponent("today.txt"), encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/site").path))
        // --force overrides only the last refusal.
        #expect(try CommandLineTests().run(["build", "--site", root.path, "--output", root.path, "--force"]).status == 2)
        let forced = try CommandLineTests().run(["build", "--site", root.path, "--output", notes.path, "--force", "--quiet"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: notes.appendingPathComponent("today.txt").path))
    }
}
