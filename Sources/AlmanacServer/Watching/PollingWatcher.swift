import Foundation
import Synchronization

/// Looks for changes under `Content/` and `Templates/` every `interval` by comparing each file's
/// size, modification time and inode with the previous look: for systems without inotify.
/// Folders are not compared (their times change with what they hold); their files are.
final class PollingWatcher: FileWatcher {
    private let stopped = Mutex(false)

    init(_ root: URL, debounce: Debounce, interval: Duration, onBatch: @escaping @Sendable (Set<String>) -> Void) {
        // The first look is taken before returning, so that a change made right after is seen.
        let first = Self.scan(root)
        Thread.detachNewThread { [self] in
            var debounce = debounce
            var previous = first
            while !stopped.withLock({ $0 }) {
                Thread.sleep(forTimeInterval: interval / .seconds(1))
                let current = Self.scan(root)
                let changed = Set(current.keys).union(previous.keys).filter { current[$0] != previous[$0] }
                previous = current
                debounce.add(changed, at: .now)
                if let batch = debounce.take(at: .now) { onBatch(batch) }
            }
        }
    }

    func stop() { stopped.withLock { $0 = true } }

    private struct Stamp: Equatable {
        var size: Int64
        var modified: timespec
        var inode: UInt64

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.size == b.size && a.inode == b.inode && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        }
    }

    /// Every file under the watched folders, by path relative to `root`.
    private static func scan(_ root: URL) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in Watching.folders {
            var paths: [String] = []
            if let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) {
                while let path = enumerator.nextObject() as? String { paths.append(folder + "/" + path) }
            }
            for path in paths {
                var info = stat()
                guard lstat(root.appendingPathComponent(path).path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                stamps[path] = Stamp(size: Int64(info.st_size), modified: modified, inode: UInt64(info.st_ino))
            }
        }
        return stamps
    }
}
