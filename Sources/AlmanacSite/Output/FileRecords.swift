import Foundation

/// `.almanac-records`, inside the spare only: the ``FileRecord`` of every file of the output
/// (`current`) and of the spare itself (`previous`), written when a build has swapped its folder
/// in and the replaced output became the spare. The next build, writing into the spare, knows
/// from `previous` which of its files already hold a page without reading them, and passes
/// `current` on. Never in the output, which stays the same bytes for the same input; only a cache
/// — a record missing, damaged or stale costs a comparison of the file's bytes, never a wrong file.
/// With the records of the output's files go what its pages were rendered from (`inputs`,
/// ``PageInputs``), by which the next build knows which pages it need not render again.
struct FileRecords: Equatable, Sendable {
    static let fileName = ".almanac-records"
    static let header = "# Almanac's records of the files of the output (current) and of this spare (previous): size, inode, change time, digest, path."

    var current: [String: FileRecord] = [:]
    var previous: [String: FileRecord] = [:]
    var inputs: [String: PageInputs] = [:]

    /// What `folder`'s records file holds; empty when it holds nothing readable. Lines that do not
    /// read as records are passed over.
    static func read(in folder: URL) -> FileRecords { read(file: folder.appendingPathComponent(fileName)) }

    /// The records in the file at `url` (see ``read(in:)``).
    static func read(file url: URL) -> FileRecords {
        guard let data = FileManager.default.contents(atPath: url.path) else { return FileRecords() }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(header) else { return FileRecords() }
        var records = FileRecords()
        var section = Substring("= current")
        for line in lines.dropFirst() {
            if line.hasPrefix("= ") {
                section = line
                continue
            }
            // The path is the rest of the line, spaces and all.
            if section == "= inputs" {
                let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
                guard fields.count == 5, let key = FileDigest(text: fields[0]), fields[1] == "0" || fields[1] == "1" else { continue }
                func numbers(_ field: Substring) -> [Int] { field == "-" ? [] : field.split(separator: ",").compactMap { Int($0) } }
                records.inputs[String(fields[4])] = PageInputs(
                    key: key, indicators: numbers(fields[2]), firstParagraphs: fields[1] == "1", parts: numbers(fields[3]))
                continue
            }
            let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let record = FileRecord(size: fields[0], inode: fields[1], changed: fields[2], digest: fields[3])
            else { continue }
            if section == "= current" { records.current[String(fields[4])] = record } else { records.previous[String(fields[4])] = record }
        }
        return records
    }

    /// Whether the file at `url` may be replaced by records: there is none, or it holds records.
    /// Anything else of that name is someone's, and left alone.
    static func mayReplace(_ url: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return !FileManager.default.fileExists(atPath: url.path) }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.utf8.count + 1)) ?? Data()
        return start == Data((header + "\n").utf8)
    }

    /// Writes the records into `folder` (see ``write(to:)``).
    func write(into folder: URL) throws { try write(to: folder.appendingPathComponent(Self.fileName)) }

    /// Writes the records to `url` through a file of its own renamed over the old one, so that a
    /// build killed meanwhile leaves the old records or the new, never half of them; readable by
    /// its owner only, as the spare is.
    func write(to url: URL) throws {
        func lines(_ records: [String: FileRecord]) -> [String] {
            // A path with a line end in it could not be read back: it goes unrecorded.
            records.keys.sorted().filter { !$0.contains("\n") }.map { records[$0]!.text + " " + $0 }
        }
        let read = inputs.keys.sorted().filter { !$0.contains("\n") }.map { path in
            let page = inputs[path]!
            func numbers(_ list: [Int]) -> String { list.isEmpty ? "-" : list.map(String.init).joined(separator: ",") }
            return "\(page.key.text) \(page.firstParagraphs ? 1 : 0) \(numbers(page.indicators)) \(numbers(page.parts)) \(path)"
        }
        let text = ([Self.header, "= current"] + lines(current) + ["= previous"] + lines(previous) + ["= inputs"] + read)
            .joined(separator: "\n") + "\n"
        let temporary = URL(fileURLWithPath: url.path + "-\(ProcessInfo.processInfo.processIdentifier)")
        try Data(text.utf8).write(to: temporary)
        chmod(temporary.path, 0o600)
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            unlink(temporary.path)
            throw FileWriter.Failure(path: url.path, code: code)
        }
    }
}
