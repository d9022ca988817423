import Foundation
import Testing

@testable import AlmanacCharts

/// A page of every chart case in the site's figure markup (the picture, then its data in a
/// `<details>`), styled by the theme's own style sheet, for looking at the charts in a browser and
/// laying them out with `Scripts/page-fit.py` and an axe-core audit at phone and desktop widths:
///
///     ALMANAC_GALLERY=/tmp/gallery swift test --filter GalleryTests
///     python3 Scripts/page-fit.py /tmp/gallery 390 index.html
///
/// Without the variable the test only checks that the page is whole.
@Suite struct GalleryTests {
    static let styleSheet = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/AlmanacSite/Theme/assets/style.css").standardized

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The figure as the site writes it (``ChartFigureHTML``), with the table in its `table-wrap`.
    static func figure(_ caption: String, _ chart: String, table: [[String]]) -> String {
        var html = "<figure class=\"chart-figure\">\n<figcaption>\(escape(caption))</figcaption>\n\(chart)\n"
        html += "<details class=\"chart-data\">\n<summary>图表数据</summary>\n<div class=\"table-wrap\">\n<table class=\"data\">\n<thead>\n<tr>"
        html += table[0].map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
        for row in table.dropFirst() {
            html += "<tr><th scope=\"row\">\(escape(row[0]))</th>" + row.dropFirst().map { "<td class=\"num\">\(escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n</details>\n</figure>\n"
    }

    static var page: String {
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Almanac charts: every kind and edge case</title>
            <link rel="stylesheet" href="style.css">
            </head>
            <body class="kind-page">
            <main id="main" class="wrap">
            <h1>Charts: every kind and edge case</h1>

            """
        for (index, chart) in ChartCases.charts.enumerated() {
            let svg = chart.draw.page("g\(index + 1)")
            html += "<section id=\"\(chart.name)\">\n<h2>\(chart.name)</h2>\n" + figure(chart.name, svg, table: chart.draw.table) + "</section>\n"
        }
        for (index, chart) in ChartCases.multipleCharts.enumerated() {
            let table = index == 0 ? ChartCases.table(ChartCases.fiveYearly, ChartCases.countries) : ChartCases.table(ChartCases.years5, ChartCases.populations)
            html += "<section id=\"\(chart.name)\">\n<h2>\(chart.name)</h2>\n" + figure(chart.name, chart.make("m\(index + 1)"), table: table) + "</section>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    @Test func theGalleryIsOnePageWithEveryCase() throws {
        let html = Self.page
        #expect(html.components(separatedBy: "<figure").count - 1 == ChartCases.charts.count + ChartCases.multiples.count)
        #expect(html.components(separatedBy: " id=\"g1\"").count == 2 && html.contains(" id=\"g1-n\""))
        guard let folder = ProcessInfo.processInfo.environment["ALMANAC_GALLERY"] else { return }
        let url = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(html.utf8).write(to: url.appendingPathComponent("index.html"))
        try Data(contentsOf: Self.styleSheet).write(to: url.appendingPathComponent("style.css"))
    }
}
