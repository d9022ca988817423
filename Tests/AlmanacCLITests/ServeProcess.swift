import Foundation
import Synchronization

/// `almanac serve` running as a user runs it, on a port the system picks: its address, what it
/// prints, and stopping it with a signal.
final class ServeProcess: Sendable {
    /// What the process has written to one of its outputs so far.
    final class Captured: Sendable {
        private let text = Mutex((text: "", ended: false))
        var value: String { text.withLock { $0.text } }
        /// The process closed this output and all of it has been read.
        var ended: Bool { text.withLock { $0.ended } }
        func append(_ data: Data) {
            text.withLock { captured in
                captured.text += String(decoding: data, as: UTF8.self)
                captured.ended = captured.ended || data.isEmpty
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let process: Process
    private let out = Captured()
    private let err = Captured()
    let port: Int

    init(site: URL, arguments: [String] = ["--port", "0"]) throws {
        process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["serve", "--site", site.path] + arguments
        for (pipe, captured) in [(Pipe(), out), (Pipe(), err)] {
            if captured === out { process.standardOutput = pipe } else { process.standardError = pipe }
            pipe.fileHandleForReading.readabilityHandler = { captured.append($0.availableData) }
        }
        try process.run()
        guard let line = Self.waitFor("Serving at ", in: out, while: process, seconds: 120),
            let number = line.split(separator: ":").last?.split(separator: "/").first.flatMap({ Int($0) })
        else {
            process.terminate()
            throw Failure(description: "no address from almanac serve: \(out.value) \(err.value)")
        }
        port = number
    }

    var stdout: String { out.value }
    var stderr: String { err.value }
    var http: RawHTTP { RawHTTP(port: port) }
    var lineCount: Int { stdout.split(separator: "\n").count }

    /// The first line of standard output after the first `skipped` that contains `text`, waiting
    /// up to `seconds` for it.
    func waitFor(_ text: String, after skipped: Int = 0, seconds: Double = 60) -> String? {
        Self.waitFor(text, in: out, after: skipped, while: process, seconds: seconds)
    }

    /// The first line of standard error that contains `text`, waiting up to `seconds` for it: the
    /// two outputs come through separate pipes, so a line on one may be read before an earlier
    /// line on the other.
    func waitForError(_ text: String, seconds: Double = 60) -> String? {
        Self.waitFor(text, in: err, while: process, seconds: seconds)
    }

    private static func waitFor(
        _ text: String, in captured: Captured, after skipped: Int = 0, while process: Process, seconds: Double
    ) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let line = captured.value.split(separator: "\n").dropFirst(skipped).first(where: { $0.contains(text) }) {
                return String(line)
            }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline && process.isRunning
        return captured.value.split(separator: "\n").dropFirst(skipped).first(where: { $0.contains(text) }).map(String.init)
    }

    /// Sends `signal` and waits for the process to end: its status and how long it took.
    func stop(_ signal: Int32 = SIGINT) -> (status: Int32, seconds: Double) {
        let start = Date()
        kill(process.processIdentifier, signal)
        while process.isRunning, Date().timeIntervalSince(start) < 30 { Thread.sleep(forTimeInterval: 0.005) }
        let seconds = Date().timeIntervalSince(start)
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        // Its last lines may still be in the pipes.
        while !(out.ended && err.ended), Date().timeIntervalSince(start) < 60 { Thread.sleep(forTimeInterval: 0.005) }
        return (process.terminationStatus, seconds)
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
