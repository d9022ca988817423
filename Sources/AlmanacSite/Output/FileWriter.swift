#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Writes a build's files into a fresh folder with plain POSIX calls, folders first and then the
/// files on all cores: on the build machine's ext4 disk, creating 10,000 `dir/index.html` files is
/// bound by file-system metadata, not bytes, and Foundation's `Data.write` adds an allocation and
/// an atomic-rename dance per file that the staging folder makes unnecessary.
enum FileWriter {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ files: [OutputFile], into root: String) throws {
        var folders: Set<String> = []
        for file in files {
            var folder = file.path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                guard folders.insert(folder).inserted else { break }
            }
        }
        // Shorter paths first: a folder's parent always exists when it is made.
        for folder in folders.sorted(by: { ($0.count, $0) < ($1.count, $1) }) {
            let path = root + "/" + folder
            if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure(path: path, code: errno) }
        }
        let chunks = stride(from: 0, to: files.count, by: 64).map { files[$0..<min($0 + 64, files.count)] }
        let failures = ParallelMap.map(chunks) { chunk -> Failure? in
            for file in chunk {
                if let failure = writeFile(root + "/" + file.path, file.chunks) { return failure }
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Writes one file whose folder exists.
    static func write(_ file: OutputFile, to path: String) throws {
        if let failure = writeFile(path, file.chunks) { throw failure }
    }

    private static func writeFile(_ path: String, _ chunks: [[UInt8]]) -> Failure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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
        return nil
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Musl)
    private let systemWrite = Musl.write
#else
    private let systemWrite = Darwin.write
#endif
