#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif
import CFileSwap
import Foundation
import Synchronization

/// Where a session that keeps its site (`almanac serve`) holds the rendered files: in memory up
/// to ``Limits/pagesInMemory`` bytes, the rest in one temporary file on disk, so that a national
/// report's 16 GB of pages do not have to fit in memory to be previewed. The file is removed from
/// its folder as soon as it is made (only the open descriptor names it), so the system frees it
/// when the process ends however it ends, and nothing is left in the temporary folder. Each file
/// kept there is a range of it, read again when it is served; when no page and no snapshot uses a
/// range any more, its disk space is given back (a hole punched into the file, on Linux).
final class PageStore: Sendable {
    private let budget: Int
    /// Bytes handed out to memory since the last full render.
    private let inMemory = Atomic<Int>(0)
    private let file = Mutex<StoreFile?>(nil)
    /// After the store could not be made or written (a full disk): files stay in memory.
    private let failed = Atomic<Bool>(false)

    init(budget: Int) {
        self.budget = budget
    }

    /// A full render starts over: what it replaces is freed, so the budget is whole again.
    func startOver() { inMemory.store(0, ordering: .relaxed) }

    /// `file` as the session keeps it: itself while the budget lasts, else with its bytes on disk.
    /// A file that cannot be written to the store stays in memory.
    func keep(_ file: OutputFile) -> OutputFile {
        guard file.stored == nil, !failed.load(ordering: .relaxed) else { return file }
        let size = file.size
        if inMemory.add(size, ordering: .relaxed).newValue <= budget { return file }
        guard let store = storeFile(), let stored = store.append(file.chunks, size: size) else {
            failed.store(true, ordering: .relaxed)
            return file
        }
        return OutputFile(path: file.path, stored: stored)
    }

    /// Bytes on disk that some file still uses.
    var storedBytes: Int { file.withLock { $0?.live.load(ordering: .relaxed) ?? 0 } }

    /// The disk space the store's file takes (0 before it is made).
    var allocatedBytes: Int {
        file.withLock { made in
            guard let made else { return 0 }
            var status = stat()
            return fstat(made.descriptor, &status) == 0 ? Int(status.st_blocks) * 512 : 0
        }
    }

    private func storeFile() -> StoreFile? {
        file.withLock { made in
            if made == nil { made = StoreFile() }
            return made
        }
    }
}

/// The store's temporary file: appended to from any thread, each append at its own offset.
final class StoreFile: Sendable {
    let descriptor: Int32
    private let end = Atomic<Int>(0)
    /// Bytes of ranges that are still in use.
    let live = Atomic<Int>(0)

    init?() {
        var template = Array((NSTemporaryDirectory() + "/almanac-pages-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func append(_ chunks: [[UInt8]], size: Int) -> StoredBytes? {
        let start = end.add(size, ordering: .relaxed).newValue - size
        var offset = start
        for chunk in chunks {
            let written = chunk.withUnsafeBytes { buffer -> Bool in
                var done = 0
                while done < buffer.count {
                    let count = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { return false }
                    done += count
                }
                return true
            }
            guard written else {
                // The range is not anyone's: what reached the disk of it is given back at once.
                _ = almanac_punch_hole(descriptor, Int64(start), Int64(size))
                return nil
            }
            offset += chunk.count
        }
        live.add(size, ordering: .relaxed)
        return StoredBytes(file: self, offset: start, size: size)
    }
}

/// One file's bytes in the store; its range is freed when the last page or snapshot using it goes.
final class StoredBytes: Sendable {
    let file: StoreFile
    let offset: Int
    let size: Int

    init(file: StoreFile, offset: Int, size: Int) {
        self.file = file
        self.offset = offset
        self.size = size
    }

    /// The bytes, read from disk (empty if the read fails, which a working disk does not do).
    func read() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let count = pread(file.descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
        return complete ? bytes : []
    }

    deinit {
        file.live.subtract(size, ordering: .relaxed)
        // The blocks go back to the file system; the offsets of the other ranges stay.
        _ = almanac_punch_hole(file.descriptor, Int64(offset), Int64(size))
    }
}
