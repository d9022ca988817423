import Foundation

/// `almanac new DIR`: writes a small site that builds at once — site.yml, regions, indicators, a
/// data file, a home page and an article with charts, a table and inline figures — in Chinese or
/// English. The starter sites are package resources (`Starter/<language>/`), so they are real
/// files that the tests build like any site.
public enum SiteScaffold {
    public enum Language: String, CaseIterable, Sendable {
        case zhCN = "zh-CN"
        case en
    }

    /// Writes the starter site into `folder`, creating it when missing. Refuses (``UsageError``)
    /// a folder that holds anything, hidden files included, and a path that is a file. Returns the
    /// paths written, relative to `folder`, sorted.
    @discardableResult
    public static func create(at folder: URL, language: Language) throws -> [String] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw UsageError("refusing to create a site at \(folder.path): it is a file") }
            let entries = try fileManager.contentsOfDirectory(atPath: folder.path)
            guard entries.isEmpty else {
                throw UsageError(
                    "refusing to create a site in \(folder.path): it is not empty (\(entries.sorted().prefix(3).joined(separator: ", ")))"
                        + "; choose a new or empty folder")
            }
        }
        guard let starter = Bundle.module.resourceURL?.appendingPathComponent("Starter/\(language.rawValue)") else {
            throw UsageError("the starter site is missing from Almanac's resources")
        }
        let files = OutputManifest.files(in: starter)
        for path in files {
            let target = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.copyItem(at: starter.appendingPathComponent(path), to: target)
        }
        return files
    }
}
