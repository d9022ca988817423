import Foundation
import Testing

/// Each case of ``MapCases`` against `Snapshots/<case>.svg` and `<case>-legend.html`, byte for byte.
/// After a deliberate change, re-record with `ALMANAC_RECORD_SNAPSHOTS=1 swift test --filter
/// AlmanacMapsTests.SnapshotTests`, look at the files (they open in a browser) and commit them.
@Suite struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["ALMANAC_RECORD_SNAPSHOTS"] == "1"

    static func check(_ text: String, _ file: String) throws {
        let url = folder.appendingPathComponent(file)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: url)
            return
        }
        let recorded = try #require(try? String(contentsOf: url, encoding: .utf8), "no snapshot \(file); record with ALMANAC_RECORD_SNAPSHOTS=1")
        #expect(recorded == text + "\n", "\(file) differs from its snapshot; if the change is meant, re-record it")
    }

    @Test(arguments: MapCases.all.map(\.name))
    func matchesTheRecordedSVGAndLegend(_ name: String) throws {
        let found = try #require(MapCases.all.first { $0.name == name })
        try Self.check(found.svg, name + ".svg")
        try Self.check(found.legend, name + "-legend.html")
    }

    @Test func everySnapshotHasItsCase() throws {
        guard !Self.recording else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files) == Set(MapCases.all.flatMap { [$0.name + ".svg", $0.name + "-legend.html"] }))
    }
}
