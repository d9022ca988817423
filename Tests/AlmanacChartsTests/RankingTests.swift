import Testing

@testable import AlmanacCharts

/// A ranking cut to its first 15 and last 5 shows the break and every bar's rank (issue 14.5).
@Suite struct RankingTests {
    @Test(arguments: ChartLayout.allCases)
    func theBreakAndTheRanksAreShown(_ layout: ChartLayout) {
        let chart = SVGInspection(ChartCases.truncated.svg(id: "c", layout: layout))
        #expect(chart.all("rect").count == 20)
        let texts = chart.all("text")
        let ranks = texts.filter { $0.groups.last == "ranks" }.compactMap { Int($0.text) }
        #expect(ranks == Array(1...15) + Array(138...142))
        let band = texts.filter { $0.groups.last == "ranking-break" }
        #expect(band.map(\.text) == ["… 122 more"])
        // The band lies between the 15th and the 138th, with room of its own.
        let rects = chart.all("rect").map { $0.number("y")! }
        let bandY = band[0].number("y")!
        #expect(rects[14] < bandY && bandY < rects[15])
        #expect(rects[15] - rects[14] > rects[14] - rects[13] + 10)
        #expect(chart.all("path").contains { $0.groups.last == "ranking-break" && $0.attributes["stroke-dasharray"] != nil })
    }

    @Test func theTooltipCarriesTheRank() {
        let chart = SVGInspection(ChartCases.truncated.svg(id: "c", layout: .wide))
        #expect(chart.markTitles.contains("138. Country 138: 48"))
    }

    @Test func noBreakWithoutACut() {
        for (after, label) in [(nil, "x"), (0, "x"), (20, "x")] as [(Int?, String)] {
            var chart = ChartCases.truncated
            chart.breakAfter = after
            chart.breakLabel = label
            #expect(!chart.svg(id: "c").contains("ranking-break"))
        }
    }
}
