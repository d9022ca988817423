import AlmanacData
import Foundation

/// The site's loaders, run when `site.yml` allows it, at most one per core at a time. A loader's
/// output is kept in `SITE/.almanac-cache/data/NAME.csv` (where its messages point) with the key
/// it was made under in `NAME.csv.key`: a SHA-256 of the loader's bytes and of every file its
/// `# inputs:` lines name. The next build with the same key reads the kept output instead of
/// running the loader; `# cache: off` runs it every time.
enum DataLoaders {
    struct Result: Sendable {
        var path: String
        /// Where the output is kept and what its rows' messages name.
        var cacheFile: String
        /// The CSV it made; nil when it failed or was not allowed.
        var output: [UInt8]?
        /// The input files it names, site-relative as written.
        var inputs: [String]
        var diagnostics: [Diagnostic]
    }

    static let cacheFolder = ".almanac-cache"
    /// Written into every key, so a change of how keys are made invalidates them all.
    private static let keyVersion = "almanac loader cache 1\n"

    static func run(_ loaders: [(path: String, output: String)], files: SiteFiles, config: SiteConfig) -> [Result] {
        ParallelMap.map(loaders.map { Job(path: $0.path, output: $0.output) }) { job in
            run(job, files: files, config: config)
        }
    }

    private struct Job: Sendable {
        var path: String
        var output: String
    }

    private static func run(_ job: Job, files: SiteFiles, config: SiteConfig) -> Result {
        let cacheFile = cacheFolder + "/" + job.output.dropFirst("Content/".count)
        var result = Result(path: job.path, cacheFile: cacheFile, output: nil, inputs: [], diagnostics: [])
        let name = job.output.split(separator: "/").last ?? ""
        guard config.loaders else {
            result.diagnostics.append(
                .error(
                    job.path,
                    "is a loader: a program that would run on this computer to make \(name). Almanac runs a site's loaders "
                        + "only when Content/site.yml says `loaders: true`; add that line if you trust this site's code"))
            return result
        }
        guard let script = files.read(job.path, diagnostics: &result.diagnostics) else { return result }
        let directives = LoaderDirectives(script)
        result.inputs = directives.inputs.map(\.path)
        var key = SHA256()
        key.update(keyVersion + job.path + "\n")
        key.update(script)
        for input in directives.inputs {
            let absolute = input.path.hasPrefix("/") ? input.path : files.path(input.path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), !isFolder.boolValue,
                let bytes = FileManager.default.contents(atPath: absolute)
            else {
                result.diagnostics.append(
                    .error(job.path, line: input.line, "input \"\(input.path)\" (a path from the site's folder) is not a file that can be read"))
                continue
            }
            key.update("\n" + input.path + "\n\(bytes.count)\n")
            key.update([UInt8](bytes))
        }
        guard result.diagnostics.isEmpty else { return result }
        let digest = key.hex()
        let keyFile = cacheFile + ".key"
        if directives.cached, let kept = try? String(contentsOfFile: files.path(keyFile), encoding: .utf8), kept == digest + "\n",
            let bytes = FileManager.default.contents(atPath: files.path(cacheFile))
        {
            result.output = [UInt8](bytes)
            return result
        }
        let outcome = LoaderProcess.run(files.path(job.path), in: files.root.path, timeout: config.loaderTimeout)
        switch outcome.ending {
        case .exited(0):
            result.output = outcome.output
            if let problem = keep(outcome.output, digest: directives.cached ? digest : nil, as: cacheFile, files: files) {
                result.diagnostics.append(.warning(job.path, "its output could not be kept in \(cacheFile) (\(problem)); it runs again next time"))
            }
        case .exited(let status):
            result.diagnostics.append(.error(job.path, "loader failed (exit status \(status))" + errorText(outcome.errors)))
        case .signalled(let signal):
            result.diagnostics.append(.error(job.path, "loader was killed by signal \(signal)" + errorText(outcome.errors)))
        case .timedOut:
            result.diagnostics.append(
                .error(
                    job.path,
                    "loader did not finish within \(seconds(config.loaderTimeout)) s and was stopped "
                        + "(loader_timeout: in Content/site.yml sets the limit)" + errorText(outcome.errors)))
        case .notStarted(let reason):
            result.diagnostics.append(.error(job.path, "loader could not be started: \(reason)"))
        }
        return result
    }

    /// Writes the output, then its key (last, so that a build stopped in between reruns it).
    private static func keep(_ output: [UInt8], digest: String?, as cacheFile: String, files: SiteFiles) -> String? {
        let url = files.url(cacheFile)
        let keyURL = files.url(cacheFile + ".key")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: keyURL)
            try Data(output).write(to: url, options: .atomic)
            if let digest { try Data((digest + "\n").utf8).write(to: keyURL, options: .atomic) }
            return nil
        } catch {
            return error.localizedDescription
        }
    }

    /// The end of standard error as indented lines that are safe to print on a terminal: control
    /// characters (escape sequences among them) become `?`, long lines and long output are cut.
    static func errorText(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var safe = String(
                String.UnicodeScalarView(
                    line.unicodeScalars.map { scalar in
                        scalar == "\t" ? " " : (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "?" : scalar)
                    }))
            if safe.count > 300 { safe = String(safe.prefix(300)) + "…" }
            return safe
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        guard !lines.isEmpty else { return "; it wrote nothing to its standard error" }
        let shown = lines.suffix(20)
        let cut = lines.count > shown.count || bytes.count >= LoaderProcess.errorLimit ? "\n    …" : ""
        return "; its standard error ends:" + cut + shown.map { "\n    " + $0 }.joined()
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// The comment lines of a loader that Almanac reads: `# inputs: a.sqlite b.sql` (paths from the
/// site's folder, any number of such lines) and `# cache: off`. `//` and `--` comments work too,
/// for loaders in languages that write comments so.
struct LoaderDirectives {
    var inputs: [(path: String, line: Int)] = []
    var cached = true

    init(_ script: [UInt8]) {
        let text = String(decoding: script.prefix(64 * 1024), as: UTF8.self)
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line.drop { $0 == " " || $0 == "\t" }
            guard let marker = ["#", "//", "--"].first(where: { rest.hasPrefix($0) }) else { continue }
            rest = rest.dropFirst(marker.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("inputs:") {
                for path in rest.dropFirst("inputs:".count).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                    inputs.append((String(path), offset + 1))
                }
            } else if rest.hasPrefix("cache:") {
                let value = rest.dropFirst("cache:".count).trimmingCharacters(in: .whitespacesAndNewlines)
                if value == "off" || value == "false" || value == "no" { cached = false }
            }
        }
    }
}
