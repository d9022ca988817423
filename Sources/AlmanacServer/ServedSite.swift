import AlmanacSite
import Foundation
import Synchronization

/// What the server shows, swapped whole after each build: the last good site, the errors of the
/// latest build (shown over it), and a version that changes with every build. Versions start
/// with a random id of this server run, so a tab left open across a restart reloads too.
final class ServedSite: Sendable {
    struct State: Sendable {
        var site: SiteSnapshot?
        var errors: [Diagnostic] = []
        var version: String
    }

    private let run = UUID().uuidString.prefix(8).lowercased()
    private let state: Mutex<(shown: State, builds: Int)>

    init() {
        state = Mutex((State(version: "\(run)-0"), 0))
    }

    var current: State { state.withLock { $0.shown } }

    /// Shows the outcome of a build; returns the new version.
    @discardableResult
    func publish(_ site: SiteSnapshot?, errors: [Diagnostic]) -> String {
        state.withLock { state in
            state.builds += 1
            state.shown = State(site: site, errors: errors, version: "\(run)-\(state.builds)")
            return state.shown.version
        }
    }
}
