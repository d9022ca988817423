import Foundation
import Testing

/// The `almanac` executable as a user runs it: exit status, compiler-style messages, summaries.
@Suite struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardizedFileURL

    /// The executable SwiftPM built next to the tests.
    static var executable: URL {
        let build = repository.appendingPathComponent(".build")
        let candidates = [build.appendingPathComponent("debug/almanac")]
            + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []).map {
                build.appendingPathComponent("\($0)/debug/almanac")
            }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func site(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static let valid = [
        "Content/regions.csv": "id,name,parent\nqz,衢州市,\n",
        "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction\npatents,有效发明专利,件,创新,sum,0,up\n",
        "Content/data/2024.csv": "region,year,patents\nqz,2024,5590\n",
    ]

    @Test func buildSucceedsWithASummaryLine() throws {
        let root = try Self.site(Self.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["build", "--site", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built "))
        #expect(result.stdout.contains(" from 1 row in "))
        #expect(result.stdout.hasSuffix("\n") && result.stdout.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/index.html").path))
        let quiet = try run(["build", "--quiet"], in: root)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }

    @Test func contentErrorsExitOneWithEveryMessage() throws {
        var files = Self.valid
        files["Content/data/2024.csv"] = "region,year,patents\nqz,2024,\"12,5\"\nxx,2023,1\n"
        let root = try Self.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["build", "--site", root.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/data/2024.csv:2:3: error: value \"12,5\" is not a number (indicator patents)\n"))
        #expect(result.stderr.contains("Content/data/2024.csv:3:1: error: unknown region \"xx\" (not in regions.csv)\n"))
        #expect(result.stderr.contains("2 errors, 0 warnings"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
        let check = try run(["check", "--site", root.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("Content/data/2024.csv:2:3: error:"))
    }

    @Test func wrongUsageExitsTwo() throws {
        let unknown = try run(["build", "--no-such-option"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--no-such-option"))
        let noSite = try run(["build", "--site", "/nonexistent-almanac-site"])
        #expect(noSite.status == 2)
        #expect(noSite.stderr.contains("no Content/ folder"))
        let help = try run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("build") && help.stdout.contains("check"))
    }

    @Test func checkWarnsAndStrictFails() throws {
        var files = Self.valid
        files["Content/data/2024.csv"] = "region,year,patents\nqz,2024,5590\n"
        files["Content/data/copy.csv"] = "region,year,patents\nqz,2024,5590\n"
        let root = try Self.site(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try run(["check", "--site", root.path])
        #expect(check.status == 0)
        #expect(check.stderr.contains("Content/data/copy.csv:2:3: warning: the same figure for patents, qz, 2024 is also on Content/data/2024.csv:2"))
        #expect(check.stdout.contains("0 errors, 1 warning"))
        #expect(try run(["check", "--strict", "--site", root.path]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
    }
}
