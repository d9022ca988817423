import Testing

@testable import AlmanacCharts

@Suite struct NiceTicksTests {
    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        #expect(NiceTicks.step(span: 974.2, count: 5) == 200)
        #expect(NiceTicks.step(span: 10, count: 5) == 2)
        #expect(NiceTicks.step(span: 0.37, count: 4) == 0.1)
        #expect(NiceTicks.step(span: 7, count: 5) == 2)
        #expect(NiceTicks.step(span: 12_000_000_000, count: 5) == 5_000_000_000)
        for span in [0.003, 1.7, 42.0, 974.2, 8453.0, 3.3e12] {
            let step = NiceTicks.step(span: span, count: 5)
            var mantissa = step
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            #expect([1, 2, 5, 10].contains { abs($0 - mantissa) < 1e-9 }, "\(span) → \(step)")
        }
    }

    @Test func ticksCoverTheData() {
        #expect(NiceTicks.ticks(low: 0, high: 974.2) == [0, 200, 400, 600, 800, 1000])
        #expect(NiceTicks.ticks(low: -4, high: 13.3) == [-5, 0, 5, 10, 15])
        #expect(NiceTicks.ticks(low: 0, high: 0.3, count: 3) == [0, 0.1, 0.2, 0.30000000000000004].map { ($0 * 10).rounded() / 10 })
    }

    @Test func aSingleValueOrAllEqualValuesStillGiveAnAxis() {
        let ticks = NiceTicks.ticks(low: 5590, high: 5590)
        #expect(ticks.count >= 2)
        #expect(ticks.first! <= 5590 && ticks.last! >= 5590)
        #expect(NiceTicks.ticks(low: 0, high: 0) == [0, 0.2, 0.4, 0.6, 0.8, 1].map { ($0 * 10).rounded() / 10 })
    }

    @Test func hugeAndTinyNumbers() {
        let huge = NiceTicks.ticks(low: 0, high: 8.453e11)
        #expect(huge.first == 0 && huge.last! >= 8.453e11 && huge.count <= 7)
        let tiny = NiceTicks.ticks(low: 0.0001, high: 0.0009)
        #expect(tiny.first! <= 0.0001 && tiny.last! >= 0.0009 && tiny.count <= 7)
    }
}
