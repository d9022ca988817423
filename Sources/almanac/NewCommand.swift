import AlmanacSite
import ArgumentParser

/// `almanac new DIR`: a small working site to start from.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create a small site that builds at once, in a new or empty folder.")

    @Argument(help: ArgumentHelp("The folder to create the site in (new or empty).", valueName: "DIR"))
    var folder: String

    @Option(name: .long, help: "The site's language: zh-CN or en.")
    var language: SiteScaffold.Language = .zhCN

    func run() throws {
        let url = Terminal.url(folder)
        let written = try SiteScaffold.create(at: url, language: language)
        let shown = Terminal.display(url)
        print("Created a site in \(shown) (\(Terminal.count(written.count, "file"))). Build it with: almanac build --site \(shown)")
    }
}

extension SiteScaffold.Language: ExpressibleByArgument {}
