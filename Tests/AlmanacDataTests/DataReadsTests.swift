import Testing

@testable import AlmanacData

/// What work reads of a dataset is recorded by indicator, however it reads it, and an
/// indicator's bytes change exactly when something pages can learn of it does.
@Suite struct DataReadsTests {
    typealias F = Fixture

    let dataset = F.dataset([
        F.observation("output", "la", 2020, 10), F.observation("output", "xh", 2020, 20), F.observation("output", "qz", 2020, 5),
        F.observation("rate", "la", 2020, 90), F.observation("defects", "qz", 2020, 3),
    ]).0

    func read(_ work: () -> Void) -> [Int] {
        let reads = DataReads()
        reads.recording(work)
        return reads.indicators
    }

    @Test func eachWayOfReadingAFigureIsRecordedAsItsIndicator() {
        #expect(read { _ = dataset.figure("rate", "la", 2020) } == [1])
        #expect(read { _ = dataset.figures("defects", "qz") } == [3])
        #expect(read { _ = dataset.figures(of: "output", in: 2020) } == [0])
        #expect(read { _ = dataset.rank("output", "la", 2020) } == [0])
        #expect(read { _ = dataset.ranking("defects", among: ["qz", "zj"], 2020) } == [3])
        #expect(read { _ = dataset.change("rate", "la", 2020) } == [1])
        #expect(read { _ = dataset.share("output", "la", 2020) } == [0])
        #expect(read { _ = dataset.years(of: "defects") } == [3])
        #expect(read { _ = dataset.regions(with: "rate") } == [1])
        #expect(read { _ = dataset.step(of: "output") } == [0])
        #expect(read { _ = dataset.missingCause("per-capita", "la", 2020) } == [2])
        #expect(read { _ = dataset.target("rate", "la", 2020) } == [1])
        #expect(read { _ = dataset.figureCount } == [0, 1, 2, 3])
        #expect(read { _ = (dataset.figure("defects", "qz", 2020), dataset.figure("output", "hz", 2020)) } == [0, 3])
    }

    @Test func theCatalogueTheTreeAndUnknownIDsAreNoFigures() {
        #expect(read { _ = dataset.indicator("output"); _ = dataset.tree.children(of: "zj"); _ = dataset.years } == [])
        #expect(read { _ = dataset.figure("nothing", "la", 2020) } == [])
        // Outside a recording nothing is kept, and a recording sees only its own thread's work.
        _ = dataset.figure("output", "la", 2020)
        #expect(read {} == [])
    }

    @Test func anIndicatorsBytesChangeWithItsFiguresOnly() {
        func bytes(_ observations: [Observation]) -> [[UInt8]] {
            let dataset = F.dataset(observations).0
            return dataset.indicators.indices.map { dataset.contentBytes(ofIndicatorAt: $0) }
        }
        let base = [F.observation("output", "la", 2020, 10), F.observation("rate", "la", 2020, 90)]
        let before = bytes(base)
        #expect(bytes(base) == before)
        // The same figures read from other lines: nothing a page shows changed.
        #expect(bytes([F.observation("rate", "la", 2020, 90, line: 7), F.observation("output", "la", 2020, 10, line: 9)]) == before)
        let edited = [F.observation("output", "la", 2020, 10.5), F.observation("rate", "la", 2020, 90)]
        let changed = bytes(edited)
        #expect(changed[0] != before[0])
        #expect(changed[1] == before[1])
        // A figure of a region with none before changes the indicator and the shape.
        var more = base
        more.append(F.observation("rate", "qz", 2020, 80))
        #expect(bytes(more)[1] != before[1])
        #expect(F.dataset(more).0.shapeBytes() != F.dataset(base).0.shapeBytes())
        #expect(F.dataset(edited).0.shapeBytes() == F.dataset(base).0.shapeBytes())
    }
}
