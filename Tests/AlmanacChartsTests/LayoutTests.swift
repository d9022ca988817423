import Testing

@testable import AlmanacCharts

/// Labels that a reader can read: measured, kept apart, inside the picture.
@Suite struct LayoutTests {
    /// Every drawing and every panel of the small multiples.
    static let drawings: [(name: String, svg: String)] =
        ChartCases.all + ChartCases.multiples.flatMap { chart in ChartCases.panels(chart.html).enumerated().map { ("\(chart.name) #\($0 + 1)", $1) } }

    @Test(arguments: drawings.map(\.name))
    func noTwoLabelsOverlapAndNoneLeavesThePicture(_ name: String) {
        let chart = SVGInspection(Self.drawings.first { $0.name == name }!.svg)
        #expect(chart.overlappingText.isEmpty, "\(name): \(chart.overlappingText.map { "\($0.0) × \($0.1)" })")
        #expect(chart.textOutside.isEmpty, "\(name): \(chart.textOutside)")
    }

    @Test func cjkIsMeasuredAsFullWidthAndLatinByItsLetters() {
        #expect(TextWidth.of("临安区", fontSize: 12) == 36)
        #expect(TextWidth.of("，（）", fontSize: 10) == 30)
        #expect(abs(TextWidth.of("2024", fontSize: 10) - 25.6) < 1e-9)
        #expect(TextWidth.of("iii", fontSize: 10) < TextWidth.of("WWW", fontSize: 10) / 2)
        #expect(TextWidth.of("e\u{301}", fontSize: 10) == TextWidth.of("e", fontSize: 10))
    }

    @Test func truncationFitsAndEndsWithAnEllipsis() {
        #expect(TextWidth.truncate("一二三四五六", toFit: 40, fontSize: 10) == "一二三…")
        #expect(TextWidth.truncate("短", toFit: 40, fontSize: 10) == "短")
        #expect(TextWidth.truncate("Hangzhou Lin'an", toFit: 60, fontSize: 10) == "Hangzho…")
        #expect(TextWidth.truncate("ab cdefgh", toFit: 26, fontSize: 10) == "ab…")  // no space before the ellipsis
        for width in stride(from: 12.0, through: 200, by: 7) {
            let cut = TextWidth.truncate(ChartCases.longName, toFit: width, fontSize: 12)
            #expect(TextWidth.of(cut, fontSize: 12) <= width)
        }
    }

    @Test func crowdedLabelsMoveAsLittleAsPossible() {
        #expect(LabelPlacement.spread([100, 100, 100], minGap: 10, within: (0, 300)) == [90, 100, 110])
        #expect(LabelPlacement.spread([10, 200, 50], minGap: 10, within: (0, 300)) == [10, 200, 50])
        // Pushed against a bound, a cluster stays inside it.
        #expect(LabelPlacement.spread([2, 3], minGap: 10, within: (0, 300)) == [0, 10])
        #expect(LabelPlacement.spread([298, 299], minGap: 10, within: (0, 300)) == [290, 300])
        // Order is kept and every pair is apart, whatever the input.
        let wanted: [Double] = [50, 52, 49, 120, 121, 119, 250, 5, 295]
        let placed = LabelPlacement.spread(wanted, minGap: 15, within: (0, 300))
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        for (a, b) in zip(order, order.dropFirst()) { #expect(placed[b] - placed[a] >= 15 - 1e-9) }
        #expect(placed.allSatisfy { $0 >= 0 && $0 <= 300 })
    }

    @Test func plainTicksAreWrittenAsShortAsTheyReadBack() {
        #expect(TickFormat.plain.labels([0, 0.0002, 0.0004]) == ["0", "0.0002", "0.0004"])
        #expect(TickFormat.plain.labels([-5, 0, 5]) == ["-5", "0", "5"])
        #expect(TickFormat.plain.labels(NiceTicks.ticks(low: 0, high: 0.3, count: 3)) == ["0", "0.1", "0.2", "0.3"])
    }

    @Test func categoryLabelsAreThinnedToWhatFits() {
        let years = (1994...2024).map(String.init)
        #expect(CategoryAxis.shown(years, spacing: 100, fontSize: 12) == Array(years.indices))
        let thinned = CategoryAxis.shown(years, spacing: 18, fontSize: 12)
        #expect(thinned.first == 0 && thinned.last == 30)
        let widest = TextWidth.of("2024", fontSize: 12) + 8
        for (a, b) in zip(thinned, thinned.dropFirst()) { #expect(Double(b - a) * 18 >= widest) }
    }

    @Test func axisLabelsTooCloseAreThinnedKeepingTheEnds() {
        // Log ticks 1, 2, 5, 10 … are unevenly spaced: the close ones give way.
        let positions: [Double] = [0, 10, 25, 40, 50, 65, 80]
        let shown = ValueAxis.apart(positions, widths: Array(repeating: 12, count: 7), gap: 6)
        #expect(shown.first == 0 && shown.last == 6)
        #expect(shown.count < positions.count)
        for (a, b) in zip(shown, shown.dropFirst()) { #expect(positions[b] - positions[a] >= 18) }
    }
}

@Suite struct TrailingBreakTests {
    /// A ranking cut after its first places (a block's `top:`) ends with the break band.
    @Test func aRankingCutAfterItsTopPlacesEndsWithTheBand() {
        let bars = (1...3).map { BarChart.Bar(label: "R\($0)", value: Double(10 - $0), display: "\(10 - $0)", rank: $0) }
        let cut = BarChart(title: "t", description: "d", bars: bars, breakLabel: "… 7 more", breaksAtEnd: true).svg(id: "c", layout: .wide)
        let whole = BarChart(title: "t", description: "d", bars: bars).svg(id: "c", layout: .wide)
        #expect(cut.contains("… 7 more") && !whole.contains("… 7 more"))
        #expect(cut.contains("class=\"ranking-break\""))
    }
}
