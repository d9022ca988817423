import Testing

@testable import AlmanacCharts

/// Consecutive observations are joined: a five-yearly series is one line through every point,
/// a series with figures only in its own years joins across the years between them, and a
/// missing observation at the series' own step stays a gap (issue 14.3).
@Suite struct StepJoinTests {
    func seriesPaths(_ name: String) -> [String] {
        SVGInspection(ChartCases.all.first { $0.name == name }!.svg).all("path").filter { ["series", "series context"].contains($0.groups.last) && !$0.isDots }
            .map { $0.attributes["d"]! }
    }

    func count(_ needle: Character, in text: String) -> Int { text.filter { $0 == needle }.count }

    @Test func aFiveYearlySeriesIsOneLineThroughEveryPoint() {
        for name in ["line-five-yearly", "line-five-yearly.narrow"] {
            let paths = seriesPaths(name)
            #expect(paths.count == 1)
            #expect(count("M", in: paths[0]) == 1 && count("L", in: paths[0]) == 11, "\(name)")
        }
    }

    @Test func figuresInTheirOwnYearsOnlyAreJoinedAcrossTheOthers() {
        // Lin'an: 2016 and 2020 on an axis of 2016–2020, no figure expected between them.
        let joined = seriesPaths("line-linan-2016-2020")
        #expect(joined.count == 1 && count("L", in: joined[0]) == 1)
        // The same figures where every year is expected are two dots.
        #expect(seriesPaths("line-isolated-points").isEmpty)
        // Beside a yearly series, the five-yearly one is a line through 2010, 2015 and 2020.
        let both = seriesPaths("line-yearly-beside-five-yearly")
        #expect(both.count == 2)
        #expect(count("L", in: both[0]) == 10 && count("L", in: both[1]) == 2)
    }

    @Test func aMissingObservationAtTheStepIsAGap() {
        let paths = seriesPaths("line-five-yearly-missing")
        #expect(paths.count == 1)
        #expect(count("M", in: paths[0]) == 2, "1967 is missing: two runs, 1952–1962 and 1972–2007")
    }

    @Test func gapPathJoinsOnlyWhereNothingIsExpected() {
        let values: [Double?] = [1, nil, 3, nil, 5]
        #expect(GapPath(values).isolated == [0, 2, 4])
        #expect(GapPath(values, expected: [true, false, true, false, true]).segments.map { [$0.from, $0.to] } == [[0, 2], [2, 4]])
        let broken = GapPath(values, expected: [true, false, true, true, true])
        #expect(broken.segments.map { [$0.from, $0.to] } == [[0, 2]])
        #expect(broken.isolated == [4])
    }

    @Test func expectedYearsFollowTheStepFromTheOrigin() {
        #expect(ChartSeries.expected(years: Array(2016...2020), step: 4, from: 2016) == [true, false, false, false, true])
        #expect(ChartSeries.expected(years: [1950, 1952, 1957], step: 5, from: 1952) == [false, true, true])
        #expect(ChartSeries.expected(years: [2020, 2021], step: 1, from: 2020) == [true, true])
    }

    @Test func theSparklineJoinsItsObservationsToo() {
        let spark = SVGInspection(ChartCases.all.first { $0.name == "sparkline-five-yearly" }!.svg)
        let path = spark.all("path")[0].attributes["d"]!
        #expect(count("M", in: path) == 1 && count("L", in: path) == 2)
        #expect(spark.all("circle").count == 1)  // the last point only; nothing isolated
    }
}
