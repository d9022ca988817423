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

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

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
