import Foundation

/// Reading the site folder — the only place the loader touches the file system, so tests can
/// build sites in temporary folders and the rules of what may be read live in one spot:
/// hidden files are skipped, and nothing is read through a symbolic link that leads out of `Content/`.
struct SiteFiles: Sendable {
    /// The site folder, absolute and with symbolic links resolved.
    let root: URL
    private let contentRoot: String

    init(root: URL) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        contentRoot = self.root.appendingPathComponent("Content").path
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

    /// The bytes of a file; nil (and a diagnostic) when it cannot be read or leads outside `Content/`.
    func read(_ relative: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if relative.hasPrefix("Content/"), !staysInContent(relative) {
            diagnostics.append(.error(relative, "is a symbolic link that leads outside Content/; not read"))
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

    /// Whether `relative` (under Content/) resolves, through any symbolic links, to a place inside Content/.
    func staysInContent(_ relative: String) -> Bool {
        let resolved = url(relative).resolvingSymlinksInPath().path
        return resolved == contentRoot || resolved.hasPrefix(contentRoot + "/")
    }
}
