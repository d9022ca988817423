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
        /// Observations read from the data files.
        public var rows: Int
        public var output: URL
        /// Warnings (a successful build has no errors).
        public var diagnostics: [Diagnostic]
    }

    /// Builds the site. Throws ``ContentErrors`` when the content has errors (nothing is written),
    /// ``UsageError`` for a missing site or an unsafe output folder.
    public static func build(_ options: Options, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Report {
        let folder = OutputFolder(options.outputURL)
        try folder.checkSafe(site: options.site, force: options.force)
        folder.recover()
        let (env, files, diagnostics) = try render(options, progress: progress)
        let copies = env.content.staticFiles.map { (env.files.url("Content/static/" + $0), $0) }
        let written = try folder.replace(with: files, copies: copies)
        return Report(
            pages: files.filter { $0.path.hasSuffix(".html") }.count, files: written,
            rows: env.dataset.observationCount, output: folder.url, diagnostics: diagnostics)
    }

    /// Checks the site as a build would, writing nothing. Returns every diagnostic, errors first
    /// by file and line; throws only ``UsageError``.
    public static func check(_ options: Options) throws(UsageError) -> [Diagnostic] {
        do {
            return try render(options, progress: nil).2
        } catch let error as ContentErrors {
            return error.diagnostics
        } catch let error as UsageError {
            throw error
        } catch {
            throw UsageError("\(error)")
        }
    }

    private static func render(
        _ options: Options, progress: (@Sendable (Int, Int) -> Void)?
    ) throws -> (RenderEnvironment, [OutputFile], [Diagnostic]) {
        let files = SiteFiles(root: options.site)
        guard files.isDirectory("Content") else {
            throw UsageError("no Content/ folder in \(files.root.path): pass the site folder with --site")
        }
        let (content, loadDiagnostics) = ContentLoader.load(files, includeDrafts: options.drafts)
        let (theme, themeDiagnostics) = Theme.load(files)
        var diagnostics = loadDiagnostics + themeDiagnostics
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw ContentErrors(diagnostics: diagnostics.sorted())
        }
        let env = RenderEnvironment(
            content: content, files: files, theme: theme, words: Words(content.config.language),
            portable: options.portable, baseURL: options.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? content.config.baseURL)
        let (output, renderDiagnostics) = SiteRenderer.render(env, progress: progress)
        diagnostics += renderDiagnostics
        diagnostics += staticClashes(generated: output.map(\.path), statics: content.staticFiles)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw ContentErrors(diagnostics: diagnostics.sorted())
        }
        return (env, output, diagnostics.sorted())
    }

    /// A static file may not take the place of a generated file, nor of a folder that generated
    /// files go in, nor go in a folder where a generated file is.
    static func staticClashes(generated: [String], statics: [String]) -> [Diagnostic] {
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
