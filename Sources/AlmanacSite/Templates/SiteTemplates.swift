import Foundation
import Mustache

/// The site's own templates, `Templates/**/*.mustache`: each replaces the built-in theme's part of
/// the same name (`Templates/partials/footer.mustache` the footer, `Templates/region.mustache` the
/// region page), and any may include the others as partials. Template syntax errors, and a
/// template that includes itself where nothing can stop it (`{{> partials/footer}}` in the footer,
/// or a → b → a outside any section), are diagnostics at the tag. A template that includes itself
/// inside a section (a tree drawn by a recursive partial) may go ``maximumDepth`` levels deep;
/// deeper than that it renders nothing and the page reports it, rather than recursing until the
/// program runs out of stack.
struct SiteTemplates: Sendable {
    private let library: MustacheLibrary
    /// The names of the site's templates (`region`, `partials/footer`).
    let names: Set<String>

    static let maximumDepth = 16
    /// What a partial renders past the depth limit, found and removed after rendering.
    static let tooDeep = "\u{1}almanac:too-deep\u{1}"
    private static let tooDeepName = "almanac?too-deep"

    static let none = SiteTemplates(library: MustacheLibrary(), names: [])

    private init(library: MustacheLibrary, names: Set<String>) {
        self.library = library
        self.names = names
    }

    func has(_ name: String) -> Bool { names.contains(name) }

    /// Renders the site's template `name`; `tooDeep` when a partial went past the depth limit.
    func render(_ name: String, _ context: TemplateContext) -> (text: String, tooDeep: Bool) {
        let text = library.render(context, withTemplate: name) ?? ""
        guard text.contains(Self.tooDeep) else { return (text, false) }
        return (text.replacingOccurrences(of: Self.tooDeep, with: ""), true)
    }

    /// Reads the templates among `sources` (name → text and the file to name in messages).
    static func load(_ sources: [(name: String, file: String, text: String)]) -> (SiteTemplates, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let file = Dictionary(sources.map { ($0.name, $0.file) }, uniquingKeysWith: { a, _ in a })
        var tags: [String: PartialTags] = [:]
        for source in sources {
            let found = PartialTags(source.text)
            if let problem = found.problem {
                diagnostics.append(.error(source.file, line: problem.line, column: problem.column, "template: \(problem.message)"))
            }
            tags[source.name] = found
        }
        let graph = PartialGraph(tags.mapValues { $0.tags })
        let cycles = graph.unstoppableCycles()
        // Templates that include each other without end are errors, and render as nothing.
        let unstoppable = Set(cycles.joined().map(\.from))
        for cycle in cycles {
            let first = cycle[0]
            diagnostics.append(
                .error(
                    file[first.from] ?? first.from, line: first.tag.line, column: first.tag.column,
                    "template: partials include each other without end: "
                        + (cycle.map(\.from) + [first.from]).joined(separator: " → ")
                        + " (a partial that includes itself must do so inside a section, e.g. {{#children}}…{{/children}})"))
        }
        var library = MustacheLibrary()
        FastHTMLEscaping.register
        let recursive = graph.recursive
        var tooDeepUsed = false
        for source in sources where !unstoppable.contains(source.name) {
            // A template in a loop of includes is registered once per level, each including the
            // next level's copies; the last includes the marker instead.
            let levels = recursive.contains(source.name) ? maximumDepth : 1
            for level in 1...levels {
                var text = source.text
                if levels > 1 {
                    text = rename(source.text, tags[source.name]?.tags ?? []) { target in
                        guard recursive.contains(target) else { return nil }
                        if level == maximumDepth {
                            tooDeepUsed = true
                            return tooDeepName
                        }
                        return "\(target)?\(level + 1)"
                    }
                }
                do {
                    let template = try MustacheTemplate(string: FastHTMLEscaping.pragma + text)
                    library.register(template, named: level == 1 ? source.name : "\(source.name)?\(level)")
                } catch let error as MustacheTemplate.ParserError {
                    if level == 1 {
                        // The pragma is one line in front of the author's text.
                        diagnostics.append(
                            .error(
                                source.file, line: max(1, error.context.lineNumber - 1), column: max(1, error.context.columnNumber),
                                "template: \(describe(error.error))"))
                    }
                    break
                } catch {
                    if level == 1 { diagnostics.append(.error(source.file, "template: \(error)")) }
                    break
                }
            }
        }
        if let empty = try? MustacheTemplate(string: "") {
            for name in unstoppable { library.register(empty, named: name) }
        }
        if tooDeepUsed, let marker = try? MustacheTemplate(string: tooDeep) {
            library.register(marker, named: tooDeepName)
        }
        return (SiteTemplates(library: library, names: Set(sources.map(\.name))), diagnostics)
    }

    /// `text` with the partial names of `tags` that `replacement` gives a new name for replaced.
    private static func rename(_ text: String, _ tags: [PartialTags.Tag], _ replacement: (String) -> String?) -> String {
        var bytes = Array(text.utf8)
        for tag in tags.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            guard let name = replacement(tag.name) else { continue }
            bytes.replaceSubrange(tag.range, with: Array(name.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
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
}
