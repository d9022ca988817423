import Foundation
import Testing

@testable import AlmanacSite

/// Every kind of page of the example report and of a many-series panel (Scripts/panel-fixture.py:
/// 110 countries in 5 continents, 12 five-yearly years) laid out in headless Chromium at 390 and
/// 1280 px by Scripts/page-fit.py: no chart cut off or scrolled, chart text 11 px or more, no main
/// table scrolling on a desktop or opening with its latest year out of view, and no WCAG 2.1 AA
/// violation axe-core finds. `make test` installs Chromium, the CJK fonts and axe-core.
@Suite(.serialized) struct PageFitTests {
    static let kinds = [
        "index.html", "regions/index.html", "indicators/index.html", "years/index.html", "pages/index.html",
        "data/index.html",
    ]

    func pageFit(_ output: URL, pages: [String]) async throws -> ExternalTools.Result {
        let axe = try #require(ExternalTools.axe(), "axe-core not found: \(ExternalTools.setUpHint)")
        try #require(ExternalTools.has("chromium"), "chromium not found: \(ExternalTools.setUpHint)")
        let script = ExternalTools.repository.appendingPathComponent("Scripts/page-fit.py").path
        // axe-core at the phone's width only: the audit is what takes the time, and the rules it
        // checks (names, roles, contrast) do not change with the width.
        return try await ExternalTools.runLong("python3", [script, "--axe", axe.path, "--axe-widths", "390", output.path] + pages)
    }

    func failures(_ result: ExternalTools.Result) -> [String] {
        result.output.split(separator: "\n").filter { $0.contains("\"ok\": false") || $0.hasPrefix("page-fit.py:") }.map(String.init)
    }

    @Test func theExampleReportFitsPhonesAndDesktops() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-fit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try SiteBuilder.build(SiteBuilder.Options(site: ExampleReportTests.repository, output: output))
        let pages = Self.kinds + [
            "regions/china/index.html", "regions/zhejiang/index.html", "regions/linan/index.html",
            "indicators/industrial-output/index.html", "years/2022/index.html", "pages/2022/linan/index.html",
        ]
        let english = ["index.html", "regions/zhejiang/index.html", "indicators/industrial-output/index.html", "years/2022/index.html"]
        let result = try await pageFit(output, pages: pages + english.map { "en/" + $0 })
        #expect(result.output.contains("page-fit: \((pages.count + english.count) * 2) page layout(s) at 390, 1280 px, 0 failing"), "\(failures(result))")
        #expect(result.status == 0)
    }

    @Test func aPanelOfManySeriesFitsPhonesAndDesktops() async throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-panel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let script = ExternalTools.repository.appendingPathComponent("Scripts/panel-fixture.py").path
        let written = try await ExternalTools.runLong("python3", [script, site.path])
        try #require(written.status == 0, "\(written.output)")
        let output = site.appendingPathComponent("Output")
        _ = try SiteBuilder.build(SiteBuilder.Options(site: site, output: output))
        let pages = Self.kinds + [
            "regions/world/index.html", "regions/asia/index.html", "indicators/life/index.html", "indicators/gdppc/index.html",
            "years/2007/index.html", "pages/panel/index.html",
        ]
        let result = try await pageFit(output, pages: pages + ["en/pages/panel/index.html", "en/regions/world/index.html"])
        #expect(result.output.contains("page-fit: \((pages.count + 2) * 2) page layout(s) at 390, 1280 px, 0 failing"), "\(failures(result))")
        #expect(result.status == 0)
    }
}
