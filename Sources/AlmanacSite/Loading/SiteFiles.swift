import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Reading the site folder — the only place the loader touches the file system, so tests can
/// build sites in temporary folders and the rules of what may be read live in one spot: hidden
/// files are skipped (but for `Content/static/.well-known/`), names that are not UTF-8 are errors, nothing is read through a symbolic link that leads out of `Content/` (or
/// out of `Templates/`), and only regular files are read (a named pipe would wait forever).
struct SiteFiles: Sendable {
    /// The site folder, absolute and with symbolic links resolved.
    let root: URL

    /// The folders whose files must stay inside them, through any symbolic links.
    static let guardedFolders = ["Content", "Templates"]

    /// `root.path`, kept: not a URL built for each of a site's files.
    private let rootPath: String

    init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        rootPath = self.root.path == "/" ? "" : self.root.path
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func path(_ relative: String) -> String { rootPath + "/" + relative }

    func exists(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relative), isDirectory: &isDirectory)
    }

    func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relative), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether `relative` is a file (through symbolic links), not a folder.
    func isFile(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(relative), isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The bytes of a file; nil (and a diagnostic) when it cannot be read, is not a regular file,
    /// or leads outside `Content/` or `Templates/`.
    func read(_ relative: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if let problem = problem(reading: relative) {
            diagnostics.append(.error(relative, problem + "; not read"))
            return nil
        }
        guard let bytes = Self.contents(path(relative)) else {
            diagnostics.append(.error(relative, "cannot be read"))
            return nil
        }
        return bytes
    }

    /// The bytes of the file at `path` (one `read` into an array of the right size, where
    /// FileManager's `contents` goes through `Data` and a copy).
    static func contents(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }  // grew since fstat
            let got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// UTF-8 text of a file; a diagnostic when it is not UTF-8.
    func text(_ relative: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let bytes = read(relative, diagnostics: &diagnostics) else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error(relative, "file is not UTF-8; save it as UTF-8"))
            return nil
        }
        return text
    }

    /// Files under `folder` (relative paths from the site root), recursively, sorted, without
    /// hidden files and folders (but for the hidden folders `keeping` names, relative to
    /// `folder`) and without names that are not UTF-8 (``badNames()`` reports those); only those
    /// ending in `suffix` when given. Links are listed unless they lead to a folder (reading
    /// checks where they lead).
    func files(under folder: String, suffix: String? = nil, keeping: Set<String> = []) -> [String] {
        listing(under: folder, keeping: keeping).files.filter { suffix == nil || $0.hasSuffix(suffix!) }
    }

    /// What ``files(under:suffix:keeping:)`` lists, with the hidden entries it leaves out (site-relative).
    func listing(under folder: String, keeping: Set<String> = []) -> (files: [String], hidden: [String]) {
        let walk = FolderWalk.walk(path(folder), keeping: keeping)
        var result = walk.files
        for other in walk.others {
            var status = stat()
            if stat(path(folder + "/" + other), &status) == 0, status.st_mode & S_IFMT != S_IFDIR { result.append(other) }
        }
        return (result.map { folder + "/" + $0 }.sorted(), walk.hidden.map { folder + "/" + $0 }.sorted())
    }

    /// The hidden folders of `Content/static/` that are copied like any other.
    static let keptHidden: Set<String> = [".well-known"]

    /// An error for every file or folder under `Content/` and `Templates/` whose name is not
    /// UTF-8, which would otherwise be left out without a word: such a name can be neither shown
    /// nor linked to. Hidden folders are not looked into (nothing in them is read).
    func badNames() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for folder in Self.guardedFolders {
            let keeping = folder == "Content" ? Set(Self.keptHidden.map { "static/" + $0 }) : []
            for bad in FolderWalk.walk(path(folder), keeping: keeping).badNames {
                let what = bad.folder ? "folder name" : "file name"
                let consequence = bad.folder ? "nothing in it is read" : "it is not read"
                diagnostics.append(
                    .error(
                        folder + "/" + bad.path,
                        "the \(what) is not valid UTF-8 (the bad bytes are shown as \\xNN), so \(consequence): rename it"))
            }
        }
        return diagnostics.sorted()
    }

    /// Why `relative` may not be read or copied: a symbolic link out of its guarded folder, or
    /// not a regular file. Nil when it may. A file with no link on its way below its folder is
    /// inside it, whatever the folder itself is: that takes an `lstat` per level, where resolving
    /// the whole path (as for a file reached through a link) takes a `readlink` per level of the
    /// path and the folder's, which for a site of 10,000 articles was a noticeable part of its
    /// build (the rebuild in `make bench`).
    func problem(reading relative: String) -> String? {
        let guarded = Self.guardedFolders.first(where: { relative.hasPrefix($0 + "/") })
        if let guarded {
            var status = stat()
            var partial = guarded
            var linked = false
            for name in relative.dropFirst(guarded.count + 1).split(separator: "/") {
                partial += "/" + name
                guard lstat(path(partial), &status) == 0 else { return nil }  // not there: reading says so
                if status.st_mode & S_IFMT == S_IFLNK {
                    linked = true
                    break
                }
            }
            if !linked { return status.st_mode & S_IFMT == S_IFREG ? nil : "is not a regular file" }
        }
        guard let resolved = Self.realPath(path(relative)) else { return nil }  // not there: reading says so
        if let guarded {
            // The folder itself may be a link (Content/ kept on a shared drive); links inside it may not lead out.
            let inside = Self.realPath(path(guarded)) ?? path(guarded)
            guard resolved.hasPrefix(inside + "/") else {
                return "is a symbolic link that leads outside \(guarded)/"
            }
        }
        var status = stat()
        if stat(resolved, &status) == 0, status.st_mode & S_IFMT != S_IFREG { return "is not a regular file" }
        return nil
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
