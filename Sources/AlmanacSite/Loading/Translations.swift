import AlmanacData

/// What `check` says of a site in several languages: each Markdown file and each name that the
/// other languages show in the main language for want of a translation (warnings: the site
/// builds, falling back), and translations for a language the site does not have.
enum Translations {
    static func check(_ content: SiteContent, _ markdown: MarkdownContent) -> [Diagnostic] {
        let config = content.config
        var diagnostics: [Diagnostic] = []
        let others = Array(config.languages.dropFirst())
        for (language, translated) in markdown.translated where !config.languages.contains(language) {
            for file in translated.files.sorted() {
                diagnostics.append(
                    .warning(file, "a translation into \(language.rawValue), which site.yml's languages do not list; not shown"))
            }
        }
        for language in others {
            let translated = content.translated[language] ?? MarkdownContent.Translated()
            func missing(_ file: String) {
                let name = String(file.dropLast(".md".count)) + ".\(language.rawValue).md"
                diagnostics.append(
                    .warning(file, "no \(language.rawValue) translation (\(name)); the \(language.rawValue) edition shows this one"))
            }
            if let home = content.home, translated.home == nil { missing(home.file) }
            if let intro = content.pagesIntro, translated.pagesIntro == nil { missing(intro.file) }
            for (id, source) in content.regionProse.sorted(by: { $0.key < $1.key }) where translated.regionProse[id] == nil {
                missing(source.file)
            }
            for (id, source) in content.indicatorProse.sorted(by: { $0.key < $1.key }) where translated.indicatorProse[id] == nil {
                missing(source.file)
            }
            for article in content.articles where translated.articles[article.source.file] == nil { missing(article.source.file) }
            for (location, what) in EditionNames(content.dataset, language: language, main: false).missing {
                diagnostics.append(
                    .warning(location.file, line: location.line, "no \(what); the \(language.rawValue) edition shows the \(config.language.rawValue) one"))
            }
        }
        return diagnostics
    }
}
