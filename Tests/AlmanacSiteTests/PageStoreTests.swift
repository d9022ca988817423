import Foundation
import Testing

@testable import AlmanacSite

/// What `serve` keeps of a site larger than its memory budget: the files past the budget on disk,
/// served with the same bytes, and the space of a replaced file given back.
@Suite struct PageStoreTests {
    @Test func filesStayInMemoryWhileTheBudgetLastsThenGoToDisk() {
        let store = PageStore(budget: 100)
        let first = store.keep(OutputFile(path: "a.html", bytes: Array(repeating: 1, count: 60)))
        let second = store.keep(OutputFile(path: "b.html", bytes: Array(repeating: 2, count: 60)))
        #expect(first.stored == nil)
        #expect(second.stored != nil)
        #expect(second.path == "b.html" && second.bytes == Array(repeating: 2, count: 60))
        #expect(second.chunks == [Array(repeating: 2, count: 60)])
        #expect(store.storedBytes == 60)
        store.startOver()
        #expect(store.keep(OutputFile(path: "c.html", bytes: [3])).stored == nil)
    }

    @Test func aFileInChunksIsStoredWhole() {
        let store = PageStore(budget: 0)
        let kept = store.keep(OutputFile(path: "data/all.csv", chunks: [Array("a,b\r\n".utf8), [], Array("1,2\r\n".utf8)]))
        #expect(kept.stored != nil)
        #expect(kept.size == 10)
        #expect(String(decoding: kept.bytes, as: UTF8.self) == "a,b\r\n1,2\r\n")
    }

    @Test func aFileNoOneUsesGivesItsSpaceBack() throws {
        let store = PageStore(budget: 0)
        let size = 4 << 20
        var kept: OutputFile? = store.keep(OutputFile(path: "big.html", bytes: Array(repeating: 7, count: size)))
        #expect(kept?.stored != nil)
        #expect(store.storedBytes == size)
        let allocated = store.allocatedBytes
        #expect(allocated >= size)
        #expect(kept?.bytes.count == size)
        kept = nil
        #expect(store.storedBytes == 0)
        #if os(Linux)
            #expect(store.allocatedBytes < allocated, "the range's blocks are punched out of the store")
        #endif
    }

    /// A session with no memory budget keeps every file on disk: what it serves, before and after
    /// an edit, is what a session holding everything in memory serves.
    @Test func aSessionOnDiskServesWhatOneInMemoryServes() throws {
        let site = try TestSite(BuildSessionTests.files)
        defer { site.remove() }
        var onDisk = SiteBuilder.Options(site: site.root)
        onDisk.limits.pagesInMemory = 0
        var stored = try BuildSession(onDisk)
        #expect(stored.build().succeeded)
        var held = try BuildSession(SiteBuilder.Options(site: site.root))
        #expect(held.build().succeeded)
        #expect(stored.store.storedBytes > 0)
        #expect(held.store.storedBytes == 0)
        func expectSame(sourceLocation: SourceLocation = #_sourceLocation) {
            let paths = held.lastGood?.paths ?? []
            #expect(!paths.isEmpty, sourceLocation: sourceLocation)
            #expect(stored.lastGood?.paths == paths, sourceLocation: sourceLocation)
            let differing = paths.filter { stored.lastGood?.contents($0) != held.lastGood?.contents($0) }
            #expect(differing.isEmpty, "\(differing)", sourceLocation: sourceLocation)
            // Nothing but the current files holds space: the versions they replaced gave theirs back.
            let current = stored.lastGood?.generated.values.reduce(0) { $0 + $1.size } ?? -1
            #expect(stored.store.storedBytes == current, sourceLocation: sourceLocation)
        }
        expectSame()

        let article = "Content/pages/2020/linan.md"
        try site.write(article, BuildSessionTests.files[article]!.replacingOccurrences(of: "第二段", with: "改过的第二段"))
        #expect(stored.update([article]).succeeded)
        #expect(held.update([article]).succeeded)
        expectSame()
        #expect(stored.lastGood?.contents("pages/2020/linan/index.html").map { String(decoding: $0, as: UTF8.self) }?.contains("改过的第二段") == true)

        // An edit with an error: the last good site stays, its bytes still readable.
        let before = stored.lastGood?.contents("pages/2020/linan/index.html")
        try site.write(article, "---\ntitle: [\n---\n")
        #expect(!stored.update([article]).succeeded)
        #expect(stored.lastGood?.contents("pages/2020/linan/index.html") == before)

        // A data edit renders everything again.
        try site.write(article, BuildSessionTests.files[article]!)
        let data = "Content/data/output.csv"
        try site.write(data, BuildSessionTests.files[data]!.replacingOccurrences(of: "qz,2020,output,500", with: "qz,2020,output,512"))
        #expect(stored.update([article, data]).succeeded)
        #expect(held.update([article, data]).succeeded)
        expectSame()
    }
}
