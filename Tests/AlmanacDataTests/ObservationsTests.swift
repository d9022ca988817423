import Testing

@testable import AlmanacData

/// Tidy and wide observation files, targets, and every per-cell check with its position.
@Suite struct ObservationsTests {
    let regions: Set<String> = ["quzhou", "linan"]
    let indicators: Set<String> = ["patents", "output"]

    func read(_ text: String, file: String = "Content/data/2024.csv") -> ([Observation], [DataIssue]) {
        ObservationsReader.read(Array(text.utf8), file: file, regions: regions, indicators: indicators)
    }

    @Test func tidyFile() {
        let (observations, issues) = read("region,year,indicator,value,source,note\nquzhou,2024,patents,5590,衢州日报,\nlinan,2020,output,974.2,,推算\n")
        #expect(issues.isEmpty)
        #expect(observations.count == 2)
        #expect(observations[0].value == 5590 && observations[0].source == "衢州日报" && observations[0].note == nil)
        #expect(observations[1].note == "推算")
        #expect(observations[1].location == SourceLocation(file: "Content/data/2024.csv", line: 3, column: 4))
    }

    @Test func wideFileWithEmptyCellsAsMissing() {
        let (observations, issues) = read("region,year,patents,output,source\nquzhou,2024,5590,,报道\nlinan,2020,,974.2,\n")
        #expect(issues.isEmpty)
        #expect(observations.map { "\($0.region)/\($0.indicator)/\($0.year)=\($0.value)" } == [
            "quzhou/patents/2024=5590.0", "linan/output/2020=974.2",
        ])
        #expect(observations[0].source == "报道")
    }

    @Test func theSpecExampleMessage() {
        let (_, issues) = read("region,year,patents\nquzhou,2023,1\nquzhou,2024,\"12,5\"\n")
        #expect(issues.count == 1)
        #expect(issues.first?.message == "value \"12,5\" is not a number (indicator patents)")
        #expect(issues.first?.location == SourceLocation(file: "Content/data/2024.csv", line: 3, column: 3))
    }

    @Test func figuresBeyondTenToTheFifteenthAreRefused() {
        let (observations, issues) = read("region,year,patents\nquzhou,2023,1.7e308\nquzhou,2024,-1e15\nlinan,2024,999999999999999\n")
        #expect(issues.map(\.message) == [
            "value \"1.7e308\" is out of range: figures must lie within ±10^15 (indicator patents)",
            "value \"-1e15\" is out of range: figures must lie within ±10^15 (indicator patents)",
        ])
        #expect(observations.map(\.value) == [999_999_999_999_999])
    }

    @Test func everyBadCellIsReported() {
        let text = """
            region,year,indicator,value
            nowhere,2024,patents,1
            quzhou,20x4,patents,1
            quzhou,2024,unknown,1
            quzhou,2024,patents,lots
            quzhou,2024,patents,inf
            quzhou,2024,patents
            """
        let (observations, issues) = read(text)
        #expect(observations.isEmpty)
        #expect(issues.map(\.message) == [
            "unknown region \"nowhere\" (not in regions.csv)",
            "year \"20x4\" is not a whole number",
            "unknown indicator \"unknown\" (not in indicators.csv)",
            "value \"lots\" is not a number (indicator patents)",
            "value \"inf\" is not a number (indicator patents)",
            "row has too few fields: 3 where the header has 4",
        ])
        #expect(Set(issues.map(\.location.line)) == [2, 3, 4, 5, 6, 7])
    }

    @Test func wideFileUnknownColumn() {
        let (_, issues) = read("region,year,patents,patent\nquzhou,2024,1,2\n")
        #expect(issues.map(\.message) == [
            "unknown column \"patent\": not an indicator of indicators.csv (by id, name or alias), nor region, year, source or note",
        ])
        #expect(issues.first?.location == SourceLocation(file: "Content/data/2024.csv", line: 1, column: 4))
    }

    /// Property: the byte parser's fast path and its strtod fallback both agree with Swift's own
    /// correctly rounded `Double(String)` on every plain decimal.
    @Test func numberParsingAgreesWithDoubleInit() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let digits = Int(generator.next() % 19) + 1
            var text = generator.next() % 3 == 0 ? "-" : ""
            for position in 0..<digits {
                if position == Int(generator.next() % UInt64(digits + 1)) && !text.contains(".") { text += "." }
                text += String(generator.next() % 10)
            }
            if generator.next() % 10 == 0 { text += "e\(Int(generator.next() % 40) - 20)" }
            #expect(NumberParsing.value(text) == Double(text), "\(text)")
        }
    }

    @Test func numbersAreStrict() {
        #expect(NumberParsing.value("693.1") == 693.1)
        #expect(NumberParsing.value("-4") == -4)
        #expect(NumberParsing.value("1e3") == 1000)
        for bad in ["1,234", "12,5", "0x10", "nan", "inf", "", "一百", "5%", "."] {
            #expect(NumberParsing.value(bad) == nil, "\(bad)")
        }
        #expect(NumberParsing.year("2024") == 2024)
        #expect(NumberParsing.year("2024.0") == nil)
        #expect(NumberParsing.year("-1") == nil)
    }

    @Test func targets() {
        let text = "region,year,indicator,target\nquzhou,2025,patents,6000\nquzhou,2025,patents,6100\nlinan,2025,output,x\n"
        let (targets, issues) = TargetsReader.read(Array(text.utf8), file: "Content/targets.csv", regions: regions, indicators: indicators)
        #expect(targets.map(\.value) == [6000])
        #expect(issues.map(\.message) == [
            "a second target for patents, quzhou, 2025 (first on line 2)",
            "target \"x\" is not a number (indicator output)",
        ])
    }
}
