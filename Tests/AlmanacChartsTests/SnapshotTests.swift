import Foundation
import Testing

/// Each case of ``ChartCases`` against the SVG recorded in `Snapshots/<case>.svg`, byte for byte.
/// After a deliberate change to the charts, re-record with `ALMANAC_RECORD_SNAPSHOTS=1 swift test
/// --filter SnapshotTests`, look at the new files (they open in any browser) and commit them.
@Suite struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["ALMANAC_RECORD_SNAPSHOTS"] == "1"

    @Test(arguments: ChartCases.all.map(\.name))
    func matchesTheRecordedSVG(_ name: String) throws {
        let svg = try #require(ChartCases.all.first { $0.name == name }).svg
        let file = Self.folder.appendingPathComponent(name + ".svg")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data((svg + "\n").utf8).write(to: file)
            return
        }
        let recorded = try #require(
            try? String(contentsOf: file, encoding: .utf8), "no snapshot \(file.lastPathComponent); record with ALMANAC_RECORD_SNAPSHOTS=1")
        #expect(recorded == svg + "\n", "\(name) differs from its snapshot; if the change is meant, re-record it")
    }

    @Test func everySnapshotHasItsCase() throws {
        guard !Self.recording else { return }  // the files are being written meanwhile
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".svg") }
        #expect(Set(files) == Set(ChartCases.all.map { $0.name + ".svg" }))
    }
}
