import Testing

@testable import AlmanacData

/// Ranks among siblings and among every region of a level under an ancestor, and the level
/// notion of the tree they share with the site's ranking groups.
@Suite struct RankScopeTests {
    typealias S = Stats

    /// world › {asia › {east › {jp, cn › {bj, sh}}, in}, europe › {de, fr}}; jp, cn, in, de and fr
    /// are countries (the `level` column), at depths 3 and 2.
    static let tree = S.tree(
        [
            ("world", nil), ("asia", "world"), ("east", "asia"), ("jp", "east"), ("cn", "east"), ("bj", "cn"), ("sh", "cn"),
            ("in", "asia"), ("europe", "world"), ("de", "europe"), ("fr", "europe"),
        ],
        levels: ["jp": "country", "cn": "country", "in": "country", "de": "country", "fr": "country", "bj": "province", "sh": "province"])

    static let indicators = [
        Indicator(id: "life", name: "life", aggregate: .mean, decimals: 1),
        Indicator(id: "deaths", name: "deaths", aggregate: .sum, direction: .down),
    ]

    func data(_ observations: [Observation]) -> Dataset { S.build(Self.tree, Self.indicators, observations).0 }

    /// life 2007: jp 82, cn 73, in 64, de 79, fr 79.
    let life = S.rows("life", 2007, [("jp", 82), ("cn", 73), ("in", 64), ("de", 79), ("fr", 79)])

    @Test func levelsComeFromTheLevelColumnElseTheDepth() {
        let tree = Self.tree
        #expect(tree.levelKey(of: "jp") == "country" && tree.levelKey(of: "in") == "country")
        #expect(tree.levelKey(of: "asia") == "#1" && tree.levelKey(of: "east") == "#2")
        #expect(tree.descendants(of: "world", atLevelOf: "jp") == ["jp", "cn", "in", "de", "fr"])
        #expect(tree.descendants(of: "asia", atLevelOf: "de") == ["jp", "cn", "in"])
        #expect(tree.descendants(of: "east", atLevelOf: "bj") == ["bj", "sh"])
        #expect(tree.descendants(of: "nowhere", atLevelOf: "jp") == [])
        #expect(tree.regions(atLevel: "#1") == ["asia", "europe"])
        #expect(tree.descendants(of: "cn") == ["bj", "sh"])
        #expect(tree.isAncestor("world", of: "bj") && tree.isAncestor("cn", of: "sh"))
        #expect(!tree.isAncestor("jp", of: "jp") && !tree.isAncestor("europe", of: "jp") && !tree.isAncestor("bj", of: "cn"))
        #expect(tree.position(of: "east") == 2)
        #expect(tree.levelKeys == ["#0", "#1", "#2", "country", "province"])
        #expect(tree.levelNumbers == [0, 1, 2, 3, 3, 4, 4, 3, 1, 3, 3])
        #expect(tree.regions(atLevel: "province", under: "asia") == ["bj", "sh"])
        #expect(tree.regions(atLevel: "nonesuch") == [])
        // Without a level column the depth groups: only jp and cn are at depth 3.
        let plain = S.tree([("w", nil), ("a", "w"), ("e", "a"), ("jp", "e"), ("cn", "e"), ("in", "a")])
        #expect(plain.descendants(of: "w", atLevelOf: "jp") == ["jp", "cn"])
    }

    @Test func siblingsWithoutAnAncestor() {
        let data = data(life)
        #expect(data.rank("life", "jp", 2007) == Rank(position: 1, of: 2))  // jp, cn under east
        #expect(data.rank("life", "in", 2007) == Rank(position: 2, of: 2))  // east's mean 77.5, in 64
        #expect(data.rank("life", "jp", 2007, in: nil) == data.rank("life", "jp", 2007))
    }

    @Test func acrossALevelUnderAnAncestorWithTies() {
        let data = data(life)
        // Under the world, the five countries: jp 82, de 79, fr 79 (a tie), cn 73, in 64.
        #expect(data.rank("life", "jp", 2007, in: "world") == Rank(position: 1, of: 5))
        #expect(data.rank("life", "de", 2007, in: "world") == Rank(position: 2, of: 5))
        #expect(data.rank("life", "fr", 2007, in: "world") == Rank(position: 2, of: 5))
        #expect(data.rank("life", "cn", 2007, in: "world") == Rank(position: 4, of: 5))
        #expect(data.rank("life", "in", 2007, in: "world") == Rank(position: 5, of: 5))
        // Under Asia: jp, cn, in.
        #expect(data.rank("life", "in", 2007, in: "asia") == Rank(position: 3, of: 3))
    }

    @Test func anAncestorThatIsNotOneIsNil() {
        let data = data(life)
        #expect(data.rank("life", "jp", 2007, in: "europe") == nil)
        #expect(data.rank("life", "jp", 2007, in: "jp") == nil)
        #expect(data.rank("life", "jp", 2007, in: "nowhere") == nil)
        #expect(data.rank("life", "jp", 2006, in: "world") == nil)  // no figure
    }

    @Test func partialFiguresAreNeitherRankedNorCounted() {
        // deaths (lower is better): jp 10, in 30, de 5, fr 20; cn's is a partial sum (sh is missing).
        let data = data(S.rows("deaths", 2007, [("jp", 10), ("bj", 2), ("in", 30), ("de", 5), ("fr", 20)]))
        #expect(data.figure("deaths", "cn", 2007)?.isPartial == true)
        #expect(data.rank("deaths", "cn", 2007, in: "world") == nil)
        #expect(data.rank("deaths", "de", 2007, in: "world") == Rank(position: 1, of: 4))
        #expect(data.rank("deaths", "jp", 2007, in: "world") == Rank(position: 2, of: 4))
        #expect(data.rank("deaths", "in", 2007, in: "world") == Rank(position: 4, of: 4))
        #expect(data.rank("deaths", "jp", 2007) == Rank(position: 1, of: 1))  // its sibling cn is partial
    }
}
