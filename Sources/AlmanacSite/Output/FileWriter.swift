#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Writes a build's files into its fresh staging folder with plain POSIX calls (from the render
/// jobs, so on all cores): on the build machine's ext4 disk, creating 10,000 `dir/index.html`
/// files is bound by file-system metadata, not bytes, and Foundation's `Data.write` adds an
/// allocation and an atomic-rename dance per file that the staging folder makes unnecessary.
enum FileWriter {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
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
