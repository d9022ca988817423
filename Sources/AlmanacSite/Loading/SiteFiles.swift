import Foundation

/// Reading the site folder — the only place the loader touches the file system, so tests can
/// build sites in temporary folders and the rules of what may be read live in one spot: hidden
/// files are skipped, nothing is read through a symbolic link that leads out of `Content/` (or
/// out of `Templates/`), and only regular files are read (a named pipe would wait forever).
struct SiteFiles: Sendable {
    /// The site folder, absolute and with symbolic links resolved.
    let root: URL

    /// The folders whose files must stay inside them, through any symbolic links.
    static let guardedFolders = ["Content", "Templates"]

    init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func exists(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDirectory)
    }

    func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether `relative` is a file (through symbolic links), not a folder.
    func isFile(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The bytes of a file; nil (and a diagnostic) when it cannot be read, is not a regular file,
    /// or leads outside `Content/` or `Templates/`.
    func read(_ relative: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if let problem = problem(reading: relative) {
            diagnostics.append(.error(relative, problem + "; not read"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url(relative).path) else {
            diagnostics.append(.error(relative, "cannot be read"))
            return nil
        }
        return [UInt8](data)
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
    /// hidden files and folders; only those ending in `suffix` when given.
    func files(under folder: String, suffix: String? = nil) -> [String] {
        let base = url(folder)
        guard isDirectory(folder),
            let enumerator = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var result: [String] = []
        let prefix = base.standardizedFileURL.path + "/"
        for case let file as URL in enumerator {
            let path = file.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            let relative = folder + "/" + path.dropFirst(prefix.count)
            if let suffix, !relative.hasSuffix(suffix) { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            result.append(relative)
        }
        return result.sorted()
    }

    /// Why `relative` may not be read or copied: a symbolic link out of its guarded folder, or
    /// not a regular file. Nil when it may.
    func problem(reading relative: String) -> String? {
        let resolved = url(relative).resolvingSymlinksInPath()
        if let folder = Self.guardedFolders.first(where: { relative.hasPrefix($0 + "/") }) {
            // The folder itself may be a link (Content/ kept on a shared drive); links inside it may not lead out.
            let inside = root.appendingPathComponent(folder).resolvingSymlinksInPath().path
            guard resolved.path.hasPrefix(inside + "/") else {
                return "is a symbolic link that leads outside \(folder)/"
            }
        }
        let type = (try? FileManager.default.attributesOfItem(atPath: resolved.path))?[.type] as? FileAttributeType
        if let type, type != .typeRegular { return "is not a regular file" }
        return nil
    }
}
