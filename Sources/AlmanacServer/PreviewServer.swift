import AlmanacSite
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// `almanac serve` as a library: builds the site in memory, serves it over HTTP/1.1 on a loopback
/// port, watches `Content/` and `Templates/`, rebuilds what a change affects and reloads every
/// open tab; a build with errors leaves the last good site served, with the errors over it.
/// Connections are kept to ``ConnectionLimits`` (timeouts and a cap). Nothing is written to
/// disk. It runs until SIGINT or SIGTERM (or until its task is cancelled) and then stops within
/// a second.
public struct PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var site: URL
        public var host = "127.0.0.1"
        /// The port asked for, which must be free; nil for 8000 or the next free port; 0 for one the system picks.
        public var port: Int?
        /// Include articles with `draft: true` (a preview usually wants them).
        public var drafts = false
        /// Stop gracefully on SIGINT (Ctrl-C) and SIGTERM.
        public var handlesSignals = true
        /// How long the files must rest before a rebuild starts: several quick saves make one rebuild.
        public var quietPeriod: Duration = .milliseconds(30)
        /// Timeouts and the cap on open connections.
        public var limits = ConnectionLimits()
        /// The first port tried when none is asked for (tests pick one they hold).
        var preferredPort = ListeningPort.preferred

        public init(site: URL) { self.site = site }
    }

    public enum Event: Sendable {
        /// Pages rendered so far in the first build, of all.
        case building(done: Int, total: Int)
        /// The first build, before the server listens.
        case built(BuildSession.Outcome, Duration)
        /// Serving at `url`; `insteadOf` is the preferred port when it was taken.
        case listening(URL, insteadOf: Int?)
        /// Files are watched by looking for changes a few times a second (inotify is not available).
        case watchingByPolling
        /// A rebuild after a change.
        case rebuilt(BuildSession.Outcome, Duration)
        case stopped
    }

    public let configuration: Configuration
    private let events: @Sendable (Event) -> Void

    public init(_ configuration: Configuration, events: @escaping @Sendable (Event) -> Void) {
        self.configuration = configuration
        self.events = events
    }

    /// Throws ``UsageError`` when the folder is not a site, ``ListeningPort/Unavailable`` when the port is taken.
    public func run() async throws {
        var options = SiteBuilder.Options(site: configuration.site)
        options.drafts = configuration.drafts
        _ = try BuildSession(options)
        let port = try ListeningPort.choose(host: configuration.host, requested: configuration.port, preferred: configuration.preferredPort)
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let address = URL(string: "http://\(host):\(port)/")!
        // Canonical links, the feed and the 404 page's links point at the preview, as `hugo server` does.
        options.baseURL = address.absoluteString

        let served = ServedSite()
        let reload = LiveReload()
        let changes = ChangeQueue()
        let debounce = Debounce(quiet: configuration.quietPeriod, longest: .milliseconds(500))
        let root = configuration.site.standardizedFileURL.resolvingSymlinksInPath()
        let (watcher, polling) = Watching.start(root, debounce: debounce) { changes.add($0) }
        defer { watcher.stop() }
        if polling { events(.watchingByPolling) }

        let rebuilder = Rebuilder(
            session: try BuildSession(options), served: served, reload: reload, changes: changes, events: events)
        await rebuilder.buildFirst()

        let silent = Logger(label: "almanac.serve") { _ in SwiftLogNoOpLogHandler() }
        let events = events
        let insteadOf = configuration.port == nil && port != configuration.preferredPort ? configuration.preferredPort : nil
        let app = Application(
            responder: SiteResponder(served: served, reload: reload),
            server: GuardedHTTP1Channel.builder(configuration.limits),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: port), serverName: nil),
            onServerRunning: { _ in events(.listening(address, insteadOf: insteadOf)) },
            logger: silent)
        // Shut down in reverse order: the rebuilder first, which ends the live-reload streams, so
        // that the server is not left waiting for tabs that never hang up.
        var group = ServiceGroupConfiguration(
            services: [.init(service: app), .init(service: rebuilder)],
            gracefulShutdownSignals: configuration.handlesSignals ? [.sigterm, .sigint] : [], logger: silent)
        group.maximumGracefulShutdownDuration = .milliseconds(600)
        // Past this, ServiceLifecycle ends the process with a fatal error: a last resort against a
        // task that ignores cancellation, not a deadline, since on a loaded machine the tasks
        // still answering requests can take a while to be scheduled and see it (a test run beside
        // a national build's writing passed a tight limit, and the fatal error took it down).
        group.maximumCancellationDuration = .seconds(60)
        try await ServiceGroup(configuration: group).run()
        events(.stopped)
    }
}
