import Testing

@testable import AlmanacData

/// A chart axis in the language's short style: one unit for the whole axis, decimals by the step.
@Suite struct AxisLabelsTests {
    @Test func oneUnitForTheWholeAxis() {
        #expect(NumberFormat.compactTicks([0, 5_000, 10_000, 15_000], language: .zhCN) == ["0", "0.5万", "1万", "1.5万"])
        #expect(NumberFormat.compactTicks([0, 5_000, 10_000, 15_000], language: .en) == ["0", "5K", "10K", "15K"])
        #expect(NumberFormat.compactTicks([0, 2e11, 4e11, 6e11], language: .zhCN) == ["0", "2,000亿", "4,000亿", "6,000亿"])
        #expect(NumberFormat.compactTicks([0, 5e11, 1e12, 1.5e12], language: .zhCN) == ["0", "0.5万亿", "1万亿", "1.5万亿"])
        #expect(NumberFormat.compactTicks([0, 5e8, 1e9, 1.5e9], language: .en) == ["0", "0.5B", "1B", "1.5B"])
    }

    @Test func belowTheFirstUnitNumbersAreWrittenOut() {
        #expect(NumberFormat.compactTicks([0, 2_000, 4_000, 6_000], language: .zhCN) == ["0", "2,000", "4,000", "6,000"])
        #expect(NumberFormat.compactTicks([0, 200, 400], language: .en) == ["0", "200", "400"])
    }

    @Test func tinyStepsKeepTheirDecimals() {
        #expect(NumberFormat.compactTicks([0, 0.0002, 0.0004, 0.0006], language: .zhCN) == ["0", "0.0002", "0.0004", "0.0006"])
        #expect(NumberFormat.compactTicks([0, 0.25, 0.5, 0.75, 1], language: .en) == ["0", "0.25", "0.5", "0.75", "1"])
    }

    @Test func negativeTicks() {
        #expect(NumberFormat.compactTicks([-20_000, -10_000, 0, 10_000], language: .zhCN) == ["-2万", "-1万", "0", "1万"])
        #expect(NumberFormat.compactTicks([-5, 0, 5, 10, 15], language: .en) == ["-5", "0", "5", "10", "15"])
    }
}
