import Foundation

/// A built site as `build` writes it and `serve` shows it: the generated files in memory and the
/// files of `Content/static/`, which are read from the site only when asked for.
public struct SiteSnapshot: Sendable {
    let generated: [String: OutputFile]
    /// Paths under `Content/static/` (and so in the output), relative to it.
    let staticFiles: Set<String>
    let files: SiteFiles

    /// Every output path, sorted.
    public var paths: [String] { (Array(generated.keys) + staticFiles).sorted() }

    public func contains(_ path: String) -> Bool { generated[path] != nil || staticFiles.contains(path) }

    /// The bytes of the file at output path `path`. A static file is read now, and only when it
    /// still leads to a place inside `Content/` (a symbolic link may have changed since the build).
    public func contents(_ path: String) -> [UInt8]? {
        if let file = generated[path] { return file.bytes }
        guard staticFiles.contains(path) else { return nil }
        let relative = "Content/static/" + path
        guard files.problem(reading: relative) == nil, files.isFile(relative) else { return nil }
        var ignored: [Diagnostic] = []
        return files.read(relative, diagnostics: &ignored)
    }

    /// The generated files, by path.
    var outputFiles: [OutputFile] {
        generated.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The static files to copy: where from, and their output paths.
    var copies: [(source: URL, path: String)] {
        staticFiles.sorted().map { (files.url("Content/static/" + $0), $0) }
    }
}
