import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What `almanac` prints cannot be steered by content: control bytes from a file or its name are
/// shown escaped, a huge quoted value is cut with its size, a file's errors are capped with a count
/// of the rest, and the machine's refusals are said in the site's terms.
@Suite struct TerminalSafetyTests {
    let cli = CommandLineTests()

    /// Bytes a terminal would act on: C0 controls but the line feeds that end lines, DEL, C1 (as UTF-8).
    func controls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func controlBytesFromContentAndNamesAreShownEscaped() throws {
        var files = CommandLineTests.valid
        files["Content/pages/evil.md"] = "---\ntitle: \"a\u{1B}[2Jb\rBuilt 69 pages\"\n---\n正文\n"
        files["Content/data/2024.csv"] = "region,year,patents\n\"qz\u{1B}]0;owned\u{07}\",2024,1\nqz,2023,\"1\u{0}2\u{9B}31m\"\n"
        files["Content/pages/a\nb\u{1B}[31m.md"] = "---\ntitle: [\n---\n"
        let root = try CommandLineTests.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try cli.run(["check", "--site", root.path])
        #expect(result.status == 1)
        #expect(controls(in: result.stderr).isEmpty, "\(result.stderr.debugDescription)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"Content/pages/evil.md:2:10: error: YAML: control characters are not allowed ("\u{1B}")"#), "\(lines)")
        #expect(lines.contains { $0.hasPrefix(#"Content/data/2024.csv:2:1: error: unknown region "qz\u{1B}]0;owned\u{7}""#) }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix(#"Content/data/2024.csv:3:3: error: value "1\u{0}2\u{9B}31m""#) }, "\(lines)")
        // A new line in a file's name does not split its diagnostic.
        #expect(lines.contains { $0.hasPrefix(#"Content/pages/a\u{A}b\u{1B}[31m.md:3:1: error: YAML"#) }, "\(lines)")
        #expect(lines.count == 5, "\(lines)")  // and the count
    }

    @Test func aHugeNameIsCutWithItsSizeAndAFilesErrorsAreCapped() throws {
        var files = CommandLineTests.valid
        files["Content/data/long.csv"] = "region,year," + String(repeating: "长", count: 400_000) + "\nqz,2024,1\n"
        files["Content/data/wide.csv"] = "region,year," + (0..<10_000).map { "c\($0)" }.joined(separator: ",") + "\n"
        let root = try CommandLineTests.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try cli.run(["check", "--site", root.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let long = try #require(lines.first { $0.hasPrefix("Content/data/long.csv:1:3: error: unknown column \"长长") })
        #expect(long.contains("…\" (1,200,000 bytes): not an indicator"), "\(long.prefix(300))")
        #expect(long.count < 400)
        let wide = lines.filter { $0.hasPrefix("Content/data/wide.csv:") }
        #expect(wide.count == Int(51), "\(wide.count) lines")
        #expect(wide.last?.hasSuffix("error: and 9,950 more errors in this file, not shown") == true, "\(wide.last ?? "")")
        #expect(lines.last == "almanac: error: 10,001 errors, 0 warnings")
        #expect(result.stderr.utf8.count < 30_000)
    }

    @Test func versionIsPrinted() throws {
        let result = try cli.run(["--version"])
        #expect(result.status == 0)
        let line = result.stdout.trimmingCharacters(in: .newlines)
        #expect(line.wholeMatch(of: /almanac \d+\.\d+\.\d+ \(libcmark \d+\.\d+\.\d+\)/) != nil, "\(line)")
    }

    @Test func aFileWhereTheOutputsFolderShouldBeIsSaidInWords() throws {
        let root = try CommandLineTests.site(CommandLineTests.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("x".utf8).write(to: root.appendingPathComponent("blocker"))
        let result = try cli.run(["build", "--output", "blocker/Out"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr == "almanac: error: cannot write blocker/Out: a file stands where a folder is needed; move that file away, or build elsewhere with --output DIR\n")
    }

    /// Whether this test run may mount a small file system of its own (root on Linux).
    static let canMount: Bool = {
        #if os(Linux)
            guard getuid() == 0 else { return false }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-mount-probe-\(getpid())")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            guard mountTmpfs(at: folder, options: "size=64k") else { return false }
            umount(folder.path)
            return true
        #else
            return false
        #endif
    }()

    static func mountTmpfs(at folder: URL, options: String) -> Bool {
        #if os(Linux)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/mount")
            process.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", folder.path]
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        #else
            return false
        #endif
    }

    /// A full disk and a read-only one, each a small file system mounted for the test.
    @Test(.enabled(if: canMount, "needs root to mount a small file system")) func aFullOrReadOnlyDiskIsSaidInWords() throws {
        let root = try CommandLineTests.site(CommandLineTests.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        for (options, expected) in [
            ("size=40k", "the disk is full; free some room: a build writes the new site next to"),
            ("size=1m,ro", "the disk is read-only; build to a folder on a writable disk with --output DIR"),
        ] {
            let disk = root.appendingPathComponent("disk")
            try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
            try #require(Self.mountTmpfs(at: disk, options: options))
            defer { umount(disk.path) }
            let result = try cli.run(["build", "--output", "disk/Out"], in: root)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("almanac: error: cannot write disk/Out"), "\(result.stderr)")
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(!result.stderr.contains("Domain="), "\(result.stderr)")
            if options.hasSuffix(",ro") {
                let starter = try cli.run(["new", "disk/starter"], in: root)
                #expect(starter.status == 1)
                #expect(starter.stderr == "almanac: error: cannot write disk/starter: the disk is read-only; choose a folder on a writable disk\n")
            }
        }
    }
}
