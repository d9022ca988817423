import Hummingbird
import Synchronization

/// Tells every open tab the site's version over Server-Sent Events: once when the tab connects,
/// then after every build. Closing it ends every stream, so that the server can stop at once
/// instead of waiting for tabs that never hang up.
final class LiveReload: Sendable {
    static let eventsPath = "/__almanac/events"

    private struct State {
        var next = 0
        var streams: [Int: AsyncStream<String>.Continuation] = [:]
        var closed = false
    }

    private let state = Mutex(State())

    /// Sends `version` to every open tab.
    func send(_ version: String) {
        let streams = state.withLock { Array($0.streams.values) }
        for stream in streams { stream.yield(version) }
    }

    func close() {
        let streams = state.withLock { state in
            state.closed = true
            defer { state.streams = [:] }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
    }

    static let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]

    /// The event stream of one tab, starting with the current version.
    func response(current version: String) -> Response {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        continuation.yield(version)
        let id: Int? = state.withLock { state in
            guard !state.closed else { return nil }
            state.next += 1
            state.streams[state.next] = continuation
            return state.next
        }
        if let id {
            continuation.onTermination = { [weak self] _ in self?.state.withLock { _ = $0.streams.removeValue(forKey: id) } }
        } else {
            continuation.finish()
        }
        return Response(status: .ok, headers: Self.headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            for await version in stream {
                try await writer.write(ByteBuffer(string: "event: version\ndata: \(version)\n\n"))
            }
            try await writer.finish(nil)
        })
    }
}
