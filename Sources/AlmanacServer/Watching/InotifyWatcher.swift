#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// Linux's inotify, on every folder under `Content/` and `Templates/` (folders that appear are
/// watched as they come) and on the site folder itself. One thread waits for events with
/// `poll(2)`, so a change is seen the moment it is written; a pipe wakes it up to stop.
final class InotifyWatcher: FileWatcher {
    private let wake: (read: Int32, write: Int32)
    private let stopped = Mutex(false)

    /// nil when inotify cannot be used.
    init?(_ root: URL, debounce: Debounce, onBatch: @escaping @Sendable (Set<String>) -> Void) {
        let inotify = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard inotify >= 0 else { return nil }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            close(inotify)
            return nil
        }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        wake = (fds[0], fds[1])
        var watches = Watches(inotify: inotify, root: root.path)
        guard watches.add("", recursive: false) else {
            close(inotify)
            close(fds[0])
            close(fds[1])
            return nil
        }
        for folder in Watching.folders { watches.add(folder, recursive: true) }
        let wakeRead = wake.read
        let initial = watches
        Thread.detachNewThread {
            var watches = initial
            var debounce = debounce
            var polled = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            while true {
                let ready = poll(&polled, 2, Watching.milliseconds(until: debounce.due))
                if ready < 0, errno != EINTR { break }
                if polled[1].revents != 0 { break }
                if polled[0].revents & Int16(POLLIN) != 0 { debounce.add(watches.read(), at: .now) }
                if let batch = debounce.take(at: .now) { onBatch(batch) }
            }
            close(inotify)
            close(wakeRead)
        }
    }

    func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        _ = write(wake.write, "x", 1)
        close(wake.write)
    }

    /// The watched folders by watch descriptor, and reading their events as changed paths.
    private struct Watches {
        let inotify: Int32
        let root: String
        var folders: [Int32: String] = [:]
        private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

        static let mask = UInt32(
            IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
            | UInt32(IN_ONLYDIR) | UInt32(IN_EXCL_UNLINK)

        init(inotify: Int32, root: String) {
            self.inotify = inotify
            self.root = root
        }

        /// Watches `relative` ("" is the site folder), and with `recursive` every folder under it.
        @discardableResult
        mutating func add(_ relative: String, recursive: Bool) -> Bool {
            let path = relative.isEmpty ? root : root + "/" + relative
            let descriptor = inotify_add_watch(inotify, path, Self.mask)
            guard descriptor >= 0 else { return false }
            folders[descriptor] = relative
            guard recursive else { return true }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                var info = stat()
                if lstat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                    add(relative + "/" + name, recursive: true)
                }
            }
            return true
        }

        /// Stops watching `relative` and the folders under it (they moved away).
        mutating func remove(_ relative: String) {
            for (descriptor, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
                inotify_rm_watch(inotify, descriptor)
                folders[descriptor] = nil
            }
        }

        /// Reads every pending event; returns the paths they name.
        mutating func read() -> [String] {
            var paths: [String] = []
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(inotify, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                var offset = 0
                while offset + 16 <= count {
                    let (descriptor, mask, length) = buffer.withUnsafeBytes { raw in
                        (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                         raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                         Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                    }
                    let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    offset += 16 + length
                    if let path = handle(descriptor, mask, name: String(decoding: nameBytes, as: UTF8.self)) { paths.append(path) }
                }
            }
            return paths
        }

        private mutating func handle(_ descriptor: Int32, _ mask: UInt32, name: String) -> String? {
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { return Watching.folders[0] }  // events were lost: everything
            guard let folder = folders[descriptor] else { return nil }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[descriptor] = nil
                return nil
            }
            if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
                if !folder.isEmpty { remove(folder) }
                return folder.isEmpty ? nil : folder
            }
            guard !name.isEmpty, folder.isEmpty ? Watching.folders.contains(name) : true else { return nil }
            let path = folder.isEmpty ? name : folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0, mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                add(path, recursive: true)
            }
            return path
        }
    }
}
#endif
