import AlmanacData
import Foundation
import Synchronization
import Testing

@testable import AlmanacSite

/// The downloads of a rebuild keep what did not change (``ExportReuse``): an unchanged
/// indicator's files are kept and its gzip member taken from the last file of all figures, and
/// the files come out the same bytes as made from nothing.
@Suite struct ExportReuseTests {
    /// The last output in memory: its files and what they were made from; says what it kept.
    final class LastOutput: EarlierOutput {
        let files: [String: [UInt8]]
        let made: [String: PageInputs]
        let keptPaths = Mutex<[String]>([])
        /// The files read in part: the file of all figures, for the members it holds.
        let partlyRead = Mutex<Set<String>>([])

        init(_ files: [OutputFile]) {
            self.files = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
            made = Dictionary(uniqueKeysWithValues: files.compactMap { file in file.inputs.map { (file.path, $0) } })
        }

        func inputs() -> [String: PageInputs] { made }
        func keep(_ path: String, made: PageInputs) -> Bool {
            keptPaths.withLock { $0.append(path) }
            return files[path] != nil
        }
        func earlierBytes(_ path: String, range: Range<Int>?) -> [UInt8]? {
            guard let range else { return files[path] }
            partlyRead.withLock { _ = $0.insert(path) }
            return Array(files[path]![range])
        }
        func earlierSize(_ path: String) -> Int? { files[path]?.count }
        var kept: Set<String> { Set(keptPaths.withLock { $0 }) }
    }

    let location = SourceLocation(file: "Content/data/x.csv", line: 1)

    func dataset(output la: Double) -> Dataset {
        let tree = RegionTree.build([
            Region(id: "zj", name: "浙江省", parentID: nil, location: location),
            Region(id: "la", name: "临安区", parentID: "zj", location: location),
            Region(id: "qz", name: "衢州市", parentID: "zj", location: location),
        ]).tree
        let indicators = [
            Indicator(id: "output", name: "产值", unit: "亿元", aggregate: .sum, decimals: 1),
            Indicator(id: "empty", name: "无数据"),
            Indicator(id: "patents", name: "专利", unit: "件", aggregate: .sum),
        ]
        let observations = [
            Observation(region: "la", year: 2020, indicator: "output", value: la, source: "临安通报", location: location),
            Observation(region: "qz", year: 2020, indicator: "output", value: 500, location: location),
            Observation(region: "qz", year: 2023, indicator: "patents", value: 4573, note: "推算值", location: location),
            Observation(region: "qz", year: 2024, indicator: "patents", value: 5590, location: location),
        ]
        return Dataset.build(tree: tree, indicators: indicators, observations: observations).dataset
    }

    func reuse(_ dataset: Dataset, _ last: LastOutput?) -> SiteRenderer.PageReuse {
        let keys = PageKeys(
            common: FileDigest([Array("site".utf8)]),
            indicators: dataset.indicators.indices.map { FileDigest([dataset.contentBytes(ofIndicatorAt: $0)]) })
        return SiteRenderer.PageReuse(keys: keys, earlier: last?.inputs() ?? [:], folder: last ?? LastOutput([]))
    }

    func bytes(_ files: [OutputFile]) -> [String: [UInt8]] { Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) }) }

    @Test func anUnchangedIndicatorKeepsItsFilesAndItsMember() throws {
        for largestFile in [256 << 20, 480] {  // with the files of all figures, and with only the compressed one
            let before = dataset(output: 974.2)
            let (first, firstSummary) = try DataExports.files(before, largestFile: largestFile, batch: 2, reuse: reuse(before, nil))
            #expect(firstSummary.omitted == (largestFile < 1000 ? [.observations(.csv), .observations(.json)] : []))
            let last = LastOutput(first)
            #expect(last.made["data/observations.csv.gz"]?.parts.count == 4)

            let after = dataset(output: 980.5)
            let (files, summary) = try DataExports.files(after, largestFile: largestFile, batch: 2, reuse: reuse(after, last))
            #expect(last.kept == ["data/indicators/patents.csv", "data/indicators/patents.json", "data/indicators/empty.csv",
                "data/indicators/empty.json"])
            #expect(last.partlyRead.withLock { $0 } == ["data/observations.csv.gz"])
            let fresh = try DataExports.files(after, largestFile: largestFile, batch: 2)
            // The kept files are written by the last output; the others as made from nothing.
            let made = bytes(files.filter { !last.kept.contains($0.path) })
            #expect(made == bytes(fresh.files.filter { !last.kept.contains($0.path) }))
            #expect(made["data/observations.csv.gz"] != nil)
            #expect(summary.sizes == fresh.summary.sizes && summary.omitted == fresh.summary.omitted)
        }
    }

    /// What files were made from reads back as written.
    @Test func inputsReadBackAsWritten() throws {
        let site = try TestSite()
        defer { site.remove() }
        let record = FileRecord(size: 3, inode: 7, changed: 11, digest: FileDigest([[1, 2, 3]]))
        let records = FileRecords(
            current: ["a b.html": record], previous: [:],
            inputs: [
                "a b.html": PageInputs(key: FileDigest([[4]]), indicators: [0, 2], firstParagraphs: true),
                "data/observations.csv.gz": PageInputs(key: FileDigest([[5]]), indicators: [], parts: [20, 0, 311]),
            ])
        try records.write(into: site.root)
        #expect(FileRecords.read(in: site.root) == records)
    }
}
