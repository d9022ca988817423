import Foundation
import Testing

/// Each case of ``ChartCases`` against the file recorded in `Snapshots/` — `<case>.svg` for a wide
/// drawing, `<case>.narrow.svg` for a narrow one, `<case>.html` for small multiples — byte for
/// byte. After a deliberate change to the charts, re-record with `ALMANAC_RECORD_SNAPSHOTS=1
/// swift test --filter SnapshotTests`, look at the new files (they open in any browser; the
/// gallery, GalleryTests, shows them all in the theme) and commit them.
@Suite struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["ALMANAC_RECORD_SNAPSHOTS"] == "1"

    static let files: [(file: String, text: String)] =
        ChartCases.all.map { ($0.name + ".svg", $0.svg) } + ChartCases.multiples.map { ($0.name + ".html", $0.html) }

    @Test(arguments: files.map(\.file))
    func matchesTheRecordedFile(_ name: String) throws {
        let text = try #require(Self.files.first { $0.file == name }).text
        let file = Self.folder.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: file)
            return
        }
        let recorded = try #require(
            try? String(contentsOf: file, encoding: .utf8), "no snapshot \(file.lastPathComponent); record with ALMANAC_RECORD_SNAPSHOTS=1")
        #expect(recorded == text + "\n", "\(name) differs from its snapshot; if the change is meant, re-record it")
    }

    @Test func everySnapshotHasItsCase() throws {
        guard !Self.recording else { return }  // the files are being written meanwhile
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".svg") || $0.hasSuffix(".html") }
        #expect(Set(files) == Set(Self.files.map(\.file)))
    }
}
