import Foundation
import Mustache

/// The templates and assets pages are rendered with: the built-in theme shipped as package
/// resources, with each file that a site's `Templates/` holds under the same name in its place
/// (`Templates/partials/footer.mustache` replaces the built-in footer; new partials may be added).
struct Theme: Sendable {
    let library: MustacheLibrary
    /// Non-template files by output path, e.g. `assets/style.css`.
    let assets: [String: [UInt8]]
    /// Template names the site's `Templates/` replaced or added.
    let overridden: Set<String>

    /// Loads the built-in theme, then the site's overrides. Template syntax errors are diagnostics.
    static func load(_ files: SiteFiles) -> (theme: Theme, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        FastHTMLEscaping.register
        var assets: [String: [UInt8]] = [:]
        var names: Set<String> = []
        func add(folder: URL, fromSite: Bool, label: (String) -> String) {
            for (relative, url) in listFiles(folder) {
                if fromSite, let problem = files.problem(reading: "Templates/" + relative) {
                    diagnostics.append(.error(label(relative), problem + "; not read"))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    diagnostics.append(.error(label(relative), "cannot be read"))
                    continue
                }
                if relative.hasSuffix(".mustache") {
                    let name = String(relative.dropLast(".mustache".count))
                    names.insert(name)
                    guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
                        diagnostics.append(.error(label(relative), "template is not UTF-8"))
                        continue
                    }
                    do {
                        library.register(try MustacheTemplate(string: FastHTMLEscaping.pragma + text), named: name)
                    } catch let error as MustacheTemplate.ParserError {
                        // The pragma is one line in front of the author's text.
                        diagnostics.append(
                            .error(
                                label(relative), line: max(1, error.context.lineNumber - 1),
                                column: max(1, error.context.columnNumber), "template: \(describe(error.error))"))
                    } catch {
                        diagnostics.append(.error(label(relative), "template: \(error)"))
                    }
                } else {
                    assets[relative] = [UInt8](data)
                }
            }
        }
        if let builtIn = Bundle.module.resourceURL?.appendingPathComponent("Theme") {
            add(folder: builtIn, fromSite: false) { "(built-in theme)/\($0)" }
        }
        names = []
        add(folder: files.url("Templates"), fromSite: true) { "Templates/\($0)" }
        return (Theme(library: library, assets: assets, overridden: names), diagnostics)
    }

    /// Files under `folder` as (path relative to it, URL), sorted, hidden files skipped.
    private static func listFiles(_ folder: URL) -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        else { return [] }
        let prefix = folder.standardizedFileURL.path + "/"
        var result: [(String, URL)] = []
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            result.append((String(path.dropFirst(prefix.count)), url))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the open section"
        case .unfinishedName: return "a tag is not closed"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        default: return "\(error)"
        }
    }

    /// Renders the template `name` with `context`; a missing template renders as nothing.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }
}
