import Foundation

/// What pages are drawn with: the built-in theme (Swift, in `BuiltInTheme/`, with its stylesheet
/// and words as package resources) and the site's `Templates/`, where a `.mustache` file replaces
/// the built-in part of the same name (see ``SiteTemplates``) and any other file an asset of the
/// same path (`Templates/assets/style.css` replaces the stylesheet).
struct Theme: Sendable {
    let templates: SiteTemplates
    /// Non-template files by output path, e.g. `assets/style.css`.
    let assets: [String: [UInt8]]

    static let builtIn = Theme(templates: .none, assets: builtInAssets())

    /// The built-in theme with the site's `Templates/` over it; problems are diagnostics.
    static func load(_ files: SiteFiles) -> (theme: Theme, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var assets = builtIn.assets
        var sources: [(name: String, file: String, text: String)] = []
        for file in files.files(under: "Templates") {
            let relative = String(file.dropFirst("Templates/".count))
            if let problem = files.problem(reading: file) {
                diagnostics.append(.error(file, problem + "; not read"))
                continue
            }
            guard let bytes = files.read(file, diagnostics: &diagnostics) else { continue }
            guard relative.hasSuffix(".mustache") else {
                assets[relative] = bytes
                continue
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error(file, "template is not UTF-8"))
                continue
            }
            sources.append((String(relative.dropLast(".mustache".count)), file, text))
        }
        let (templates, found) = SiteTemplates.load(sources)
        return (Theme(templates: templates, assets: assets), diagnostics + found)
    }

    /// The files of the built-in theme's `assets/` folder, by output path.
    private static func builtInAssets() -> [String: [UInt8]] {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Theme/assets"),
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return [:] }
        let prefix = folder.standardizedFileURL.path + "/"
        var assets: [String: [UInt8]] = [:]
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix), let data = FileManager.default.contents(atPath: path) else { continue }
            assets["assets/" + path.dropFirst(prefix.count)] = [UInt8](data)
        }
        return assets
    }
}
