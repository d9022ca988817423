import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

extension OutputFolder {
    /// The folder a build is writing: files can go in from several threads at once.
    final class Staging: Sendable {
        let url: URL
        private let output: OutputFolder
        /// Folders known to be there.
        private let folders: Mutex<Set<String>>
        /// `url`'s path.
        private let root: String
        /// What the spare held when it was taken; empty for a fresh folder.
        private let previousFiles: Set<String>
        private let previousFolders: Set<String>
        /// What the spare kept of its own files (`previous`) and of the output's.
        private let known: FileRecords
        /// What this build wrote, or found already there, and what its pages were rendered from.
        private let records = Mutex<[String: FileRecord]>([:])
        private let inputs = Mutex<[String: PageInputs]>([:])
        private let reused: Bool

        init(url: URL, output: OutputFolder, previous: FileTree?, records: FileRecords) {
            self.url = url
            root = url.path
            self.output = output
            reused = previous != nil
            previousFiles = Set(previous?.files ?? [])
            previousFolders = Set(previous?.folders ?? [])
            known = records
            folders = Mutex(previousFolders.union([""]))
        }

        /// Writes one file, making its folders; a path that would leave the folder is refused.
        func write(_ file: OutputFile) throws {
            if let problem = OutputManifest.problem(with: file.path) { throw OutputPathError(path: file.path, problem: problem) }
            try makeFolder(containing: file.path)
            let path = root + "/" + file.path
            let record: FileRecord?
            if previousFiles.contains(file.path) {
                record = try FileWriter.update(file, at: path, known: known.previous[file.path]).record
            } else {
                if previousFolders.contains(file.path) { try? FileManager.default.removeItem(atPath: path) }
                record = try FileWriter.write(file, to: path)
            }
            records.withLock { $0[file.path] = record }
            if let made = file.inputs { inputs.withLock { $0[file.path] = made } }
        }

        /// What the last output's pages were rendered from, by path.
        var earlierInputs: [String: PageInputs] { known.inputs }

        /// Makes the file at `path` hold what the output's file there holds — a page the build
        /// need not render again, made from `made` — and returns true; false, with nothing done,
        /// when the output's file is no longer the one recorded (the page is then rendered).
        /// Where this folder's file already holds those bytes (it is the output's file, or the
        /// spare's records say so), nothing is done; otherwise the output's file is given a second
        /// name here (a hard link: no byte read or written — a first rebuild of a national site
        /// copied 14 GB), or copied where the system cannot link. A file with two names is never
        /// written in place (FileWriter replaces it), so the output cannot change through the link.
        func keep(_ path: String, made: PageInputs) throws -> Bool {
            let outputPath = output.url.path + "/" + path
            guard OutputManifest.problem(with: path) == nil, let current = known.current[path], current.holds(outputPath)
            else { return false }
            let own = root + "/" + path
            func kept(_ record: FileRecord) -> Bool {
                records.withLock { $0[path] = record }
                inputs.withLock { $0[path] = made }
                return true
            }
            var mine = stat(), theirs = stat()
            let there = lstat(own, &mine) == 0
            if there, lstat(outputPath, &theirs) == 0, mine.st_ino == theirs.st_ino, mine.st_dev == theirs.st_dev {
                return kept(FileRecord(mine, digest: current.digest))
            }
            if there, previousFiles.contains(path), let previous = known.previous[path], previous.digest == current.digest,
                previous.size == current.size, previous.holds(own)
            {
                return kept(previous)
            }
            try makeFolder(containing: path)
            if there || previousFolders.contains(path) { try? FileManager.default.removeItem(atPath: own) }
            if link(outputPath, own) == 0, lstat(own, &mine) == 0 { return kept(FileRecord(mine, digest: current.digest)) }
            guard let bytes = try earlierBytes(path, range: nil), FileDigest([bytes]) == current.digest else { return false }
            var file = OutputFile(path: path, bytes: bytes)
            file.inputs = made
            try write(file)
            return true
        }

        /// The bytes of the output's file at `path` (or of `range` of them), while it is the
        /// file its record describes; nil otherwise.
        func earlierBytes(_ path: String, range: Range<Int>?) throws -> [UInt8]? {
            let outputPath = output.url.path + "/" + path
            guard OutputManifest.problem(with: path) == nil, let current = known.current[path], current.holds(outputPath)
            else { return nil }
            guard let range else { return SiteFiles.contents(outputPath) }
            guard range.upperBound <= current.size else { return nil }
            let descriptor = open(outputPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var bytes = [UInt8](repeating: 0, count: range.count)
            var done = 0
            while done < range.count {
                let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return nil }
                done += got
            }
            return bytes
        }

        func earlierSize(_ path: String) -> Int? { known.current[path]?.size }

        /// Makes the folder that the file at `path` goes in, clearing the way of files of the spare.
        private func makeFolder(containing path: String) throws {
            // The path is checked (relative, no empty, `.` or `..` segments), so its folder is
            // what stands before its last `/`, found without an `NSString` or `URL` per file.
            let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
            if !folders.withLock({ $0.contains(folder) }) {
                clearWay(for: folder)
                try makeFolder(folder)
            }
        }

        /// Makes `folder` and the folders above it that are not known to be there, with `mkdir`:
        /// FileManager's `createDirectory` looks at every folder on the way first, for each of a
        /// national site's tens of thousands of page folders.
        private func makeFolder(_ folder: String) throws {
            if folder.isEmpty || folders.withLock({ $0.contains(folder) }) { return }
            if let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) { try makeFolder(String(folder[..<slash])) }
            let path = root + "/" + folder
            if mkdir(path, 0o777) != 0 {
                // Made by another thread meanwhile, or a folder of the spare: fine; anything else is not.
                let code = errno
                var status = stat()
                guard code == EEXIST, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                    throw FileWriter.Failure(path: path, code: code)
                }
            }
            _ = folders.withLock { $0.insert(folder) }
        }

        /// Removes the spare's files that stand where `folder` or a folder above it goes now.
        private func clearWay(for folder: String) {
            var above = Substring(folder)
            while !above.isEmpty {
                if previousFiles.contains(String(above)) { unlink(root + "/" + above) }
                above = above.lastIndex(of: "/").map { above[..<$0] } ?? ""
            }
        }

        /// Removes what the spare held that this build did not write: files, then the folders
        /// left empty, deepest first.
        private func removeStale(keeping written: Set<String>) {
            for path in previousFiles where !written.contains(path) { unlink(root + "/" + path) }
            let used = folders.withLock { $0 }
            for folder in previousFolders.sorted(by: { $0.count > $1.count }) where !used.contains(folder) {
                rmdir(root + "/" + folder)
            }
        }

        /// Lists `paths` (what was written) and the copies in the marker, copies the files of
        /// `copies`, and swaps the folder in. Returns how many files the output holds.
        func commit(paths: [String], copies: [(source: URL, path: String)]) throws -> Int {
            for copy in copies {
                if let problem = OutputManifest.problem(with: copy.path) { throw OutputPathError(path: copy.path, problem: problem) }
            }
            try OutputManifest(paths: paths + copies.map(\.path)).write(into: url)
            for copy in copies {
                // The file a link points to, never the link: a copied link would point elsewhere from the output.
                let bytes = try Data(contentsOf: copy.source.resolvingSymlinksInPath())
                try write(OutputFile(path: copy.path, bytes: [UInt8](bytes)))
            }
            // The spare's records file goes with the other files no longer built.
            if reused { removeStale(keeping: Set(paths + copies.map(\.path) + [OutputManifest.fileName])) }
            try output.swap(in: url)
            // The replaced output is the spare now (unless a folder of that name that is not
            // Almanac's was in the way): it keeps the records of this build's files and of its
            // own. Without them the next build compares bytes, as it always could.
            // Without a spare (the output was new), they go next to the output instead.
            var status = stat()
            let made = FileRecords(current: records.withLock { $0 }, previous: known.current, inputs: inputs.withLock { $0 })
            if lstat(output.spare.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, OutputManifest.read(in: output.spare) != .none {
                try? made.write(into: output.spare)
                if FileRecords.mayReplace(output.records) { unlink(output.records.path) }
            } else if FileRecords.mayReplace(output.records) {
                try? FileRecords(current: made.current, inputs: made.inputs).write(to: output.records)
            }
            return paths.count + copies.count
        }

        /// Gives up; the output stays as it was. A fresh folder is removed at once, not in the
        /// background: after a failed build nothing of it should be left next to the output. A
        /// spare stays the spare.
        func abandon() {
            if reused {
                output.retire(url)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }
}
