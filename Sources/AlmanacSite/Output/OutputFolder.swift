import Foundation

/// Replaces the output folder without ever losing the last good one: the new site is written
/// into a fresh folder next to it and swapped in by renaming, so a failed or interrupted build
/// leaves the previous output whole. Almanac only replaces folders it wrote itself (it leaves a
/// marker file in them) and refuses places where a mistake would destroy someone's work.
struct OutputFolder {
    static let marker = ".almanac-output"

    let url: URL
    private let fileManager = FileManager.default

    init(_ url: URL) {
        self.url = url.standardizedFileURL
    }

    private var parent: URL { url.deletingLastPathComponent() }
    private var name: String { url.lastPathComponent }

    /// Throws when writing here could destroy something that is not Almanac's output.
    func checkSafe(site: URL, force: Bool) throws(UsageError) {
        let path = url.resolvingSymlinksInPath().path
        let sitePath = site.standardizedFileURL.resolvingSymlinksInPath().path
        let home = fileManager.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if path == "/" || path == home {
            throw UsageError("refusing to write the site into \(path): choose an output folder of its own")
        }
        if path == sitePath || sitePath.hasPrefix(path + "/") {
            throw UsageError("refusing to write into \(path): it holds the site itself (Content/); choose another --output")
        }
        for inner in ["Content", "Templates"] where fileManager.fileExists(atPath: url.appendingPathComponent(inner).path) {
            throw UsageError("refusing to write into \(path): it contains a \(inner)/ folder, so it looks like a site, not an output folder")
        }
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw UsageError("refusing to write into \(path): it is a file, not a folder")
        }
        let entries = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
        if !entries.isEmpty, !entries.contains(Self.marker), !force {
            throw UsageError(
                "refusing to replace \(path): it holds files Almanac did not write (no \(Self.marker) marker); "
                    + "move them away or pass --force")
        }
    }

    /// Writes `files` (and copies `copies`: source file → output path) into a fresh folder, then
    /// swaps it in. Returns the number of files written.
    @discardableResult
    func replace(with files: [OutputFile], copies: [(source: URL, path: String)]) throws -> Int {
        removeLeftovers()
        // Fresh names every time: a folder of an earlier build may still be being removed.
        let staging = parent.appendingPathComponent(".\(name).almanac-new-\(UUID().uuidString)")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            var made: Set<String> = [""]
            func ensureFolder(of path: String) throws {
                let folder = (path as NSString).deletingLastPathComponent
                guard !made.contains(folder) else { return }
                try fileManager.createDirectory(
                    at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
                made.insert(folder)
            }
            try FileWriter.write(files + [OutputFile(path: Self.marker, text: Self.marker)], into: staging.path)
            for copy in copies {
                try ensureFolder(of: copy.path)
                try fileManager.copyItem(at: copy.source, to: staging.appendingPathComponent(copy.path))
            }
            try swap(in: staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        return files.count + copies.count
    }

    private func swap(in staging: URL) throws {
        let old = parent.appendingPathComponent(".\(name).almanac-old-\(UUID().uuidString)")
        let exists = fileManager.fileExists(atPath: url.path)
        if exists { try fileManager.moveItem(at: url, to: old) }
        do {
            try fileManager.moveItem(at: staging, to: url)
        } catch {
            if exists { try? fileManager.moveItem(at: old, to: url) }
            throw error
        }
        if exists { BackgroundRemoval.remove(old.path) }
    }

    /// Folders left by builds that were killed mid-way, or old outputs whose removal did not
    /// finish, are removed in the background. Only folders that still carry the marker are
    /// touched (the removal deletes the marker last for that reason).
    private func removeLeftovers() {
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries
        where entry.hasPrefix(".\(name).almanac-new-") || entry.hasPrefix(".\(name).almanac-old-") {
            let folder = parent.appendingPathComponent(entry)
            if fileManager.fileExists(atPath: folder.appendingPathComponent(Self.marker).path) {
                BackgroundRemoval.remove(folder.path)
            }
        }
    }
}
