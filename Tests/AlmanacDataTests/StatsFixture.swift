@testable import AlmanacData

/// Trees, catalogues and datasets for the statistics tests, built from short descriptions.
enum Stats {
    static let file = "Content/data/x.csv"

    /// Each link is (region, parent), the parent nil for a root; regions in the given order.
    static func tree(_ links: [(String, String?)], levels: [String: String] = [:]) -> RegionTree {
        RegionTree.build(
            links.enumerated().map { index, link in
                Region(
                    id: link.0, name: link.0, parentID: link.1, level: levels[link.0],
                    location: SourceLocation(file: "Content/regions.csv", line: index + 2))
            }
        ).tree
    }

    /// w › {p › {c1 › {x1, x2, x3}, c2 › {x4}}, q › {x5}}: three levels beneath the root, uneven.
    static let uneven = tree([
        ("w", nil), ("p", "w"), ("c1", "p"), ("x1", "c1"), ("x2", "c1"), ("x3", "c1"), ("c2", "p"), ("x4", "c2"),
        ("q", "w"), ("x5", "q"),
    ])

    /// An observation; `line` tells the cell apart in messages.
    static func obs(_ indicator: String, _ region: String, _ year: Int, _ value: Double, line: Int = 1) -> Observation {
        Observation(
            region: region, year: year, indicator: indicator, value: value,
            location: SourceLocation(file: file, line: line, column: 4))
    }

    /// Reads an indicators.csv text.
    static func catalog(_ text: String) -> (indicators: [Indicator], issues: [DataIssue]) {
        IndicatorsReader.read(Array(text.utf8), file: "Content/indicators.csv")
    }

    static func build(_ tree: RegionTree, _ indicators: [Indicator], _ observations: [Observation]) -> (Dataset, [DataIssue]) {
        Dataset.build(tree: tree, indicators: indicators, observations: observations)
    }

    /// Values by region for one indicator and year, from a list like `["x1": 10, "x2": 20]`.
    static func rows(_ indicator: String, _ year: Int, _ values: [(String, Double)], line: Int = 1) -> [Observation] {
        values.enumerated().map { index, entry in obs(indicator, entry.0, year, entry.1, line: line + index) }
    }
}
