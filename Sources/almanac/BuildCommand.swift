import AlmanacSite
import ArgumentParser
import Foundation

/// `almanac build`: writes the site into the output folder, replacing the last build only when
/// this one succeeds.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into the output folder (SITE/Output by default).")

    @OptionGroup var siteOption: SiteOption

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: SITE/Output).", valueName: "DIR"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The address the site is published at; adds canonical links, sitemap.xml and feed.xml.", valueName: "URL"))
    var baseURL: String?

    @Flag(name: .long, help: "Links that name index.html, so the site works opened from disk or an unpacked zip.")
    var portable = false

    @Flag(name: .long, help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Replace an output folder even if it holds files Almanac did not write.")
    var force = false

    @Flag(name: .long, help: "Print nothing but warnings and errors.")
    var quiet = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must start with http:// or https://")
        }
    }

    func run() throws {
        let start = ContinuousClock.now
        var options = SiteBuilder.Options(site: Terminal.url(siteOption.site), output: output.map(Terminal.url))
        options.baseURL = baseURL
        options.portable = portable
        options.drafts = drafts
        options.force = force
        let progress = quiet ? nil : Terminal.progress(label: "pages")
        let report = try SiteBuilder.build(options, progress: progress)
        Terminal.clearProgress(if: progress != nil)
        Terminal.printDiagnostics(report.diagnostics)
        guard !quiet else { return }
        print(
            "Built \(Terminal.count(report.pages, "page")) (\(Terminal.count(report.files, "file"))"
                + (report.kept > 0 ? ", \(ShownText.grouped(report.kept)) pages unchanged" : "") + ") from "
                + "\(Terminal.count(report.rows, "row")) in \(Terminal.seconds(.now - start)) s → \(Terminal.display(report.output))")
    }
}
