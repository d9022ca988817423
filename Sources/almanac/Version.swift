import AlmanacMarkdown

/// What `almanac --version` prints: Almanac's release and the system libcmark it was linked with,
/// since a bug report about Markdown needs both.
enum Version {
    /// Almanac's release, raised with each one (semantic versioning: the SPEC's contract is the API).
    static let number = "0.4.0"

    static var text: String { "almanac \(number) (libcmark \(Markdown.libcmarkVersion))" }
}
