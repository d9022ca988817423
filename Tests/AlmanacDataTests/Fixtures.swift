@testable import AlmanacData

/// Small catalogues for aggregation tests: Zhejiang › {Hangzhou › Lin'an, Quzhou}.
enum Fixture {
    static let location = SourceLocation(file: "Content/data/x.csv", line: 1)

    static func region(_ id: String, _ parent: String?, complete: Bool = true) -> Region {
        Region(id: id, name: id, parentID: parent, childrenComplete: complete, location: location)
    }

    static func observation(_ indicator: String, _ region: String, _ year: Int, _ value: Double, line: Int = 1) -> Observation {
        Observation(
            region: region, year: year, indicator: indicator, value: value,
            location: SourceLocation(file: "Content/data/x.csv", line: line, column: 4))
    }

    static let tree = RegionTree.build([
        region("zj", nil), region("hz", "zj"), region("la", "hz"), region("xh", "hz"), region("qz", "zj"),
    ]).tree

    static let indicators = [
        Indicator(id: "output", name: "产值", unit: "亿元", aggregate: .sum, decimals: 1),
        Indicator(id: "rate", name: "合格率", unit: "%", aggregate: .mean, decimals: 1),
        Indicator(id: "per-capita", name: "人均", aggregate: .none),
        Indicator(id: "defects", name: "不合格批次", aggregate: .sum, direction: .down),
    ]

    static func dataset(_ observations: [Observation], targets: [Target] = []) -> (Dataset, [DataIssue]) {
        Dataset.build(tree: tree, indicators: indicators, observations: observations, targets: targets)
    }
}
