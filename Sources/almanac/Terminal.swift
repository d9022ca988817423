import AlmanacSite
import Foundation

/// The command line's side of output: diagnostics and messages on standard error, a progress
/// counter only when standard error is a terminal, plural-aware counts.
enum Terminal {
    /// Every line written goes through `ShownText`, so that no content reaches the terminal raw; a
    /// message of several lines goes on over indented ones (a diagnostic's are indented already).
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((ShownText.safe(text, lines: true) + "\n").utf8))
    }

    /// Argument parsing's own usage text, which has lines of its own: each line through the
    /// sanitiser (it may quote an argument).
    static func usage(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { ShownText.safe(String($0)) }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func error(_ message: String) { standardError("almanac: error: \(message)") }

    /// A line on standard output, written at once (a server's lines must not wait in a buffer).
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((ShownText.safe(text, lines: true) + "\n").utf8))
    }

    /// A duration as seconds with two decimals, for summary lines.
    static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f", duration / .seconds(1))
    }

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in Diagnostic.shown(diagnostics) { standardError(diagnostic.description) }
    }

    static func exit(_ code: Int32) -> Never { Foundation.exit(code) }

    static func count(_ n: Int, _ noun: String) -> String { "\(ShownText.grouped(n)) \(noun)\(n == 1 ? "" : "s")" }

    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// A path as the user would type it: relative to the current folder when inside it.
    static func display(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(current) ? String(url.path.dropFirst(current.count)) : url.path
    }

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A `[12/57] pages` counter rewritten in place, or nil when standard error is not a terminal.
    static func progress(label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard isTerminal else { return nil }
        return { done, total in
            if done == total || done % 25 == 0 {
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(label)".utf8))
            }
        }
    }

    static func clearProgress(if shown: Bool) {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
