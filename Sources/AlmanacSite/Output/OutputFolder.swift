import CFileSwap
import Foundation
import Synchronization

/// Replaces the output folder without ever losing the last good one: the new site is written
/// into a fresh folder next to it and swapped in at the end — in one step where the system can
/// exchange two names atomically (Linux, macOS), so a build that fails, is interrupted or is
/// killed at any moment leaves the previous output whole. What a killed build leaves behind
/// (hidden `.NAME.almanac-new-…` folders next to the output) is removed by the next build, and
/// old outputs are removed in the background (BackgroundRemoval.swift). The refusal rules are in
/// OutputSafety.swift, the marker in OutputManifest.swift.
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

    /// A fresh folder next to the output for a build to write into, file by file as its pages
    /// are rendered; ``Staging/commit(paths:copies:)`` swaps it in.
    func stage() throws -> Staging {
        recover()
        let staging = sibling("new")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        // The marker goes first (its list comes with the commit), so that the leftovers of a
        // build killed while writing are known as ours.
        try OutputManifest(paths: []).write(into: staging)
        return Staging(url: staging, output: self)
    }

    /// A build's staging folder, made when the first file arrives (from any of the threads
    /// rendering pages), so that a site whose content does not even load leaves nothing behind.
    final class LazyStaging: Sendable {
        private let output: OutputFolder
        private let staging = Mutex<Staging?>(nil)

        init(_ output: OutputFolder) { self.output = output }

        func folder() throws -> Staging {
            try staging.withLock { current in
                if let current { return current }
                let made = try output.stage()
                current = made
                return made
            }
        }

        func abandon() { staging.withLock { $0?.abandon() } }
    }

    /// The folder a build is writing: files can go in from several threads at once.
    final class Staging: Sendable {
        let url: URL
        private let output: OutputFolder
        private let folders = Mutex<Set<String>>([""])

        fileprivate init(url: URL, output: OutputFolder) {
            self.url = url
            self.output = output
        }

        /// Writes one file, making its folders; a path that would leave the folder is refused.
        func write(_ file: OutputFile) throws {
            if let problem = OutputManifest.problem(with: file.path) { throw OutputPathError(path: file.path, problem: problem) }
            let folder = (file.path as NSString).deletingLastPathComponent
            if !folders.withLock({ $0.contains(folder) }) {
                try FileManager.default.createDirectory(
                    at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
                _ = folders.withLock { $0.insert(folder) }
            }
            try FileWriter.write(file, to: url.path + "/" + file.path)
        }

        /// Lists `paths` (what was written) and the copies in the marker, copies the files of
        /// `copies`, and swaps the folder in. Returns how many files the output holds.
        func commit(paths: [String], copies: [(source: URL, path: String)]) throws -> Int {
            let fileManager = FileManager.default
            for copy in copies {
                if let problem = OutputManifest.problem(with: copy.path) { throw OutputPathError(path: copy.path, problem: problem) }
            }
            try OutputManifest(paths: paths + copies.map(\.path)).write(into: url)
            for copy in copies {
                let target = url.appendingPathComponent(copy.path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                // The file a link points to, never the link: a copied link would point elsewhere from the output.
                try fileManager.copyItem(at: copy.source.resolvingSymlinksInPath(), to: target)
            }
            try output.swap(in: url)
            return paths.count + copies.count
        }

        /// Gives up: the folder is removed, the output stays as it was. At once, not in the
        /// background: after a failed build nothing of it should be left next to the output.
        func abandon() { try? FileManager.default.removeItem(at: url) }
    }

    fileprivate func swap(in staging: URL) throws {
        guard (try? fileManager.attributesOfItem(atPath: url.path)) != nil else {
            try fileManager.moveItem(at: staging, to: url)
            return
        }
        if almanac_exchange_paths(staging.path, url.path) == 0 {
            BackgroundRemoval.remove(staging.path)  // now the previous output
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
        BackgroundRemoval.remove(old.path)
    }

    /// Folders next to the output that earlier builds left: (URL, kind `new` or `old`), only those
    /// that carry the marker and whose build is no longer running.
    private func leftovers() -> [(url: URL, kind: String)] {
        let prefix = ".\(name).almanac-"
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        return entries.sorted().compactMap { entry in
            guard entry.hasPrefix(prefix) else { return nil }
            let parts = entry.dropFirst(prefix.count).split(separator: "-")
            guard parts.count >= 2, parts[0] == "new" || parts[0] == "old", let pid = Int32(parts[1]) else { return nil }
            if pid == ProcessInfo.processInfo.processIdentifier || kill(pid, 0) == 0 || errno == EPERM { return nil }
            let folder = parent.appendingPathComponent(entry)
            guard OutputManifest.read(in: folder) != .none else { return nil }
            return (folder, String(parts[0]))
        }
    }

    /// Tidies up after killed builds: puts back the previous output if one was killed between the
    /// two renames of the fallback swap, and removes the folders they were writing.
    func recover() {
        if (try? fileManager.attributesOfItem(atPath: url.path)) == nil,
            let old = leftovers().first(where: { $0.kind == "old" })
        {
            try? fileManager.moveItem(at: old.url, to: url)
        }
        for leftover in leftovers() { BackgroundRemoval.remove(leftover.url.path) }
    }
}
