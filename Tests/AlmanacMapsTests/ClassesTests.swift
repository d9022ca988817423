import AlmanacMaps
import Testing

/// Class limits (quantiles, nice steps, diverging about a midpoint) and colours by direction.
@Suite struct ClassesTests {
    static let hundred = (1...100).map(Double.init)

    @Test func quantilesSplitTheRegionsEvenlyWithRoundedLimits() {
        let classes = MapClasses(values: Self.hundred.map { $0 * 10.37 })
        #expect(classes.classes.count == 5)
        // The quantiles of 10.37…1037 at 0.2, 0.4…, to two significant digits.
        #expect(classes.classes.map(\.lower) == [10.37, 220, 420, 630, 830])
        #expect(classes.classes.last?.upper == 1037)
        let counts = classes.classes.indices.map { index in Self.hundred.filter { classes.classIndex(of: $0 * 10.37) == index }.count }
        #expect(counts.allSatisfy { (19...21).contains($0) }, "\(counts)")
    }

    @Test func skewedFiguresStillUseEveryClass() {
        let skewed = [1.0, 2, 3, 4, 5, 6, 7, 8, 9, 1000]
        let classes = MapClasses(values: skewed, count: 5)
        #expect(classes.classes.count == 5)
        #expect(Set(skewed.compactMap(classes.classIndex(of:))).count == 5)
    }

    @Test func niceBreaksAreEqualRoundSteps() {
        let classes = MapClasses(values: [3, 17, 42, 58, 96], count: 5, method: .nice)
        #expect(classes.classes.map(\.lower) == [3, 20, 40, 60, 80])
        #expect(classes.classIndex(of: 58) == 2)
        #expect(classes.classIndex(of: 60) == 3)
    }

    @Test func fewDistinctValuesGiveFewClasses() {
        #expect(MapClasses(values: [5, 5, 5]).classes.count == 1)
        #expect(MapClasses(values: [1, 2]).classes.count == 2)
        #expect(MapClasses(values: []).classes.isEmpty)
        #expect(MapClasses(values: [.nan, 1, .infinity]).classes.count == 1)
    }

    @Test func divergingIsSymmetricAboutTheMidpoint() {
        let changes = [-8.0, -3, -0.5, 0.2, 1, 4, 12]
        let classes = MapClasses(values: changes, count: 5, scheme: .diverging(midpoint: 0), direction: .higherIsBetter)
        #expect(classes.ramp == .redBlue)
        // Step 5: limits ±2.5, ±7.5; the middle class holds 0.
        #expect(classes.classes.map(\.lower) == [-8, -7.5, -2.5, 2.5, 7.5])
        #expect(classes.classes.map(\.position) == [1, 3, 5, 7, 9])
        #expect(classes.classIndex(of: 0) == 2)
        // All above the midpoint: only the upper classes are used, still the blue side.
        let gains = MapClasses(values: [1, 3, 9], count: 5, scheme: .diverging(midpoint: 0), direction: .higherIsBetter)
        #expect(gains.classes.allSatisfy { $0.position >= 5 })
    }

    @Test func betterIsAlwaysTheSameEnd() {
        let values = Self.hundred
        let higher = MapClasses(values: values, direction: .higherIsBetter)
        let lower = MapClasses(values: values, direction: .lowerIsBetter)
        // Sequential: the darkest colour (position 9) marks the best figures.
        #expect(higher.classes.last?.position == 9)
        #expect(lower.classes.first?.position == 9)
        #expect(Set(higher.classes.map(\.position)) == Set(lower.classes.map(\.position)))
        // Diverging: blue (positions above 5) on the better side.
        let unemployment = MapClasses(values: [-2, -1, 1, 2], count: 4, scheme: .diverging(midpoint: 0), direction: .lowerIsBetter)
        #expect(unemployment.classes.first!.position > 5)
        #expect(unemployment.classes.last!.position < 5)
        let neutral = MapClasses(values: [-2, -1, 1, 2], count: 4, scheme: .diverging(midpoint: 0))
        #expect(neutral.ramp == .purpleOrange)
        #expect(neutral.classes.first?.color == "var(--almanac-map-puor-1,#b35806)")
    }
}
