import AlmanacServer
import AlmanacSite
import ArgumentParser
import Foundation
import Synchronization

/// `almanac serve`: a live preview of the site — built in memory, served on a loopback port,
/// rebuilt and reloaded in the browser on every save — with one terminal line per rebuild.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Preview the site: serve it, rebuild on every change, reload the browser.")

    @OptionGroup var siteOption: SiteOption

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "HOST"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port (default: 8000, or the next free one; 0 lets the system choose).", valueName: "PORT"))
    var port: Int?

    @Flag(name: .long, help: "Include articles marked draft: true.")
    var drafts = false

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var configuration = PreviewServer.Configuration(site: Terminal.url(siteOption.site))
        configuration.host = host
        configuration.port = port
        configuration.drafts = drafts
        let log = ServeLog(progress: Terminal.progress(label: "pages"))
        try await PreviewServer(configuration) { log.show($0) }.run()
    }
}

/// The terminal side of `almanac serve`: the first build's summary, the address, one line per
/// rebuild; errors in full whenever a build has them, warnings when they are new.
final class ServeLog: Sendable {
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let shownWarnings = Mutex<Set<Diagnostic>>([])

    init(progress: (@Sendable (Int, Int) -> Void)?) { self.progress = progress }

    func show(_ event: PreviewServer.Event) {
        switch event {
        case .building(let done, let total):
            progress?(done, total)
        case .built(let outcome, let time):
            Terminal.clearProgress(if: progress != nil)
            diagnostics(outcome)
            if outcome.succeeded {
                Terminal.say(
                    "Built \(Terminal.count(outcome.pages, "page")) (\(Terminal.count(outcome.files, "file"))) from "
                        + "\(Terminal.count(outcome.rows, "row")) in \(Terminal.seconds(time)) s")
            } else {
                Terminal.error("the site has \(problems(outcome)); the browser shows them until they are fixed")
            }
        case .listening(let url, let preferred):
            if let preferred { Terminal.say("Port \(preferred) is in use; serving on \(url.port ?? 0) instead.") }
            Terminal.say("Serving at \(url.absoluteString) — watching Content/ and Templates/; press Ctrl-C to stop")
        case .watchingByPolling:
            Terminal.say("Watching for changes by looking every 250 ms (inotify is not available here).")
        case .rebuilt(let outcome, let time):
            diagnostics(outcome)
            let what = outcome.changes.count == 1
                ? outcome.changes[0] : "\(outcome.changes.count) changes (\(outcome.changes.prefix(3).joined(separator: ", "))\(outcome.changes.count > 3 ? ", …" : ""))"
            let took = "in \(Int((time / .milliseconds(1)).rounded())) ms"
            let result: String
            if !outcome.succeeded {
                result = "\(problems(outcome)) \(took); still serving the last good site"
            } else if outcome.full {
                result = "all \(Terminal.count(outcome.pages, "page")) \(took)"
            } else {
                result = Terminal.count(outcome.rendered.count, "page") + (outcome.removed.isEmpty ? "" : ", \(outcome.removed.count) removed")
                    + " \(took)"
            }
            Terminal.say("\(Self.clock()) \(what) → \(result)")
        case .stopped:
            Terminal.say("Stopped.")
        }
    }

    private func problems(_ outcome: BuildSession.Outcome) -> String {
        Terminal.count(outcome.diagnostics.filter { $0.severity == .error }.count, "error")
    }

    private func diagnostics(_ outcome: BuildSession.Outcome) {
        let warnings = Set(outcome.diagnostics.filter { $0.severity == .warning })
        let fresh = shownWarnings.withLock { shown in
            defer { shown = warnings }
            return warnings.subtracting(shown)
        }
        Terminal.printDiagnostics(outcome.diagnostics.filter { $0.severity == .error || fresh.contains($0) })
    }

    private static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
