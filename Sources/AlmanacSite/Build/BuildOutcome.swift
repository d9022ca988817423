/// What one build or update of a ``BuildSession`` did: what changed, what it rendered and kept,
/// the output's paths and every diagnostic.
extension BuildSession {
    public struct Outcome: Sendable {
        /// The changed paths that mattered, sorted (empty for a full build).
        public var changes: [String]
        /// Whether everything was loaded and rendered.
        public var full: Bool
        /// Output paths of the pages, in the order rendered (with those taken unchanged from
        /// the last output).
        public var rendered: [String]
        /// How many pages were taken from the last output instead of rendered.
        public var kept = 0
        /// Output paths that are no longer in the site.
        public var removed: [String]
        /// Every generated output path (static files aside), sorted.
        public var paths: [String]
        /// Every current error and warning of the site, sorted.
        public var diagnostics: [Diagnostic]
        /// HTML pages and all files in the site, and data rows read.
        public var pages: Int
        public var files: Int
        public var rows: Int

        public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
        /// Nothing the build reads changed.
        public var isEmpty: Bool { !full && changes.isEmpty }
    }
}
