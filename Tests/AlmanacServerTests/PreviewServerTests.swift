import AlmanacSite
import Foundation
import Synchronization
import Testing

@testable import AlmanacServer

/// The preview server as a library: its events, one rebuild for a burst of saves, and stopping
/// when its task is cancelled (the command line stops it with signals; see AlmanacCLITests).
@Suite struct PreviewServerTests {
    final class Events: Sendable {
        private let list = Mutex<[PreviewServer.Event]>([])
        func add(_ event: PreviewServer.Event) { list.withLock { $0.append(event) } }
        var all: [PreviewServer.Event] { list.withLock { $0 } }

        var rebuilds: [BuildSession.Outcome] {
            all.compactMap { if case .rebuilt(let outcome, _) = $0 { outcome } else { nil } }
        }

        var address: URL? {
            all.lazy.compactMap { if case .listening(let url, _) = $0 { url } else { nil } }.first
        }

        func wait(seconds: Double = 20, until done: () -> Bool) async throws -> Bool {
            let deadline = ContinuousClock.now + .seconds(seconds)
            while ContinuousClock.now < deadline {
                if done() { return true }
                try await Task.sleep(for: .milliseconds(20))
            }
            return done()
        }
    }

    static func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-preview-\(UUID().uuidString)")
        let files = [
            "Content/regions.csv": "id,name,parent\nqz,衢州市,\n",
            "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction\npatents,有效发明专利,件,创新,sum,0,up\n",
            "Content/data/2024.csv": "region,year,patents\nqz,2024,5590\n",
            "Content/pages/a.md": "---\ntitle: 甲\n---\n第一版。\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func aBurstOfSavesIsOneRebuildAndCancellingStopsIt() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        var configuration = PreviewServer.Configuration(site: root)
        configuration.port = 0
        configuration.handlesSignals = false
        // Far longer than five saves take, however loaded the machine.
        let quiet = Duration.seconds(1)
        configuration.quietPeriod = quiet
        let events = Events()
        let server = Task { try await PreviewServer(configuration) { events.add($0) }.run() }
        #expect(try await events.wait(seconds: 120) { events.address != nil })
        let address = try #require(events.address)
        #expect(address.host == "127.0.0.1" && address.port != nil && address.port != 0)
        guard case .built(let first, _)? = events.all.first(where: { if case .built = $0 { true } else { false } }) else {
            Issue.record("no first build in \(events.all)")
            return
        }
        #expect(first.succeeded && first.full && first.pages > 0)

        let article = root.appendingPathComponent("Content/pages/a.md")
        let burst = ContinuousClock.now
        for save in 1...5 { try Data("---\ntitle: 甲\n---\n第\(save)版。\n".utf8).write(to: article) }
        #expect(ContinuousClock.now - burst < quiet, "the saves were no burst")
        #expect(try await events.wait(seconds: 60) { !events.rebuilds.isEmpty })
        // A save after the first rebuild makes the second: had the burst been split, it would be the third.
        try Data("---\ntitle: 乙\n---\n另一篇。\n".utf8).write(to: root.appendingPathComponent("Content/pages/b.md"))
        #expect(try await events.wait(seconds: 60) { events.rebuilds.count >= 2 })
        #expect(events.rebuilds.map(\.changes) == [["Content/pages/a.md"], ["Content/pages/b.md"]])
        // Its first paragraph is its summary in the listings, so they are rendered too.
        #expect(events.rebuilds.first.map { Set($0.rendered) } == ["pages/a/index.html", "index.html", "pages/index.html"])

        let start = ContinuousClock.now
        server.cancel()
        _ = await server.result
        // Well under a second (see ``PreviewServer``); loose, so that load cannot fail it.
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func aTakenPreferredPortMeansTheNextFreeOne() async throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let held = try HeldPort()
        var configuration = PreviewServer.Configuration(site: root)
        configuration.handlesSignals = false
        configuration.preferredPort = held.port
        let events = Events()
        let server = Task { try await PreviewServer(configuration) { events.add($0) }.run() }
        #expect(try await events.wait(seconds: 120) { events.address != nil })
        let said = events.all.lazy.compactMap { if case .listening(let url, let instead) = $0 { (url, instead) } else { nil } }.first
        #expect(said?.1 == held.port)
        #expect(said.flatMap(\.0.port).map { (held.port + 1)...(held.port + 9) ~= $0 } == true, "\(String(describing: said))")
        server.cancel()
        _ = await server.result
    }

    @Test func aFolderThatIsNoSiteIsWrongUsage() async throws {
        let events = Events()
        var configuration = PreviewServer.Configuration(site: URL(fileURLWithPath: "/nonexistent-almanac-site"))
        configuration.port = 0
        await #expect(throws: UsageError.self) { try await PreviewServer(configuration) { events.add($0) }.run() }
        #expect(events.all.isEmpty)
    }
}
