import AlmanacData
import AlmanacMarkdown

/// One message about the site's content, printed the way compilers do so that editors and CI
/// logs can jump to it: `Content/data/2024.csv:17:3: error: value "12,5" is not a number`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    /// Relative to the site folder.
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ severity: Severity, file: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public static func error(_ file: String, line: Int = 1, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, message)
    }

    public static func warning(_ file: String, line: Int = 1, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, message)
    }

    init(_ issue: DataIssue) {
        self.init(
            issue.severity == .error ? .error : .warning, file: issue.location.file, line: issue.location.line,
            column: issue.location.column, issue.message)
    }

    init(_ issue: MarkdownIssue, file: String) {
        self.init(.error, file: file, line: issue.line, column: issue.column, issue.message)
    }

    /// The compiler-style line, safe to print: content in it is passed through `ShownText` — the
    /// file's name as one line, the message with any further lines indented.
    public var description: String {
        ShownText.safe(file) + ":\(line):\(column): \(severity.rawValue): " + ShownText.safe(message, lines: true)
    }

    /// How many diagnostics of one file are shown; a header of a million bad columns is one screen
    /// of them and a line saying how many more, not a million lines.
    public static let shownPerFile = 50

    /// `diagnostics` with at most `perFile` of each file, in their order, each file's last shown one
    /// followed by a line counting the rest (their worst severity, so that it reads as an error
    /// when errors were left out).
    public static func shown(_ diagnostics: [Diagnostic], perFile: Int = shownPerFile) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var hidden: [String: (errors: Int, warnings: Int)] = [:]
        var out: [Diagnostic] = []
        var lastShown: [String: Int] = [:]
        for diagnostic in diagnostics {
            let count = counts[diagnostic.file, default: 0] + 1
            counts[diagnostic.file] = count
            if count <= perFile {
                lastShown[diagnostic.file] = out.count
                out.append(diagnostic)
            } else if diagnostic.severity == .error {
                hidden[diagnostic.file, default: (0, 0)].errors += 1
            } else {
                hidden[diagnostic.file, default: (0, 0)].warnings += 1
            }
        }
        let summaries = hidden.compactMap { file, more -> (Int, Diagnostic)? in
            guard let last = lastShown[file] else { return nil }
            var parts: [String] = []
            if more.errors > 0 { parts.append(ShownText.grouped(more.errors) + (more.errors == 1 ? " more error" : " more errors")) }
            if more.warnings > 0 { parts.append(ShownText.grouped(more.warnings) + (more.warnings == 1 ? " more warning" : " more warnings")) }
            let shown = out[last]
            let line = Diagnostic(
                more.errors > 0 ? .error : .warning, file: file, line: shown.line, column: shown.column,
                "and \(parts.joined(separator: " and ")) in this file, not shown")
            return (last, line)
        }
        for (last, line) in summaries.sorted(by: { $0.0 > $1.0 }) { out.insert(line, at: last + 1) }
        return out
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

/// The content has errors: nothing was written. Carries every diagnostic found, warnings included.
public struct ContentErrors: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Almanac was asked to do something it refuses (an unsafe output folder, a missing site):
/// wrong usage rather than wrong content.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
