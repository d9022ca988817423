import ArgumentParser

/// The root command: `almanac build`, `almanac serve`, `almanac check`.
struct AlmanacCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "Build a static report site from Markdown prose and CSV indicator data.",
        version: Version.text,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self])
}

/// `--site`, shared by every command that works on a site.
struct SiteOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder (holding Content/).", valueName: "DIR"))
    var site: String = "."
}
