import CSystemXXHash

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// What a build records of each file it wrote (kept in the spare: FileRecords.swift): its size,
/// the inode and change time the file system gave it, and a digest of its bytes. A rebuild
/// writes into the spare, the output before last; where a file's inode, change time and size are
/// still those recorded, its bytes are still those digested, so a page with the same digest is
/// known to be there already without reading the file back. That matters because the spare of a
/// large site is often no longer in the page cache: read back from disk, it made the million-
/// observation rebuild half as slow again (docs/national.md). The change time is the one a
/// file's owner cannot set. Where the kernel keeps coarse timestamps (ext4 before Linux 6.13),
/// another program writing a file within the same tick as the build did would go unseen; only
/// the build writes into its folder while it runs, and the spare is its owner's alone.
struct FileRecord: Equatable, Sendable {
    var size: Int
    var inode: UInt64
    /// The change time (`st_ctim`) in nanoseconds.
    var changed: Int64
    var digest: FileDigest
}

extension FileRecord {
    init(_ status: stat, digest: FileDigest) {
        self.init(
            size: Int(status.st_size), inode: UInt64(status.st_ino),
            changed: Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec), digest: digest)
    }

    /// True when the file at `path` is, by its inode, change time and size, the one recorded (a
    /// plain file), so its bytes are those digested. It may have other names: its change time
    /// moves when its bytes change through any of them.
    func holds(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        return FileRecord(status, digest: digest) == self
    }

    /// ``holds(_:)``, and the file has no other name: safe to write over in place.
    func describes(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1 else { return false }
        return FileRecord(status, digest: digest) == self
    }

    /// `size inode changed digest`, as the records file writes it before the path.
    var text: String { "\(size) \(inode) \(changed) \(digest.text)" }

    init?<Text: StringProtocol>(size: Text, inode: Text, changed: Text, digest: Text) {
        guard let size = Int(size), let inode = UInt64(inode), let changed = Int64(changed), let digest = FileDigest(text: digest)
        else { return nil }
        self.init(size: size, inode: inode, changed: changed, digest: digest)
    }
}

/// The 128-bit XXH3 digest (the system's xxHash) of a file's bytes: fast enough to take of
/// every file a build writes (tens of gigabytes a second), and wide enough that two different
/// pages of a site never share one by chance.
struct FileDigest: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    init(_ chunks: [[UInt8]]) {
        if chunks.count == 1 {
            let hash = chunks[0].withUnsafeBytes { XXH3_128bits($0.baseAddress, $0.count) }
            (high, low) = (hash.high64, hash.low64)
            return
        }
        let state = XXH3_createState()
        defer { XXH3_freeState(state) }
        XXH3_128bits_reset(state)
        for chunk in chunks { _ = chunk.withUnsafeBytes { XXH3_128bits_update(state, $0.baseAddress, $0.count) } }
        let hash = XXH3_128bits_digest(state)
        (high, low) = (hash.high64, hash.low64)
    }

    /// Its two halves in hexadecimal, `high/low`.
    var text: String { String(high, radix: 16) + "/" + String(low, radix: 16) }

    init?<Text: StringProtocol>(text: Text) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let high = UInt64(parts[0], radix: 16), let low = UInt64(parts[1], radix: 16) else { return nil }
        self.high = high
        self.low = low
    }
}
