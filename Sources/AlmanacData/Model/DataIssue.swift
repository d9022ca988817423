/// A problem found in the site's data: an error stops the build, a warning is reported by `check`.
public struct DataIssue: Error, Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> DataIssue {
        DataIssue(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> DataIssue {
        DataIssue(.warning, location, message)
    }
}
