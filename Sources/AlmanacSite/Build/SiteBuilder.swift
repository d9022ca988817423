import AlmanacData
import Foundation

/// What `almanac build` and `almanac check` do, as a library: load the site, render every page,
/// and — only when there are no errors — replace the output folder.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var site: URL
        /// Defaults to `SITE/Output`.
        public var output: URL?
        /// Overrides `base_url` of site.yml; enables canonical links, sitemap.xml and feed.xml.
        public var baseURL: String?
        /// Links that name `index.html`, for opening the site from disk or a zip.
        public var portable = false
        /// Include articles with `draft: true`.
        public var drafts = false
        /// Replace an output folder that holds files Almanac did not write.
        public var force = false
        /// When pages split and large files are left out (lowered by tests).
        var limits = Limits.standard

        public init(site: URL, output: URL? = nil) {
            self.site = site
            self.output = output
        }

        var outputURL: URL { output ?? site.appendingPathComponent("Output") }
    }

    public struct Report: Sendable {
        /// HTML pages written.
        public var pages: Int
        /// All files written (pages, data, assets, static files).
        public var files: Int
        /// The pages taken unchanged from the last output, not rendered again.
        public var kept: Int
        /// Observations read from the data files.
        public var rows: Int
        public var output: URL
        /// Warnings (a successful build has no errors).
        public var diagnostics: [Diagnostic]
    }

    /// Builds the site. Throws ``ContentErrors`` when the content has errors (nothing is written),
    /// ``UsageError`` for a missing site or an unsafe output folder, ``SystemFailure`` when the
    /// machine refuses (a full or read-only disk).
    public static func build(_ options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Report {
        let folder = OutputFolder(options.outputURL)
        try folder.checkPlace(site: options.site)
        // Pages go to disk as they are rendered, into the spare or a fresh folder (made with the
        // first page, so content that fails to load leaves nothing) that replaces the output only
        // when the whole site is built without errors.
        let staging = OutputFolder.LazyStaging(folder)
        let outcome: BuildSession.Outcome
        let session: BuildSession
        let written: Int
        do {
            try folder.checkContents(force: options.force)
            folder.recover()
            var building = try BuildSession(options)
            outcome = try building.build(
                writingTo: { file in
                    try staging.folder().write(file)
                    return file.written
                }, earlier: staging, progress: progress)
            session = building
            guard outcome.succeeded else { throw ContentErrors(diagnostics: outcome.diagnostics) }
            written = try staging.folder().commit(paths: outcome.paths, copies: session.staticCopies)
        } catch {
            staging.abandon()
            throw SystemFailure(error, site: options.site, output: folder.url) ?? error
        }
        return Report(
            pages: outcome.pages, files: written, kept: outcome.kept, rows: outcome.rows, output: folder.url, diagnostics: outcome.diagnostics)
    }

    /// Checks the site as a build would, writing nothing. Returns every diagnostic, errors first
    /// by file and line; throws only ``UsageError``.
    public static func check(_ options: Options) throws(UsageError) -> [Diagnostic] {
        var session = try BuildSession(options)
        // Rendered to find every page's diagnostics, each page let go as soon as it is made.
        return (try? session.build(writingTo: { $0.written }))?.diagnostics ?? []
    }

    /// A static file may not take the place of a generated file, nor of a folder that generated
    /// files go in, nor go in a folder where a generated file is.
    static func staticClashes(generated: some Collection<String>, statics: [String]) -> [Diagnostic] {
        guard !statics.isEmpty else { return [] }
        let files = Set(generated)
        var folders: Set<String> = []
        for path in generated {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if !folders.insert(String(folder)).inserted { break }
            }
        }
        var diagnostics: [Diagnostic] = []
        for path in statics {
            let file = "Content/static/" + path
            if files.contains(path) {
                diagnostics.append(.error(file, "would overwrite the generated \(path)"))
            } else if folders.contains(path) {
                diagnostics.append(.error(file, "is a file where the site has the folder \(path)/"))
            } else if let taken = path.indices.filter({ path[$0] == "/" }).map({ String(path[..<$0]) }).first(where: files.contains) {
                diagnostics.append(.error(file, "would need a folder where the site has the file \(taken)"))
            }
        }
        return diagnostics
    }
}
