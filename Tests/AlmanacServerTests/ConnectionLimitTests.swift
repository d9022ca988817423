import AlmanacServer
import Foundation
import Synchronization
import Testing

/// The preview server against clients that hold connections: heads and bodies dribbled a byte
/// at a time, connections that say nothing, more connections than the cap, and a load of many
/// at once. Timeouts are short here so that the tests are quick; each waits for a state (closed,
/// served) with a deadline far beyond the timeout, never for a moment. One at a time: the load
/// test would starve the others of the two cores.
@Suite(.serialized) struct ConnectionLimitTests {
    /// A preview server of ``PreviewServerTests/site()`` on a port the system picks, while `body` runs.
    func serving(
        _ limits: ConnectionLimits, _ body: @escaping @Sendable (_ port: Int, _ site: URL, _ check: Checks) throws -> Void
    ) async throws {
        let root = try PreviewServerTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        var configuration = PreviewServer.Configuration(site: root)
        configuration.port = 0
        configuration.handlesSignals = false
        configuration.limits = limits
        let events = PreviewServerTests.Events()
        let server = Task { try await PreviewServer(configuration) { events.add($0) }.run() }
        let listening = try await events.wait(seconds: 120) { events.address != nil }
        if listening, let port = events.address?.port {
            // Blocking sockets run on a thread of their own, not on the tasks the server answers on.
            let check = Checks()
            let result: Result<Void, any Error> = await withCheckedContinuation { done in
                Thread.detachNewThread { done.resume(returning: Result { try body(port, root, check) }) }
            }
            server.cancel()
            _ = await server.result
            check.report()
            try result.get()
        } else {
            server.cancel()
            Issue.record("the server did not start: \(events.all)")
        }
    }

    static func limits(header: Duration = .seconds(1), idle: Duration = .seconds(1), connections: Int = 512) -> ConnectionLimits {
        var limits = ConnectionLimits()
        limits.headerTimeout = header
        limits.idleTimeout = idle
        limits.maximumConnections = connections
        return limits
    }

    @Test func connectionsThatDribbleOrSayNothingAreClosed() async throws {
        try await serving(Self.limits()) { port, _, check in
            let request = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: \(String(repeating: "a", count: 400))\r\n\r\n".utf8)
            let dribbling = try (0..<25).map { _ in try LoopbackSocket(port: port) }
            let silent = try (0..<25).map { _ in try LoopbackSocket(port: port) }
            var open = Set(0..<50)
            var sent = 0
            let deadline = Date().addingTimeInterval(60)
            while !open.isEmpty, Date() < deadline {
                for index in open where index < 25 { dribbling[index].send(request[sent...sent]) }
                sent = min(sent + 1, request.count - 5)  // never the blank line that ends the head
                Thread.sleep(forTimeInterval: 0.25)
                open = open.filter { !($0 < 25 ? dribbling[$0] : silent[$0 - 25]).isClosed(waiting: 0) }
            }
            check(open.isEmpty, "still open after 60 s: \(open.sorted())")
            try check(LoopbackSocket(port: port).get("/").status == 200)
        }
    }

    @Test func aBodyDribbledAfterItsHeadIsClosedToo() async throws {
        try await serving(Self.limits()) { port, _, check in
            let socket = try LoopbackSocket(port: port)
            socket.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n")
            let deadline = Date().addingTimeInterval(60)
            var closed = false
            while !closed, Date() < deadline {
                socket.send("a")
                closed = socket.isClosed(waiting: 250)
            }
            check(closed)
        }
    }

    @Test func keptAliveConnectionsServeUntilIdleAndLiveReloadOutlivesTheTimeouts() async throws {
        try await serving(Self.limits()) { port, site, check in
            let tab = try LoopbackSocket(port: port)
            check(tab.send("GET /__almanac/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
            let first = try Self.versions(on: tab)
            check(first.count == 1)

            let kept = try LoopbackSocket(port: port)
            for path in ["/", "/pages/a/", "/"] {
                let page = try kept.get(path)
                check(page.status == 200, "\(path)")
                check(page.headers["content-length"] == String(page.body.count))
            }
            check(kept.waitUntilClosed(seconds: 60))

            // The tab has been open for longer than both timeouts, and still hears of the next build.
            try Data("---\ntitle: 甲\n---\n第二版。\n".utf8).write(to: site.appendingPathComponent("Content/pages/a.md"))
            let next = try Self.versions(on: tab)
            check(next.count == 1 && next != first)
        }
    }

    /// The versions a live-reload stream sends next, read until there is at least one.
    static func versions(on tab: LoopbackSocket) throws -> [String] {
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let versions = text.components(separatedBy: "event: version\ndata: ").dropFirst().map { $0.prefix { $0 != "\n" } }
            if !versions.isEmpty { return versions.map(String.init) }
            guard !tab.isClosed(waiting: 100) else { throw LoopbackSocket.Failure(description: "the stream was closed: \(text)") }
            text += String(decoding: tab.takeReceived(), as: UTF8.self)
        }
        throw LoopbackSocket.Failure(description: "no version in 60 s: \(text)")
    }

    @Test func connectionsOverTheCapAreRefusedUntilOneCloses() async throws {
        try await serving(Self.limits(header: .seconds(120), idle: .seconds(120), connections: 8)) { port, _, check in
            var held = try (0..<8).map { _ in try LoopbackSocket(port: port) }
            for socket in held { try check(socket.get("/").status == 200) }

            let refused = try LoopbackSocket(port: port)
            let answer = try refused.readResponse()
            check(answer.status == 503 && answer.headers["connection"] == "close")
            check(refused.waitUntilClosed(seconds: 60))
            for socket in held { try check(socket.get("/pages/a/").status == 200) }

            held.removeLast()
            let deadline = Date().addingTimeInterval(60)
            var served = false
            while !served, Date() < deadline {
                let socket = try LoopbackSocket(port: port)
                served = try socket.get("/").status == 200
                if !served { Thread.sleep(forTimeInterval: 0.05) }
            }
            check(served)
        }
    }

    @Test func fiveThousandRequestsOnTwoHundredConnections() async throws {
        try await serving(ConnectionLimits()) { port, _, check in
            let tally = Tally()
            let group = DispatchGroup()
            for client in 0..<200 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    do {
                        let socket = try LoopbackSocket(port: port)
                        for request in 0..<25 {
                            let path = (client + request).isMultiple(of: 2) ? "/" : "/pages/a/"
                            let page = try socket.get(path)
                            guard page.status == 200, !page.body.isEmpty else { throw LoopbackSocket.Failure(description: "\(path): \(page.status)") }
                            tally.served.withLock { $0 += 1 }
                        }
                    } catch {
                        tally.failures.withLock { $0.append("\(client): \(error)") }
                    }
                }
            }
            group.wait()
            let failures = tally.failures.withLock { $0 }
            check(failures.isEmpty, "\(failures.count) clients failed: \(failures.prefix(5))")
            check(tally.served.withLock { $0 } == 5000)
        }
    }

    final class Tally: Sendable {
        let served = Mutex(0)
        let failures = Mutex<[String]>([])
    }

    /// Expectations checked on a thread of the test's own, where `#expect` cannot tell which test
    /// it belongs to: kept, and reported as the test's issues once the thread is done.
    final class Checks: Sendable {
        private let failed = Mutex<[(String, SourceLocation)]>([])

        func callAsFunction(
            _ condition: @autoclosure () throws -> Bool, _ comment: @autoclosure () -> String = "",
            sourceLocation: SourceLocation = #_sourceLocation
        ) rethrows {
            if try !condition() { failed.withLock { $0.append((comment(), sourceLocation)) } }
        }

        func report() {
            for (comment, location) in failed.withLock({ $0 }) {
                Issue.record(Comment(rawValue: "Expectation failed" + (comment.isEmpty ? "" : ": " + comment)), sourceLocation: location)
            }
        }
    }
}
