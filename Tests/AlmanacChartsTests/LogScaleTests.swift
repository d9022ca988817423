import Testing

@testable import AlmanacCharts

/// `scale: log`: ticks at 1, 2, 5 × 10ⁿ or powers of ten, positive values only.
@Suite struct LogScaleTests {
    @Test func ticksAreOneTwoFiveWhenTheSpanIsSmall() {
        #expect(NiceTicks.logTicks(low: 3, high: 70, count: 5) == [2, 5, 10, 20, 50, 100])
        #expect(NiceTicks.logTicks(low: 0.004, high: 0.03, count: 5) == [0.002, 0.005, 0.01, 0.02, 0.05])
    }

    @Test func ticksArePowersOfTenWhenTheSpanIsLarge() {
        #expect(NiceTicks.logTicks(low: 1.5e5, high: 8.6e8, count: 5) == [1e5, 1e6, 1e7, 1e8, 1e9])
        #expect(NiceTicks.logTicks(low: 3, high: 70_000, count: 5) == [1, 10, 100, 1000, 1e4, 1e5])
        // Very many orders: every second or third power.
        let wide = NiceTicks.logTicks(low: 1e-3, high: 1e12, count: 5)
        #expect(wide.count <= 9 && wide.first! <= 1e-3 && wide.last! >= 1e12)
        #expect(zip(wide, wide.dropFirst()).allSatisfy { $1 / $0 >= 100 })
    }

    @Test func ticksAtPowersOfTenAreExact() {
        #expect(NiceTicks.logTicks(low: 1000, high: 1e6, count: 5) == [1000, 1e4, 1e5, 1e6])
        #expect(NiceTicks.logTicks(low: 100, high: 100, count: 5) == [50, 100, 200])
    }

    @Test func nonPositiveValuesAreLeftOutAndCounted() {
        let chart = LineChart(
            title: "t", description: "d", categories: ChartCases.years5, series: [ChartSeries(name: "a", values: [0, 3, 30, -2, 300])],
            tickFormat: .plain, scale: .log)
        #expect(chart.valuesLeftOut == 2)
        let drawn = SVGInspection(chart.svg(id: "c", layout: .wide))
        let dots = drawn.all("circle")
        #expect(dots.count == 3)
        #expect(ColumnChart(title: "t", description: "d", categories: ["a", "b"], series: [ChartSeries(name: "a", values: [0, 5])], tickFormat: .plain, scale: .log).valuesLeftOut == 1)
        #expect(ColumnChart(title: "t", description: "d", categories: ["a", "b"], series: [ChartSeries(name: "a", values: [0, 5])], tickFormat: .plain).valuesLeftOut == 0)
        let bars = BarChart(title: "t", description: "d", bars: [.init(label: "a", value: -1, display: "-1"), .init(label: "b", value: 10, display: "10")], scale: .log)
        #expect(bars.valuesLeftOut == 1)
        #expect(SVGInspection(bars.svg(id: "c", layout: .wide)).all("rect").count == 1)
    }

    @Test func equalRatiosAreEqualHeightsOnALogAxis() {
        let drawn = SVGInspection(ChartCases.all.first { $0.name == "column-log" }!.svg)
        let ticks = drawn.all("text").filter { $0.groups.last == "axis y-axis" }
        #expect(ticks.map(\.text) == ["1", "10", "100", "1000", "1万", "10万"])
        let heights = ticks.map { $0.number("y")! }
        let steps = zip(heights, heights.dropFirst()).map { $0 - $1 }
        #expect(steps.allSatisfy { abs($0 - steps[0]) < 0.11 })
        // Columns grow from the lowest tick.
        let bottom = heights[0]
        #expect(drawn.all("rect").allSatisfy { abs($0.number("y")! + $0.number("height")! - bottom) < 0.11 })
    }

    @Test func aLogBarChartHasItsAxis() {
        let drawn = SVGInspection(ChartCases.all.first { $0.name == "bar-log" }!.svg)
        let ticks = drawn.all("text").filter { $0.groups.last == "axis x-axis" }.map(\.text)
        #expect(ticks == ["1亿", "10亿", "100亿", "1000亿", "10000亿", "100000亿"])
    }
}
