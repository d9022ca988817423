import AlmanacSite
import Dispatch
import ServiceLifecycle
import Synchronization

/// The build side of the preview: the first build, then one rebuild per batch of changes, each
/// shown to the server and announced to every open tab. Builds run on a thread of their own,
/// not on the threads that answer requests.
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
        let outcome = await build { $0.build { done, total in events(.building(done: done, total: total)) } }
        publish(outcome)
        events(.built(outcome, .now - start))
    }

    func run() async {
        await withGracefulShutdownHandler {
            for await _ in changes.signals {
                let paths = changes.take()
                guard !paths.isEmpty else { continue }
                let start = ContinuousClock.now
                let outcome = await build { $0.update(paths) }
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

    private func build(_ work: @escaping @Sendable (inout BuildSession) -> BuildSession.Outcome) async -> BuildSession.Outcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: self.session.withLock { work(&$0) })
            }
        }
    }
}
