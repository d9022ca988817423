/// What a changed path (relative to the site folder) means for a build: some files can be taken
/// in one by one, others change what every page is made from. Editors' scratch files (hidden
/// files, `file~`, `.swp`, Emacs locks, Vim's `4913` probe, Excel's `~$book.xlsx` lock) and
/// files the build never reads are ignored, so saving does not rebuild twice. Anything under
/// `Content/data/` (CSV, workbooks, sidecars, loaders and what they read) and any file a loader
/// names as an input is data: loading again reruns the loaders whose inputs changed.
enum SiteChange: Sendable, Hashable {
    /// `site.yml`, any CSV, anything under `Content/data/`, a loader's input, a template, or
    /// `Content/` or `Templates/` themselves: load and render all.
    case everything
    /// A Markdown file the site reads.
    case markdown(String)
    /// A folder where Markdown files are read (created, moved or deleted as a whole).
    case markdownFolder(String)
    /// Under `Content/static/`.
    case staticFile
    /// A theme file that is not a template, such as `Templates/assets/style.css`.
    case asset

    /// nil for a path the build does not read. `dataInputs` are the site-relative files the
    /// loaders name in their `# inputs:` lines.
    init?(_ path: String, dataInputs: Set<String> = []) {
        let parts = path.split(separator: "/")
        // `Content/static/.well-known/` is published (see ``ContentLoader/loadStatic(_:)``), not scratch.
        let published = parts.count > 2 && parts[0] == "Content" && parts[1] == "static" && parts[2] == ".well-known"
        guard let last = parts.last, !parts.enumerated().contains(where: { Self.isScratch($1) && !(published && $0 == 2) })
        else { return nil }
        let hasExtension = last.dropFirst().contains(".")
        if dataInputs.contains(path) || dataInputs.contains(where: { $0.hasPrefix(path + "/") }) {
            self = .everything
        } else if path == "Content" || path == "Templates" {
            self = .everything
        } else if path.hasPrefix("Templates/") {
            self = hasExtension && !path.hasSuffix(".mustache") ? .asset : .everything
        } else if path.hasPrefix("Content/") {
            if path.hasSuffix(".csv") || path == SiteConfig.file || path.hasPrefix("Content/data/")
                || Self.boundaryExtensions.contains(where: path.hasSuffix)
            {
                self = .everything
            } else if path == "Content/static" || path.hasPrefix("Content/static/") {
                self = .staticFile
            } else if MarkdownContent.Role(path) != nil {
                self = .markdown(path)
            } else if hasExtension {
                return nil
            } else if MarkdownContent.folders.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
                self = .markdownFolder(path)
            } else {
                self = .everything  // a folder that may hold CSV files
            }
        } else {
            return nil
        }
    }

    /// Boundary files, which maps are drawn from (see ``SiteMaps``).
    static let boundaryExtensions = [".geojson", ".topojson", ".json"]

    private static func isScratch(_ name: Substring) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name.hasPrefix("~$") || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
    }
}
