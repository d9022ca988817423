import CFileSwap
import Dispatch
import Foundation
import Synchronization

/// Replaces the output folder without ever losing the last good one: the new site is written
/// into a folder next to it and swapped in at the end — in one step where the system can
/// exchange two names atomically (Linux, macOS), so a build that fails, is interrupted or is
/// killed at any moment leaves the previous output whole. What a killed build leaves behind
/// (a hidden `.NAME.almanac-new-…` folder next to the output) the next build takes as its spare
/// when there is none — it is the spare the killed build had taken, or the part it had written of
/// a fresh folder — and otherwise removes.
///
/// The output a build replaces is kept as the *spare*, `.NAME.almanac-spare` (readable by its
/// owner only, so a web server serving the folder around the output does not serve it), and the
/// next build writes into it instead of into an empty folder: files whose bytes are already
/// there are left alone, changed ones overwritten, the rest removed before the swap: most of a
/// rebuild into a fresh folder is the kernel's writing and removing (`make bench` compares the
/// two). Without the spare (deleted by hand, or a first build) the
/// build writes into a fresh folder as before. The refusal rules are in OutputSafety.swift, the
/// marker in OutputManifest.swift.
struct OutputFolder {
    static let marker = OutputManifest.fileName

    let url: URL
    private var fileManager: FileManager { .default }

    init(_ url: URL) {
        // A linked output (Output -> /srv/www/report) is replaced where it really is.
        self.url = Self.resolved(url)
    }

    /// `url` absolute, with every symbolic link on its way resolved, also when its last parts do
    /// not exist yet (where `resolvingSymlinksInPath` gives up), so that paths compare truly.
    static func resolved(_ url: URL, hops: Int = 0) -> URL {
        let fileManager = FileManager.default
        let url = url.standardizedFileURL
        if hops < 32, !fileManager.fileExists(atPath: url.path), let target = try? fileManager.destinationOfSymbolicLink(atPath: url.path) {
            // A link to a folder that is not there yet: followed by hand.
            return resolved(URL(fileURLWithPath: target, relativeTo: url.deletingLastPathComponent()), hops: hops + 1)
        }
        var existing = url
        var missing: [String] = []
        while !fileManager.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return missing.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
    }

    private var parent: URL { url.deletingLastPathComponent() }
    private var name: String { url.lastPathComponent }
    var spare: URL { parent.appendingPathComponent(".\(name).almanac-spare") }
    /// The records of the output's files while there is no spare to keep them (after a build
    /// into an empty folder), so that the first rebuild can keep unchanged pages too.
    var records: URL { parent.appendingPathComponent(".\(name).almanac-records") }

    /// `.NAME.almanac-KIND-PID-RANDOM`: the process id tells a killed build's leftovers from a
    /// running build's folder; the random part keeps two builds in one process apart.
    private func sibling(_ kind: String) -> URL {
        let unique = UInt32.random(in: 0...UInt32.max)
        return parent.appendingPathComponent(
            ".\(name).almanac-\(kind)-\(ProcessInfo.processInfo.processIdentifier)-\(String(unique, radix: 16))")
    }

    /// Writes `files` (and copies `copies`: source file → output path) into a fresh folder, then
    /// swaps it in. Returns the number of files written. Throws ``OutputPathError`` for a path
    /// that would leave the folder, before anything is written.
    @discardableResult
    func replace(with files: [OutputFile], copies: [(source: URL, path: String)]) throws -> Int {
        for path in files.map(\.path) + copies.map(\.path) {
            if let problem = OutputManifest.problem(with: path) { throw OutputPathError(path: path, problem: problem) }
        }
        let staging = try stage()
        do {
            for file in files { try staging.write(file) }
            return try staging.commit(paths: files.map(\.path), copies: copies)
        } catch {
            staging.abandon()
            throw error
        }
    }

    /// A folder next to the output for a build to write into, file by file as its pages are
    /// rendered — the spare when there is one, else a fresh one; ``Staging/commit(paths:copies:)``
    /// swaps it in.
    func stage() throws -> Staging {
        try stage(claiming: claimSpare())
    }

    /// As ``stage()``, with the spare already claimed (or nil).
    private func stage(claiming spare: ClaimedSpare?) throws -> Staging {
        recover()
        if let spare { return Staging(url: spare.url, output: self, previous: spare.tree, records: withRecordsBeside(spare.records)) }
        let staging = sibling("new")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        // The marker goes first (its list comes with the commit), so that the leftovers of a
        // build killed while writing are known as ours.
        try OutputManifest(paths: []).write(into: staging)
        return Staging(url: staging, output: self, previous: nil, records: withRecordsBeside(FileRecords()))
    }

    /// `records` (a spare's), or — when they say nothing of the output's files, as for a fresh
    /// folder or that of a build killed before its first swap — those next to the output, if
    /// any (read only when they are records: FileRecords checks the header).
    private func withRecordsBeside(_ records: FileRecords) -> FileRecords {
        guard records.current.isEmpty else { return records }
        let beside = FileRecords.read(file: self.records)
        return FileRecords(current: beside.current, previous: records.previous, inputs: beside.inputs)
    }

    /// The spare, renamed to a build's own name, what it holds, and the records of its files and
    /// of the output's that it keeps.
    struct ClaimedSpare: Sendable {
        var url: URL
        var tree: FileTree
        var records: FileRecords
    }

    /// The spare taken (``takeSpare()``) and read (``prepared(_:)``) in one go.
    private func claimSpare() -> ClaimedSpare? {
        takeSpare().flatMap(prepared)
    }

    /// Takes the spare by renaming it to this build's own name, so that no other build can take
    /// it too — or, when there is none, the folder a killed build was writing: the spare that
    /// build had taken, or the files it had written so far. Either holds an earlier build's
    /// files, which are compared byte for byte as the spare's are. Otherwise the build after a
    /// kill writes every file into a fresh folder while the killed build's folder, a whole copy
    /// of the site, is deleted next to it (issue 18; `make bench BENCH_ARGS=--killed`). Only
    /// renames, so that it is done before ``recover()`` removes the leftovers it has not taken.
    private func takeSpare() -> URL? {
        if let taken = take(spare) { return taken }
        for leftover in leftovers() where leftover.kind == "new" {
            if let taken = take(leftover.url) { return taken }
        }
        return nil
    }

    /// `folder` renamed to this build's own name, when it is a real folder (not a link) carrying
    /// the marker: a folder of such a name that someone else made is not touched.
    private func take(_ folder: URL) -> URL? {
        var status = stat()
        guard lstat(folder.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, OutputManifest.read(in: folder) != .none
        else { return nil }
        let staging = sibling("new")
        return rename(folder.path, staging.path) == 0 ? staging : nil
    }

    /// What a taken spare holds. Anything in it but files and folders is removed at once.
    private func prepared(_ staging: URL) -> ClaimedSpare? {
        var tree = FileTree.walk(staging.path)
        for path in tree.others where unlink(staging.path + "/" + path) != 0 {
            discard(staging)
            return nil
        }
        tree.others = []
        let mask = umask(0)
        umask(mask)
        chmod(staging.path, 0o777 & ~mask)
        return ClaimedSpare(url: staging, tree: tree, records: FileRecords.read(in: staging))
    }

    /// Keeps a folder that was the output (or a spare a build gave up on) as the spare; removes
    /// it when there is already one.
    func retire(_ folder: URL) {
        chmod(folder.path, 0o700)
        if almanac_rename_noreplace(folder.path, spare.path) != 0 { discard(folder) }
    }

    /// Removes `folder` in the background, renamed first to `.NAME.almanac-gone-…`, a name no
    /// build takes as its spare: under its old name, a build started while it is being deleted
    /// could take it and lose the files it leaves alone to the deletion.
    private func discard(_ folder: URL) {
        let gone = sibling("gone")
        if rename(folder.path, gone.path) == 0 { BackgroundRemoval.remove(gone.path) }
    }

    /// A build's staging folder, made when the first file arrives (from any of the threads
    /// rendering pages), so that a site whose content does not even load leaves nothing behind.
    /// The spare is taken at once (a rename, before the build's ``recover()``) and read on another
    /// thread, while the output folder is checked and the site loaded.
    final class LazyStaging: Sendable {
        private let output: OutputFolder
        private let staging = Mutex<Staging?>(nil)
        private let spare = Mutex<ClaimedSpare?>(nil)
        private let claiming = DispatchGroup()

        init(_ output: OutputFolder) {
            self.output = output
            let taken = output.takeSpare()
            claiming.enter()
            DispatchQueue.global().async {
                let claimed = taken.flatMap(output.prepared)
                self.spare.withLock { $0 = claimed }
                self.claiming.leave()
            }
        }

        func folder() throws -> Staging {
            try staging.withLock { current in
                if let current { return current }
                claiming.wait()
                let made = try output.stage(claiming: spare.withLock { claimed in
                    defer { claimed = nil }
                    return claimed
                })
                current = made
                return made
            }
        }

        /// Gives up: the staging folder goes (see ``Staging/abandon()``), an unused spare stays.
        func abandon() {
            claiming.wait()
            if let unused = spare.withLock({ $0 }) { output.retire(unused.url) }
            staging.withLock { $0?.abandon() }
        }
    }

    func swap(in staging: URL) throws {
        guard (try? fileManager.attributesOfItem(atPath: url.path)) != nil else {
            try fileManager.moveItem(at: staging, to: url)
            return
        }
        if almanac_exchange_paths(staging.path, url.path) == 0 {
            retire(staging)  // now the previous output
            return
        }
        // No atomic exchange on this file system: two renames. A build killed between them leaves
        // the previous output as `.NAME.almanac-old-…`, which the next build puts back first.
        let old = sibling("old")
        try fileManager.moveItem(at: url, to: old)
        do {
            try fileManager.moveItem(at: staging, to: url)
        } catch {
            try? fileManager.moveItem(at: old, to: url)
            throw error
        }
        retire(old)
    }

    /// Folders next to the output that earlier builds left: (URL, kind `new`, `old` or `gone`),
    /// only those that carry the marker and whose build is no longer running. (A `gone` one may
    /// still be being removed: removing it twice is harmless.)
    private func leftovers() -> [(url: URL, kind: String)] {
        let prefix = ".\(name).almanac-"
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        return entries.sorted().compactMap { entry in
            guard entry.hasPrefix(prefix) else { return nil }
            let parts = entry.dropFirst(prefix.count).split(separator: "-")
            guard parts.count >= 2, ["new", "old", "gone"].contains(parts[0]), let pid = Int32(parts[1]) else { return nil }
            if pid == ProcessInfo.processInfo.processIdentifier || kill(pid, 0) == 0 || errno == EPERM { return nil }
            let folder = parent.appendingPathComponent(entry)
            guard OutputManifest.read(in: folder) != .none else { return nil }
            return (folder, String(parts[0]))
        }
    }

    /// Tidies up after killed builds: puts back the previous output if one was killed between the
    /// two renames of the fallback swap, and removes the folders they left (but the one this
    /// build took as its spare, which has its name by now) and removals cut short.
    func recover() {
        if (try? fileManager.attributesOfItem(atPath: url.path)) == nil,
            let old = leftovers().first(where: { $0.kind == "old" })
        {
            try? fileManager.moveItem(at: old.url, to: url)
        }
        for leftover in leftovers() { discard(leftover.url) }
    }
}

extension OutputFolder.LazyStaging: EarlierOutput {
    func inputs() throws -> [String: PageInputs] { try folder().earlierInputs }
    func keep(_ path: String, made: PageInputs) throws -> Bool { try folder().keep(path, made: made) }
    func earlierBytes(_ path: String, range: Range<Int>?) throws -> [UInt8]? { try folder().earlierBytes(path, range: range) }
    func earlierSize(_ path: String) throws -> Int? { try folder().earlierSize(path) }
}
