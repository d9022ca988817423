import Foundation
import Testing

@testable import AlmanacSite

/// Loaders (`data/NAME.csv.*` with the run bit): run in the site's folder when site.yml allows
/// it, their output read as `data/NAME.csv` and kept until the loader or one of its inputs
/// changes; a failure shows the loader's standard error, a hang is stopped at the time limit.
@Suite struct DataLoaderTests {
    static let loaderPath = "Content/data/extra.csv.sh"

    /// The basic site with a loader that counts its runs in `runs.log` (beside Content/) and
    /// prints the figures of `Content/db/figures.txt`.
    func site(loaders: Bool = true, timeout: String = "", loader: String? = nil) throws -> TestSite {
        var files = TestSite.basic
        files["Content/site.yml"] = "title: 测试报告\nfeatured: [output]\n" + (loaders ? "loaders: true\n" : "") + timeout
        files["Content/db/figures.txt"] = "hz,2021,output,1000\n"
        let site = try TestSite(files)
        try write(site, loader ?? """
            #!/bin/sh
            # inputs: Content/db/figures.txt
            echo run >> runs.log
            echo region,year,indicator,value,source
            sed 's/$/,数据库/' Content/db/figures.txt
            """)
        return site
    }

    func write(_ site: TestSite, _ script: String) throws {
        try site.writeProgram(Self.loaderPath, script + "\n")
    }

    func runs(_ site: TestSite) -> Int {
        let log = (try? String(contentsOf: site.root.appendingPathComponent("runs.log"), encoding: .utf8)) ?? ""
        return log.split(separator: "\n").count
    }

    func errors(_ site: TestSite) throws -> [String] {
        try site.check().filter { $0.contains(": error: ") }
    }

    @Test func aLoadersOutputIsReadAsItsCSVAndKept() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        #expect(runs(site) == 1)
        #expect(try site.read("data/observations.csv").contains("hz,杭州市,2021,output,规上工业总产值,1000,亿元,reported,数据库"))
        let kept = try String(contentsOf: site.root.appendingPathComponent(".almanac-cache/data/extra.csv"), encoding: .utf8)
        #expect(kept == "region,year,indicator,value,source\nhz,2021,output,1000,数据库\n")
        try site.build()
        #expect(runs(site) == 1)  // the kept output, not a second run
    }

    @Test func anInputOrTheLoaderChangingRunsItAgain() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        try site.write("Content/db/figures.txt", "hz,2021,output,1001\n")
        try site.build()
        #expect(runs(site) == 2)
        #expect(try site.read("data/observations.csv").contains(",1001,"))
        try write(site, "#!/bin/sh\n# inputs: Content/db/figures.txt\necho run >> runs.log\necho region,year,indicator,value\necho hz,2021,output,7\n")
        try site.build()
        #expect(runs(site) == 3)
        try site.build()
        #expect(runs(site) == 3)
    }

    @Test func cacheOffRunsItEveryTime() throws {
        let site = try site(loader: "#!/bin/sh\n# cache: off\necho run >> runs.log\necho region,year,indicator,value\necho hz,2021,output,7\n")
        defer { site.remove() }
        try site.build()
        try site.build()
        #expect(runs(site) == 2)
    }

    @Test func withoutLoadersTrueItIsRefusedAndNeverRuns() throws {
        let site = try site(loaders: false)
        defer { site.remove() }
        let messages = try errors(site)
        #expect(messages == [
            "Content/data/extra.csv.sh:1:1: error: is a loader: a program that would run on this computer to make extra.csv. "
                + "Almanac runs a site's loaders only when Content/site.yml says `loaders: true`; add that line if you trust this site's code",
        ])
        #expect(runs(site) == 0)
    }

    @Test func aFailureShowsTheEndOfItsStandardError() throws {
        let site = try site(loader: "#!/bin/sh\necho 'Error: no such table: observations' >&2\nprintf 'colour \\033[31mred\\n' >&2\nexit 3\n")
        defer { site.remove() }
        #expect(try errors(site) == [
            "Content/data/extra.csv.sh:1:1: error: loader failed (exit status 3); its standard error ends:\n"
                + "    Error: no such table: observations\n    colour ?[31mred",
        ])
    }

    @Test func aHangingLoaderAndWhatItStartedAreStoppedAtTheLimit() throws {
        let site = try site(
            timeout: "loader_timeout: 1\n",
            loader: "#!/bin/sh\nsleep 300 &\necho $! > child.pid\necho started >&2\nwait\n")
        defer { site.remove() }
        #expect(try errors(site) == [
            "Content/data/extra.csv.sh:1:1: error: loader did not finish within 1 s and was stopped "
                + "(loader_timeout: in Content/site.yml sets the limit); its standard error ends:\n    started",
        ])
        let pid = try #require(Int32(try String(contentsOf: site.root.appendingPathComponent("child.pid"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // The background sleep was in the loader's process group: gone, or a zombie waiting for its reaper.
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.components(separatedBy: ") ").last?.first
        #expect(state == nil || state == "Z", "the loader's child \(pid) is still running")
    }

    @Test func aScriptWithoutTheRunBitIsNamed() throws {
        let site = try site()
        defer { site.remove() }
        chmod(site.root.appendingPathComponent(Self.loaderPath).path, 0o644)
        #expect(try errors(site) == ["Content/data/extra.csv.sh:1:1: error: looks like a loader but cannot run: give it the run bit (chmod +x extra.csv.sh)"])
    }

    @Test func aMissingInputIsAnErrorAtItsLine() throws {
        let site = try site(loader: "#!/bin/sh\n# inputs: Content/db/figures.txt Content/db/gone.sqlite\necho region,year,indicator,value\n")
        defer { site.remove() }
        #expect(try errors(site) == [
            "Content/data/extra.csv.sh:2:1: error: input \"Content/db/gone.sqlite\" (a path from the site's folder) is not a file that can be read",
        ])
    }

    @Test func anErrorInTheOutputPointsAtTheKeptFile() throws {
        let site = try site(loader: "#!/bin/sh\necho region,year,indicator,value\necho nowhere,2021,output,7\n")
        defer { site.remove() }
        let messages = try errors(site)
        #expect(messages == [".almanac-cache/data/extra.csv:2:1: error: unknown region \"nowhere\" (not in regions.csv)"], "\(messages)")
    }

    @Test func aLoaderAndAFileOfTheSameNameAreOneTooMany() throws {
        let site = try site()
        defer { site.remove() }
        try site.write("Content/data/extra.csv", "region,year,output\n")
        #expect(try errors(site) == [
            "Content/data/extra.csv.sh:1:1: error: is the same data file as Content/data/extra.csv (one name, one sidecar): keep one of them",
        ])
    }

    /// `serve`: a change to an input outside data/ is a change of the data, and reruns the loader.
    @Test func theSessionRerunsALoaderWhenAnInputChanges() throws {
        let site = try site()
        defer { site.remove() }
        var session = try BuildSession(SiteBuilder.Options(site: site.root))
        #expect(session.build().succeeded)
        try site.write("Content/db/figures.txt", "hz,2021,output,1002\n")
        let outcome = session.update(["Content/db/figures.txt"])
        #expect(outcome.full && outcome.changes == ["Content/db/figures.txt"])
        #expect(runs(site) == 2)
        let csv = String(decoding: session.lastGood?.contents("data/observations.csv") ?? [], as: UTF8.self)
        #expect(csv.contains(",1002,"))
        #expect(SiteChange("Content/db/figures.txt") == nil)
        #expect(SiteChange("Content/db/figures.txt", dataInputs: ["Content/db/figures.txt"]) == .everything)
        #expect(SiteChange("Content/data/quzhou.xlsx") == .everything)
        #expect(SiteChange("Content/data/~$quzhou.xlsx") == nil)
    }

    @Test func directives() {
        let directives = LoaderDirectives(Array("#!/bin/sh\n# inputs: a.sqlite  b.sql\n-- inputs: c.sql\n# cache: off\n".utf8))
        #expect(directives.inputs.map(\.path) == ["a.sqlite", "b.sql", "c.sql"])
        #expect(directives.inputs.map(\.line) == [2, 2, 3])
        #expect(!directives.cached)
        var hash = SHA256()
        hash.update("abc")
        #expect(hash.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var long = SHA256()
        long.update(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(long.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

extension TestSite {
    /// Writes an executable through a descriptor that closes on exec: a program another test
    /// starts meanwhile must not inherit it, or running this one would fail as "text file busy".
    func writeProgram(_ path: String, _ text: String) throws {
        let file = root.appendingPathComponent(path).path
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Foundation.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown)
        }
        chmod(file, 0o755)
    }
}
