#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Everything under a folder, read with `openat`/`readdir` and the entry types the directory
/// already holds — never following a link. Every build walks the output folder (the marker
/// check) and its spare (OutputFolder.swift); for a 10,000-page output (10,049 files in as many
/// folders) FileManager's enumerator with one `attributesOfItem` per entry was several times
/// slower than this walk, and every rebuild pays for it (the rebuild of `make bench`).
struct FileTree: Equatable {
    /// Regular files, relative to the folder.
    var files: [String] = []
    /// Folders (not links to folders).
    var folders: [String] = []
    /// Links, sockets, pipes, devices: things a build never writes.
    var others: [String] = []

    /// `hidden: false` leaves out names starting with `.` and all that is in such folders;
    /// `followingRoot` reads `folder` also when it is a link to a folder (links inside it are
    /// never followed).
    static func walk(_ folder: String, hidden: Bool = true, followingRoot: Bool = false) -> FileTree {
        var tree = FileTree()
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingRoot ? 0 : O_NOFOLLOW))
        if descriptor >= 0 { tree.walk(descriptor, prefix: "", hidden: hidden) }
        return tree
    }

    /// Reads the folder open as `descriptor` (and closes it).
    private mutating func walk(_ descriptor: Int32, prefix: String, hidden: Bool) {
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(folder) }
        var inner: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." || (!hidden && name.hasPrefix(".")) { continue }
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // File systems that do not keep the type in the folder: asked of the entry itself.
                var status = stat()
                guard fstatat(dirfd(folder), name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFREG: type = Int32(DT_REG)
                default: type = Int32(DT_LNK)
                }
            }
            switch type {
            case Int32(DT_DIR): inner.append(name)
            case Int32(DT_REG): files.append(prefix + name)
            default: others.append(prefix + name)
            }
        }
        for name in inner {
            folders.append(prefix + name)
            let child = openat(dirfd(folder), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { walk(child, prefix: prefix + name + "/", hidden: hidden) }
        }
    }
}
