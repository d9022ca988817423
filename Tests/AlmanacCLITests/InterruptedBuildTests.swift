import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `almanac build` killed in the middle of writing — SIGKILL, or Ctrl-C's SIGINT — never costs the
/// last good output, and what it leaves behind does not trouble the next build: that build takes
/// it as its spare rather than writing every file anew while deleting it.
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

    /// The inode of each file under `folder` but the marker and the spare's records (which every
    /// build writes anew): the same number means the file was left alone, not written again.
    func inodes(_ folder: URL) throws -> [String: Int] {
        var result: [String: Int] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/" + relative)
            if attributes[.type] as? FileAttributeType == .typeRegular, relative != ".almanac-output", relative != ".almanac-records" {
                result[relative] = (attributes[.systemFileNumber] as? NSNumber)?.intValue
            }
        }
        return result
    }

    /// A generated site of `pages` articles in a folder of its own.
    func generatedSite(pages: Int) throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-killed-\(UUID().uuidString)")
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generate.arguments = [
            "python3", CommandLineTests.repository.appendingPathComponent("Scripts/generate-site.py").path,
            "--out", site.path, "--pages", "\(pages)",
        ]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        try #require(generate.terminationStatus == 0, "Scripts/generate-site.py failed")
        return site
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
        let site = try generatedSite(pages: 1500)
        defer { try? FileManager.default.removeItem(at: site) }

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
        // The folder half written by the first killed build was taken by the second and then by
        // this one, which completed it: nothing is left to remove, and the replaced output is
        // kept as the spare that the next build writes into.
        #expect(try leftovers(site) == [".Output.almanac-spare"])
    }

    /// The build after a kill costs no more than a rebuild: it takes the folder the killed build
    /// was writing — here the spare that build had taken — as its own spare, so it writes no
    /// file that already holds its bytes and has nothing to delete. (Before, it wrote all 1,500
    /// pages into a fresh folder while the killed build's folder was deleted next to it: a cold
    /// build and a removal at once.)
    @Test func theBuildAfterAKillRewritesNothing() throws {
        let site = try generatedSite(pages: 1500)
        defer { try? FileManager.default.removeItem(at: site) }
        for _ in 0..<2 {
            let build = try CommandLineTests().run(["build", "--site", site.path, "--quiet"])
            try #require(build.status == 0, "\(build.stderr)")
        }
        let output = site.appendingPathComponent("Output")
        let spare = site.appendingPathComponent(".Output.almanac-spare")
        let before = try snapshot(output)
        let spareFiles = try inodes(spare)
        #expect(spareFiles.count > 1500)

        for signal in [SIGKILL, SIGINT] {
            #expect(try interrupt(site, with: signal) != nil, "the build of 1500 pages ended before signal \(signal) reached it")
        }
        #expect(try leftovers(site).count == 1 && !FileManager.default.fileExists(atPath: spare.path))

        let next = try CommandLineTests().run(["build", "--site", site.path, "--quiet"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try snapshot(output) == before)
        // Every file of the new output is the spare's file, left alone: none written anew.
        let kept = try inodes(output) == spareFiles  // not #expect(a == b): a failure would print 3,000 numbers
        #expect(kept, "the build after the kill wrote its files anew instead of taking the killed build's folder")
        #expect(try leftovers(site) == [".Output.almanac-spare"], "the killed build's folder is being removed")
    }
}
