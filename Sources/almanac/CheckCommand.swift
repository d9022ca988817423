import AlmanacSite
import ArgumentParser

/// `almanac check`: every error and warning of the site, nothing written.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the site's content without writing anything.")

    @OptionGroup var siteOption: SiteOption

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let diagnostics = try SiteBuilder.check(SiteBuilder.Options(site: Terminal.url(siteOption.site)))
        Terminal.printDiagnostics(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let summary = Terminal.count(errors, "error") + ", " + Terminal.count(warnings, "warning")
        if errors > 0 || (strict && warnings > 0) {
            Terminal.error(summary + (errors == 0 ? " (--strict)" : ""))
            throw ExitCode(1)
        }
        print("Checked: \(summary)")
    }
}
