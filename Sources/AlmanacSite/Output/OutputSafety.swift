import Foundation

/// Where `almanac build` refuses to write, because replacing the folder could destroy someone's
/// work: `/`, the home folder or a folder holding it, the site itself or a folder holding it, a
/// folder inside the site's `Content/` or `Templates/`, a folder that looks like a site, the
/// current folder or one holding it, and — unless forced — a folder holding files that Almanac
/// did not write there.
extension OutputFolder {
    /// Throws when writing here could destroy something that is not Almanac's output.
    func checkSafe(site: URL, force: Bool, currentDirectory: URL? = nil) throws(UsageError) {
        try checkPlace(site: site, currentDirectory: currentDirectory)
        try checkContents(force: force)
    }

    /// The first half of ``checkSafe(site:force:currentDirectory:)``: where the folder is.
    func checkPlace(site: URL, currentDirectory: URL? = nil) throws(UsageError) {
        let fileManager = FileManager.default
        let path = url.path
        func resolved(_ url: URL) -> String { Self.resolved(url).path }
        let sitePath = resolved(site)
        let home = resolved(fileManager.homeDirectoryForCurrentUser)
        let current = resolved(currentDirectory ?? URL(fileURLWithPath: fileManager.currentDirectoryPath))
        func refuse(_ reason: String) -> UsageError {
            UsageError("refusing to write the site into \(path): \(reason); choose another --output")
        }

        if path == "/" { throw refuse("it is the root of the file system") }
        if Self.contains(path, home) { throw refuse("it holds your home folder") }
        if Self.contains(path, sitePath) { throw refuse("it holds the site itself (Content/)") }
        for inner in ["Content", "Templates"] where Self.contains(sitePath + "/" + inner, path) {
            throw refuse("it is inside the site's \(inner)/ folder")
        }
        if Self.contains(path, current) { throw refuse("it holds the current folder") }
        for inner in ["Content", "Templates"] where fileManager.fileExists(atPath: path + "/" + inner) {
            throw refuse("it contains a \(inner)/ folder, so it looks like a site, not an output folder")
        }
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw refuse("it is a file, not a folder") }
    }

    /// The second half of ``checkSafe(site:force:currentDirectory:)``: what the folder holds.
    func checkContents(force: Bool) throws(UsageError) {
        let path = url.path
        guard !force, FileManager.default.fileExists(atPath: path) else { return }
        let strangers: [String]
        switch OutputManifest.read(in: url) {
        case .listed(let manifest): strangers = manifest.strangers(in: url)
        case .unlisted: strangers = []
        case .none:
            strangers = OutputManifest.files(in: url).filter { !OutputManifest.litter.contains(($0 as NSString).lastPathComponent) }
        }
        guard strangers.isEmpty else {
            let shown = strangers.prefix(3).joined(separator: ", ") + (strangers.count > 3 ? " and \(strangers.count - 3) more" : "")
            throw UsageError(
                "refusing to replace \(path): it holds files Almanac did not write (\(shown)); "
                    + "move them away, choose another --output, or pass --force to replace the folder anyway")
        }
    }

    /// Whether `outer` is `inner` or one of the folders holding it.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
