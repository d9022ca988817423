import AlmanacSite
import Dispatch
import ServiceLifecycle
import Synchronization

/// The build side of the preview: the first build, then one rebuild per batch of changes, each
/// shown to the server and announced to every open tab. Builds run on a thread of their own,
/// not on the threads that answer requests, and a shutdown does not wait for one to finish:
/// nothing is written, so there is nothing to finish.
final class Rebuilder: Service {
    private let session: Mutex<BuildSession>
    let served: ServedSite
    let reload: LiveReload
    let changes: ChangeQueue
    let events: @Sendable (PreviewServer.Event) -> Void

    init(
        session: BuildSession, served: ServedSite, reload: LiveReload, changes: ChangeQueue,
        events: @escaping @Sendable (PreviewServer.Event) -> Void
    ) {
        self.session = Mutex(session)
        self.served = served
        self.reload = reload
        self.changes = changes
        self.events = events
    }

    func buildFirst() async {
        let start = ContinuousClock.now
        let events = events
        guard let outcome = await build({ $0.build { done, total in events(.building(done: done, total: total)) } }) else { return }
        publish(outcome)
        events(.built(outcome, .now - start))
    }

    func run() async {
        await withGracefulShutdownHandler {
            for await _ in changes.signals {
                let paths = changes.take()
                guard !paths.isEmpty else { continue }
                let start = ContinuousClock.now
                guard let outcome = await build({ $0.update(paths) }) else { break }
                guard !outcome.isEmpty else { continue }
                publish(outcome)
                events(.rebuilt(outcome, .now - start))
            }
        } onGracefulShutdown: {
            self.changes.finish()
            self.reload.close()
        }
    }

    private func publish(_ outcome: BuildSession.Outcome) {
        let site = session.withLock { $0.lastGood }
        let version = served.publish(site, errors: outcome.diagnostics.filter { $0.severity == .error })
        reload.send(version)
    }

    /// The outcome of `work` on the session, or nil when the service is told to stop first.
    private func build(_ work: @escaping @Sendable (inout BuildSession) -> BuildSession.Outcome) async -> BuildSession.Outcome? {
        let result = Result()
        return await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    result.wait(continuation)
                    DispatchQueue.global(qos: .userInitiated).async {
                        result.resume(self.session.withLock { work(&$0) })
                    }
                }
            } onCancel: {
                result.resume(nil)
            }
        } onGracefulShutdown: {
            result.resume(nil)
        }
    }

    /// Resumes the one waiting for a build exactly once: with the outcome, or with nil when told
    /// to stop before it came.
    private final class Result: Sendable {
        private let state = Mutex<(waiting: CheckedContinuation<BuildSession.Outcome?, Never>?, abandoned: Bool)>((nil, false))

        func wait(_ continuation: CheckedContinuation<BuildSession.Outcome?, Never>) {
            let abandoned = state.withLock { state in
                if !state.abandoned { state.waiting = continuation }
                return state.abandoned
            }
            if abandoned { continuation.resume(returning: nil) }
        }

        func resume(_ outcome: BuildSession.Outcome?) {
            let waiting = state.withLock { state in
                defer { state = (nil, true) }
                return state.waiting
            }
            waiting?.resume(returning: outcome)
        }
    }
}
