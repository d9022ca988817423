import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `almanac build` killed in the middle of writing — SIGKILL, or Ctrl-C's SIGINT — never costs the
/// last good output, and what it leaves behind does not trouble the next build.
@Suite struct InterruptedBuildTests {
    /// All files under `folder` with their bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let prefix = folder.path + "/"
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: prefix + relative))
            }
        }
        return result
    }

    func leftovers(_ site: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Output.almanac-") }.sorted()
    }

    /// Starts a build, waits until it is writing its pages into the folder next to the output,
    /// and sends `signal`. Returns the build's process id when the signal ended it while writing.
    func interrupt(_ site: URL, with signal: Int32) throws -> Int32? {
        // A child of the test runner inherits its blocked signals; through this wrapper the build
        // gets SIGINT and SIGTERM as a shell gives them, so Ctrl-C acts as it does for a user.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import os, signal, sys\n"
                + "for s in (signal.SIGINT, signal.SIGTERM): signal.signal(s, signal.SIG_DFL)\n"
                + "signal.pthread_sigmask(signal.SIG_SETMASK, [])\n"
                + "os.execv(sys.argv[1], sys.argv[1:])",
            CommandLineTests.executable.path, "build", "--site", site.path, "--quiet",
        ]
        try process.run()
        var writing = false
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let staging = try leftovers(site).first { $0.contains("-new-\(process.processIdentifier)-") }
            if let staging, FileManager.default.fileExists(atPath: site.appendingPathComponent("\(staging)/pages").path) {
                writing = true
                break
            }
            usleep(2000)
        }
        if writing { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        let killed = writing && process.terminationReason == .uncaughtSignal && process.terminationStatus == signal
        return killed ? process.processIdentifier : nil
    }

    @Test func aKilledBuildLeavesTheLastOutputWhole() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-killed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generate.arguments = [
            "python3", CommandLineTests.repository.appendingPathComponent("Scripts/generate-site.py").path,
            "--out", site.path, "--pages", "1500",
        ]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        try #require(generate.terminationStatus == 0, "Scripts/generate-site.py failed")

        let first = try CommandLineTests().run(["build", "--site", site.path, "--quiet"])
        try #require(first.status == 0, "\(first.stderr)")
        let output = site.appendingPathComponent("Output")
        let before = try snapshot(output)
        #expect(before.count > 1500)

        for signal in [SIGKILL, SIGINT] {
            let pid = try interrupt(site, with: signal)
            #expect(pid != nil, "the build of 1500 pages ended before signal \(signal) reached it")
            #expect(try snapshot(output) == before, "signal \(signal) cost the last output")
            if let pid {
                #expect(try leftovers(site).contains { $0.contains("-new-\(pid)-") }, "the build was not interrupted while writing")
            }
        }

        let next = try CommandLineTests().run(["build", "--site", site.path, "--quiet"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try snapshot(output) == before)  // same input, same bytes
        // The half-written folders are removed in the background; the replaced output is kept
        // as the spare that the next build writes into.
        let deadline = Date().addingTimeInterval(20)
        while try leftovers(site) != [".Output.almanac-spare"], Date() < deadline { usleep(20_000) }
        #expect(try leftovers(site) == [".Output.almanac-spare"])
    }
}
