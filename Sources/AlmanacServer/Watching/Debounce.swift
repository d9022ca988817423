/// Collects changed paths until the writing stops, so that an editor's several writes, a
/// "save all" or a `git checkout` make one rebuild: a batch is due `quiet` after the latest
/// change, or `longest` after the first when changes never pause (a long copy).
struct Debounce: Sendable {
    var quiet: Duration
    var longest: Duration
    private var paths: Set<String> = []
    private var first: ContinuousClock.Instant?
    private var last: ContinuousClock.Instant?

    init(quiet: Duration, longest: Duration) {
        self.quiet = quiet
        self.longest = longest
    }

    mutating func add(_ changed: some Sequence<String>, at now: ContinuousClock.Instant) {
        var any = false
        for path in changed {
            paths.insert(path)
            any = true
        }
        guard any else { return }
        first = first ?? now
        last = now
    }

    /// When the pending batch is due; nil when nothing is pending.
    var due: ContinuousClock.Instant? {
        guard let first, let last, !paths.isEmpty else { return nil }
        return min(last + quiet, first + longest)
    }

    /// The pending batch when it is due at `now`.
    mutating func take(at now: ContinuousClock.Instant) -> Set<String>? {
        guard let due, now >= due else { return nil }
        defer {
            paths = []
            first = nil
            last = nil
        }
        return paths
    }
}
