import Foundation

/// Watches a site's `Content/` and `Templates/` (and the site folder, for those two appearing)
/// and hands over batches of changed paths, relative to the site folder. On Linux it is told by
/// inotify at once; elsewhere, or when inotify is not available (no watches left, some network
/// file systems), it looks for changes a few times a second.
protocol FileWatcher: Sendable {
    func stop()
}

enum Watching {
    static let folders = ["Content", "Templates"]

    /// Starts watching `root`; `polling` says whether it fell back to looking for changes.
    static func start(
        _ root: URL, debounce: Debounce, onBatch: @escaping @Sendable (Set<String>) -> Void
    ) -> (watcher: any FileWatcher, polling: Bool) {
        #if os(Linux)
        if let watcher = InotifyWatcher(root, debounce: debounce, onBatch: onBatch) { return (watcher, false) }
        #endif
        return (PollingWatcher(root, debounce: debounce, interval: .milliseconds(250), onBatch: onBatch), true)
    }

    /// Milliseconds from now until `instant` (at least 0, rounded up), for `poll(2)`.
    static func milliseconds(until instant: ContinuousClock.Instant?) -> Int32 {
        guard let instant else { return -1 }
        let left = instant - .now
        return left > .zero ? Int32((left / .milliseconds(1)).rounded(.up)) : 0
    }
}
