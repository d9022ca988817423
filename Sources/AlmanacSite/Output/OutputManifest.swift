import Foundation

/// `.almanac-output`, the marker Almanac leaves in every output folder it writes: the list of the
/// files it wrote there. A later build replaces the folder only while it holds nothing else, so
/// a page saved into it by hand is never lost to a rebuild (`--force` overrides). The list also
/// fixes what may be written at all: paths inside the folder, never out of it.
struct OutputManifest: Equatable {
    static let fileName = ".almanac-output"
    static let header = "# Written by Almanac (almanac build): the files of this folder. A build replaces it only while it holds nothing else."

    /// Files the operating system drops into folders that people open; never someone's work.
    static let litter: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini"]

    var paths: [String]

    /// What an existing output folder's marker says.
    enum Found: Equatable {
        case none
        /// A marker of Almanac before the list was kept: the whole folder is taken as Almanac's.
        case unlisted
        case listed(OutputManifest)
    }

    static func read(in folder: URL) -> Found {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return .none
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(header) else { return .unlisted }
        return .listed(OutputManifest(paths: lines.dropFirst().map(String.init)))
    }

    func write(into folder: URL) throws {
        let text = ([Self.header] + paths.sorted()).joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent(Self.fileName))
    }

    /// Files under `folder` that this list does not name (the marker and OS litter aside), sorted.
    func strangers(in folder: URL) -> [String] {
        let known = Set(paths).union([Self.fileName])
        return OutputManifest.files(in: folder).filter { path in
            !known.contains(path) && !Self.litter.contains((path as NSString).lastPathComponent)
        }
    }

    /// Everything under `folder` but folders — files, links, hidden ones too — as relative paths.
    static func files(in folder: URL) -> [String] {
        let tree = FileTree.walk(folder.path)
        return (tree.files + tree.others).sorted()
    }

    /// Why `path` cannot be written inside the output folder, or nil when it can: it must be
    /// relative and stay inside, segment by segment.
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.hasPrefix("/") { return "is absolute" }
        if path.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\0" }) { return "contains \\ or a NUL character" }
        // Segment by segment over the bytes, without a substring per segment of every path.
        var length = 0
        var dots = 0
        var leaves: Bool { length == 0 || (length <= 2 && dots == length) }
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if leaves { return "would leave the output folder" }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        if leaves { return "would leave the output folder" }
        if path == fileName { return "is the name of Almanac's marker file" }
        if path == FileRecords.fileName { return "is the name of the file where Almanac keeps its records of the spare" }
        return nil
    }
}

/// A generated or copied file whose path would not stay inside the output folder.
struct OutputPathError: Error, CustomStringConvertible {
    var path: String
    var problem: String

    var description: String { "refusing to write \"\(path)\": the path \(problem)" }
}
