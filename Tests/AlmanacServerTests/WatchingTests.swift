import Foundation
import Synchronization
import Testing

@testable import AlmanacServer

/// Seeing changes: the debounce that turns a burst of saves into one batch, and the watchers
/// (inotify on Linux, and the polling fallback) on a real folder.
@Suite struct WatchingTests {
    @Test func aBurstOfSavesIsOneBatch() {
        let start = ContinuousClock.now
        var debounce = Debounce(quiet: .milliseconds(30), longest: .milliseconds(500))
        #expect(debounce.due == nil && debounce.take(at: start) == nil)
        debounce.add(["Content/a.md"], at: start)
        debounce.add(["Content/a.md", "Content/b.md"], at: start + .milliseconds(20))
        #expect(debounce.due == start + .milliseconds(50))
        #expect(debounce.take(at: start + .milliseconds(49)) == nil)
        #expect(debounce.take(at: start + .milliseconds(50)) == ["Content/a.md", "Content/b.md"])
        #expect(debounce.due == nil)
        debounce.add([], at: start + .milliseconds(60))
        #expect(debounce.due == nil)
    }

    @Test func changesThatNeverPauseStillGetABatch() {
        let start = ContinuousClock.now
        var debounce = Debounce(quiet: .milliseconds(30), longest: .milliseconds(100))
        for step in 0..<10 { debounce.add(["Content/\(step).csv"], at: start + .milliseconds(step * 20)) }
        #expect(debounce.due == start + .milliseconds(100))
        #expect(debounce.take(at: start + .milliseconds(100))?.count == 10)
    }

    @Test func batchesWaitingForTheLoopAreMerged() async {
        let queue = ChangeQueue()
        queue.add(["Content/a.md"])
        queue.add(["Content/b.md"])
        var signals = queue.signals.makeAsyncIterator()
        #expect(await signals.next() != nil)
        #expect(queue.take() == ["Content/a.md", "Content/b.md"])
        #expect(queue.take().isEmpty)
        queue.finish()
        #expect(await signals.next() == nil)
    }

    /// A site folder with `Content/pages/`, and the batches a watcher hands over for it.
    final class Watched: Sendable {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-watch-\(UUID().uuidString)")
        private let batches = Mutex<[Set<String>]>([])

        init() throws {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/pages"), withIntermediateDirectories: true)
            try Data("---\ntitle: a\n---\n".utf8).write(to: root.appendingPathComponent("Content/pages/a.md"))
        }

        func add(_ batch: Set<String>) { batches.withLock { $0.append(batch) } }

        var all: [Set<String>] { batches.withLock { $0 } }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        /// Waits up to `seconds` for batches (after the first `skipped`) that together hold `paths`:
        /// an upper bound, not a window, as long as the server tests' (in the whole suite on two
        /// cores, tests that wait on processes hold the cooperative threads for a minute and more).
        func waitFor(_ paths: Set<String>, after skipped: Int = 0, seconds: Double = 120) async throws -> Bool {
            let deadline = ContinuousClock.now + .seconds(seconds)
            while ContinuousClock.now < deadline {
                if paths.isSubset(of: all.dropFirst(skipped).reduce(into: Set<String>()) { $0.formUnion($1) }) { return true }
                try await Task.sleep(for: .milliseconds(20))
            }
            return false
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    func watch(_ watched: Watched, polling: Bool, quiet: Duration = .milliseconds(30)) -> any FileWatcher {
        let debounce = Debounce(quiet: quiet, longest: max(quiet * 2, .milliseconds(500)))
        if polling { return PollingWatcher(watched.root, debounce: debounce, interval: .milliseconds(50)) { watched.add($0) } }
        let (watcher, polled) = Watching.start(watched.root, debounce: debounce) { watched.add($0) }
        #if os(Linux)
        #expect(!polled)
        #endif
        return watcher
    }

    // Each write changes the file's size: the polling watcher compares sizes and modification
    // times, and two writes within one tick of the file system's clock have the same time.
    @Test(arguments: [false, true])
    func watchersSeeEditsNewFoldersAndDeletions(polling: Bool) async throws {
        let watched = try Watched()
        let watcher = watch(watched, polling: polling)
        defer { watcher.stop() }
        try watched.write("Content/pages/a.md", "---\ntitle: bb\n---\n")
        #expect(try await watched.waitFor(["Content/pages/a.md"]))
        try watched.write("Content/pages/2024/new.md", "新\n")
        try watched.write("Templates/partials/footer.mustache", "<footer/>\n")
        let created: Set<String> = polling
            ? ["Content/pages/2024/new.md", "Templates/partials/footer.mustache"] : ["Content/pages/2024", "Templates"]
        #expect(try await watched.waitFor(created))
        let before = watched.all.count
        try watched.write("Content/pages/2024/new.md", "改过\n")
        #expect(try await watched.waitFor(["Content/pages/2024/new.md"], after: before))
        try FileManager.default.removeItem(at: watched.root.appendingPathComponent("Content/pages/a.md"))
        try watched.write("Outside.md", "not watched\n")
        #expect(try await watched.waitFor(["Content/pages/a.md"], after: before))
        #expect(!watched.all.contains { $0.contains("Outside.md") })
    }

    @Test func severalQuickSavesMakeOneBatch() async throws {
        let watched = try Watched()
        // Far longer than five saves take, however loaded the machine.
        let quiet = Duration.seconds(1)
        let watcher = watch(watched, polling: false, quiet: quiet)
        defer { watcher.stop() }
        let burst = ContinuousClock.now
        for save in 0..<5 { try watched.write("Content/pages/a.md", "---\ntitle: \(save)\n---\n") }
        #expect(ContinuousClock.now - burst < quiet, "the saves were no burst")
        #expect(try await watched.waitFor(["Content/pages/a.md"]))
        // A save after the first batch makes the second: had the burst been split, it would be the third.
        try watched.write("Content/pages/b.md", "---\ntitle: b\n---\n")
        #expect(try await watched.waitFor(["Content/pages/b.md"]))
        #expect(watched.all == [["Content/pages/a.md"], ["Content/pages/b.md"]])
    }
}
