#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Writes a build's files into its staging folder with plain POSIX calls (from the render jobs,
/// so on all cores): on the build machine's ext4 disk, creating 10,000 `dir/index.html` files is
/// bound by file-system metadata, not bytes, and Foundation's `Data.write` adds an allocation and
/// an atomic-rename dance per file that the staging folder makes unnecessary. Where the staging
/// folder is a reused spare (OutputFolder.swift), a file whose bytes are already there is left
/// alone, and a changed one is overwritten in place rather than truncated first, so that ext4
/// keeps its blocks instead of freeing and allocating them again.
enum FileWriter {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }

    /// Writes one file whose folder exists, as a new file: whatever is at `path` (a second name
    /// of the output's file that the build gave it, see ``OutputFolder/Staging/keep(_:made:)``)
    /// is unlinked, never written through. Returns its record (nil when `lstat` fails).
    @discardableResult
    static func write(_ file: OutputFile, to path: String) throws -> FileRecord? {
        unlink(path)
        return try writeFile(path, file.chunks, digest: FileDigest(file.chunks), flags: O_EXCL)
    }

    /// Makes the file at `path` — which may already be there, from an earlier build — hold `file`;
    /// returns whether it wrote (false when the file held `file` already) and the file's record.
    /// `known` is what the spare's records say of the file there (FileRecords.swift): while the
    /// file is still the one recorded, its digest says without reading it whether it holds `file`
    /// (left alone) or not (written over); otherwise it is compared byte for byte and written only
    /// when it differs.
    @discardableResult
    static func update(_ file: OutputFile, at path: String, known: FileRecord? = nil) throws -> (changed: Bool, record: FileRecord?) {
        let size = file.size
        let digest = FileDigest(file.chunks)
        // `describes` also says the file is a plain one with no other name: safe to write over.
        if let known, known.describes(path) {
            if known.digest == digest, known.size == size { return (false, known) }
            return (true, try writeFile(path, file.chunks, digest: digest, flags: 0))
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor >= 0 {
            var status = stat()
            let stated = fstat(descriptor, &status) == 0
            let alone = stated && status.st_mode & S_IFMT == S_IFREG && status.st_nlink == 1
            let same = alone && Int(status.st_size) == size && holds(descriptor, size: size, file.chunks)
            close(descriptor)
            if same { return (false, FileRecord(status, digest: digest)) }
            // Another name of the same file (a hard link someone made) must not change with it.
            if !alone { unlink(path) }
        } else if errno == ELOOP {
            unlink(path)  // a link where the file goes: removed, never written through
        }
        return (true, try writeFile(path, file.chunks, digest: digest, flags: 0))
    }

    /// Whether the file open as `descriptor`, `size` bytes long (as long as `chunks`), holds
    /// exactly `chunks`. Read where it lies, mapped into memory (the spare is in the page cache
    /// after the build before): read into buffers, the downloads of a large site would be copied
    /// once more by the kernel and the buffers zeroed; mapped, the copy is gone. Mapped 16 MiB at a
    /// time, so that a 200 MB download does not count in the build's peak memory all at once.
    /// Small files, and any file that cannot be mapped, are read through a buffer. (A file cut
    /// short while mapped would stop the build with SIGBUS: the spare is a hidden folder of the
    /// build's own, which nothing else writes.)
    private static func holds(_ descriptor: Int32, size: Int, _ chunks: [[UInt8]]) -> Bool {
        if size >= 1 << 16, let equal = holdsMapped(descriptor, size: size, chunks) { return equal }
        var buffer = [UInt8](repeating: 0, count: min(size, 1 << 20))
        for chunk in chunks {
            var offset = 0
            while offset < chunk.count {
                let wanted = min(buffer.count, chunk.count - offset)
                var filled = 0
                while filled < wanted {
                    let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, wanted - filled) }
                    if count < 0, errno == EINTR { continue }
                    if count <= 0 { return false }
                    filled += count
                }
                let equal = chunk.withUnsafeBytes { expected in
                    buffer.withUnsafeBytes { memcmp($0.baseAddress!, expected.baseAddress! + offset, wanted) == 0 }
                }
                if !equal { return false }
                offset += wanted
            }
        }
        return true
    }

    /// ``holds(_:size:_:)`` through mappings of at most 16 MiB; nil when the file cannot be mapped.
    private static func holdsMapped(_ descriptor: Int32, size: Int, _ chunks: [[UInt8]]) -> Bool? {
        let window = 1 << 24
        var chunk = 0
        var inChunk = 0
        var start = 0
        while start < size {
            let length = min(window, size - start)
            guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, off_t(start)),
                mapped != MAP_FAILED
            else { return start == 0 ? nil : false }  // part compared already: write it anew
            defer { munmap(mapped, length) }
            var done = 0
            while done < length {
                while inChunk == chunks[chunk].count {
                    chunk += 1
                    inChunk = 0
                }
                let count = min(length - done, chunks[chunk].count - inChunk)
                let equal = chunks[chunk].withUnsafeBytes { memcmp(mapped + done, $0.baseAddress! + inChunk, count) == 0 }
                if !equal { return false }
                done += count
                inChunk += count
            }
            start += length
        }
        return true
    }

    /// Writes `chunks` (digested as `digest`) from the start of the file at `path` and returns
    /// its record; with `flags` O_EXCL the file is new, otherwise it is cut to length after writing.
    private static func writeFile(_ path: String, _ chunks: [[UInt8]], digest: FileDigest, flags: Int32) throws -> FileRecord? {
        if let failure = writeFile(path, chunks, flags: flags) { throw failure }
        // Taken after the file is closed: the change time is that of the last write.
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return FileRecord(status, digest: digest)
    }

    private static func writeFile(_ path: String, _ chunks: [[UInt8]], flags: Int32) -> Failure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | flags, 0o644)
        guard descriptor >= 0 else { return Failure(path: path, code: errno) }
        defer { close(descriptor) }
        for chunk in chunks {
            let failure = chunk.withUnsafeBytes { buffer -> Failure? in
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return Failure(path: path, code: errno)
                    }
                    offset += written
                }
                return nil
            }
            if let failure { return failure }
        }
        if flags & O_EXCL == 0 {
            let size = chunks.reduce(0) { $0 + $1.count }
            if ftruncate(descriptor, off_t(size)) != 0 { return Failure(path: path, code: errno) }
        }
        return nil
    }
}

// The system's `read` and `write` by a name of their own: inside types that have a `read` or
// `write` of their own (FileWriter.write, SiteFiles.read), the plain names mean those.
#if canImport(Glibc)
    private let systemWrite = Glibc.write
    let systemRead = Glibc.read
#elseif canImport(Musl)
    private let systemWrite = Musl.write
    let systemRead = Musl.read
#else
    private let systemWrite = Darwin.write
    let systemRead = Darwin.read
#endif
