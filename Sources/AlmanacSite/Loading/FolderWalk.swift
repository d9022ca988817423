#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// A folder of the site as the loader lists it, read with `openat`/`readdir` on the bytes of the
/// names, never following a link inside it. Unlike a walk that turns names into strings at once,
/// it sees the names that are not UTF-8 (a `String` of them has U+FFFD in place of the bad bytes
/// and names no file, so the file was silently dropped) and the hidden ones, and keeps both
/// apart for the loader to report; it goes into neither.
struct FolderWalk {
    /// Regular files, relative to the folder.
    var files: [String] = []
    /// Links, sockets, pipes, devices (reading decides what they are).
    var others: [String] = []
    /// Hidden files and folders (names starting with `.`), not gone into.
    var hidden: [String] = []
    /// Files and folders whose names are not UTF-8, shown with the bad bytes escaped (`bad\xFF.md`).
    var badNames: [(path: String, folder: Bool)] = []

    /// Walks `folder` (followed when it is itself a link to a folder); `keeping` lists hidden
    /// folders, relative to `folder`, that are walked like any other (`.well-known`).
    static func walk(_ folder: String, keeping: Set<String> = []) -> FolderWalk {
        var walk = FolderWalk()
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { walk.walk(descriptor, prefix: "", keeping: keeping) }
        return walk
    }

    /// Reads the folder open as `descriptor` (and closes it).
    private mutating func walk(_ descriptor: Int32, prefix: String, keeping: Set<String>) {
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(folder) }
        var inner: [(name: String, bytes: [CChar])] = []
        while let entry = readdir(folder) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.bindMemory(to: CChar.self).prefix { $0 != 0 })
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // File systems that do not keep the type in the folder: asked of the entry itself.
                var status = stat()
                guard fstatat(dirfd(folder), bytes + [0], &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFREG: type = Int32(DT_REG)
                default: type = Int32(DT_LNK)
                }
            }
            guard let name = String(validating: bytes.map { UInt8(bitPattern: $0) }, as: UTF8.self) else {
                badNames.append((prefix + Self.escaped(bytes.map { UInt8(bitPattern: $0) }), type == Int32(DT_DIR)))
                continue
            }
            if name.hasPrefix("."), !(type == Int32(DT_DIR) && keeping.contains(prefix + name)) {
                hidden.append(prefix + name)
                continue
            }
            switch type {
            case Int32(DT_DIR): inner.append((name, bytes))
            case Int32(DT_REG): files.append(prefix + name)
            default: others.append(prefix + name)
            }
        }
        for (name, bytes) in inner {
            let child = openat(dirfd(folder), bytes + [0], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { walk(child, prefix: prefix + name + "/", keeping: keeping) }
        }
    }

    /// `bytes` as text: its UTF-8 sequences as they are, every other byte as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes[index])
            if length > 0, index + length <= bytes.count,
                let piece = String(validating: bytes[index..<index + length], as: UTF8.self)
            {
                text += piece
                index += length
            } else {
                let hex = String(bytes[index], radix: 16, uppercase: true)
                text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                index += 1
            }
        }
        return text
    }

    /// How many bytes a UTF-8 sequence starting with `lead` has; 0 for a byte that starts none.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
