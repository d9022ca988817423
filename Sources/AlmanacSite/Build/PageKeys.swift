import AlmanacData
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// What a page was rendered from, as a build that writes to disk records it for the next one
/// (in the spare's records, FileRecords.swift): the catalogue positions of the indicators whose
/// figures it read, and a key — the digest of what every page is made from (``PageKeys``) and of
/// those indicators' figures. A later build whose key for the same indicators is the same knows
/// the page would come out the same bytes, and takes the last output's file instead of
/// rendering it: after one figure of a national report changes, the pages of the other 299
/// indicators are not rendered again.
struct PageInputs: Equatable, Sendable {
    var key: FileDigest
    var indicators: [Int]
    /// Whether the page shows articles' first paragraphs, which are rendered with the articles.
    var firstParagraphs = false
    /// For a file made of parts that a later build can take one by one (the gzip members of
    /// `observations.csv.gz`, see ``DataExports``), their lengths in bytes.
    var parts: [Int] = []
}

/// The digests a build keys its pages with. `common` covers everything that is not one
/// indicator's figures, so that any change to it renders every page again: the program and its
/// theme, every file of `Content/` and `Templates/` but those the figures are read from, the
/// build's options, and the dataset's shape (its years, which indicators have figures where: it
/// decides which pages there are). Files are known by their size, times and inode rather than
/// their bytes, as `make` knows them: a rebuild does not read a site's thousands of Markdown
/// files a second time. The articles' first paragraphs, which listings show and which may hold
/// figures of any indicator, count for the pages that show them.
struct PageKeys: Sendable {
    let common: FileDigest
    /// By catalogue position.
    let indicators: [FileDigest]
    /// The articles' first paragraphs, once they are rendered.
    var firstParagraphs = FileDigest([])

    /// The key of a page that read the figures of `read` (catalogue positions, ascending).
    func key(_ read: [Int], firstParagraphs shown: Bool) -> FileDigest {
        var bytes = [UInt8]()
        bytes.reserveCapacity(16 * (read.count + 2))
        func add(_ digest: FileDigest) {
            withUnsafeBytes(of: digest.high.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: digest.low.littleEndian) { bytes.append(contentsOf: $0) }
        }
        add(common)
        if shown { add(firstParagraphs) }
        for indicator in read { add(indicators.indices.contains(indicator) ? indicators[indicator] : FileDigest([])) }
        return FileDigest([bytes])
    }

    /// The inputs to record of a page that read `reads`.
    func inputs(_ reads: DataReads, firstParagraphs shown: Bool) -> PageInputs {
        let read = reads.indicators
        return PageInputs(key: key(read, firstParagraphs: shown), indicators: read, firstParagraphs: shown)
    }

    /// Whether the page recorded as `inputs` would be rendered from the same as it was.
    func same(_ inputs: PageInputs) -> Bool { key(inputs.indicators, firstParagraphs: inputs.firstParagraphs) == inputs.key }

    /// The same keys, with the articles' first paragraphs.
    func adding(summaries: [Route: String]) -> PageKeys {
        let text = summaries.sorted { $0.key.file < $1.key.file }.map { "\($0.key.file)\n\($0.value)" }.joined(separator: "\u{0}")
        var keys = self
        keys.firstParagraphs = FileDigest([Array(text.utf8)])
        return keys
    }

    /// The keys of a build of `content` with `options`, whose figures were read from `dataFiles`
    /// (site-relative: left out of `common`, which their figures' digests stand for).
    static func make(_ content: SiteContent, files: SiteFiles, options: SiteBuilder.Options, dataFiles: Set<String>) -> PageKeys {
        let dataset = content.dataset
        let indicators = ParallelMap.map(Array(dataset.indicators.indices)) { FileDigest([dataset.contentBytes(ofIndicatorAt: $0)]) }
        var described: [String] = [
            "options \(options.portable) \(options.drafts) \(options.baseURL ?? "-") \(options.limits)",
            Self.describe(Bundle.main.executablePath ?? CommandLine.arguments[0]),
        ]
        if let resources = Bundle.module.resourceURL?.path {
            let tree = FileTree.walk(resources, followingRoot: true)
            described += (tree.files + tree.others).sorted().map { Self.describe(resources + "/" + $0) }
        }
        for folder in SiteFiles.guardedFolders {
            let root = files.path(folder)
            // Hidden files aside, as the loader leaves them (an editor's swap file is no input);
            // links are described by what they lead to.
            let tree = FileTree.walk(root, hidden: false, followingRoot: true)
            for file in (tree.files + tree.others).sorted() where !dataFiles.contains(folder + "/" + file) {
                described.append(Self.describe(root + "/" + file))
            }
        }
        let common = FileDigest([Array(described.joined(separator: "\n").utf8), dataset.shapeBytes()])
        return PageKeys(common: common, indicators: indicators)
    }

    /// A file as `make` knows it: its path, size, inode and modification and change times.
    private static func describe(_ path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return path + " -" }
        return "\(path) \(status.st_size) \(status.st_ino) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) "
            + "\(status.st_ctim.tv_sec).\(status.st_ctim.tv_nsec)"
    }
}

/// The last output, as a build writing the next one sees it (``OutputFolder/LazyStaging``).
protocol EarlierOutput: Sendable {
    /// What each page of the last output was rendered from, by path (empty when unknown).
    func inputs() throws -> [String: PageInputs]
    /// Makes the new output hold the last output's file at `path`, a page made from `made`;
    /// false, with nothing done, when that file is not the one recorded.
    func keep(_ path: String, made: PageInputs) throws -> Bool
    /// The bytes of the last output's file at `path` (only those of `range`, when given), while
    /// it is the file recorded.
    func earlierBytes(_ path: String, range: Range<Int>?) throws -> [UInt8]?
    /// The size of the last output's file at `path`, as recorded.
    func earlierSize(_ path: String) throws -> Int?
}
