import Synchronization

/// Batches of changed paths on their way from a watcher to the rebuild loop. Batches that arrive
/// while a rebuild runs are merged, so the loop never falls behind by more than one rebuild.
final class ChangeQueue: Sendable {
    private let pending = Mutex<Set<String>>([])
    /// One element whenever there is something to take (several additions may share one).
    let signals: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (signals, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func add(_ paths: Set<String>) {
        pending.withLock { $0.formUnion(paths) }
        continuation.yield()
    }

    /// Everything added since the last take.
    func take() -> Set<String> {
        pending.withLock { paths in
            defer { paths = [] }
            return paths
        }
    }

    func finish() { continuation.finish() }
}
