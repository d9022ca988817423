import AlmanacData

/// Which regions a ranking compares: those of the same level (the `level` column of
/// regions.csv, or the depth in the tree where a region has none), so that a province is never
/// ranked against its own cities. Partial roll-ups are left out, as in ``Dataset/ranking(_:among:_:)``.
extension RenderEnvironment {
    struct RankingGroup {
        var label: String
        /// Each region of the group with its figure, in tree order.
        var entries: [(region: String, figure: Figure)]
        var regions: [String] { entries.map(\.region) }
    }

    /// Each region's level, worked out once per build by position in `tree.preorder`: a year
    /// page groups all the counties of a county-level report for each of its indicators, and
    /// should not hash every region's id again for its figure, its record and its depth.
    struct Levels: Sendable {
        /// Per region: its group's number, and its depth.
        let group: [Int]
        let depth: [Int]
        /// Per group number: the label.
        let labels: [String]

        /// `level` names a region's level in the edition's language.
        init(_ tree: RegionTree, words: Words, level name: (String) -> String?) {
            var numbers: [String: Int] = [:]
            var labels: [String] = []
            var group: [Int] = []
            var depth: [Int] = []
            for id in tree.preorder {
                let region = tree[id]
                let level = tree.depth(of: id)
                // Grouped by the level as regions.csv writes it, named in the edition's language.
                let key = region?.level ?? "#\(level)"
                if numbers[key] == nil {
                    numbers[key] = labels.count
                    labels.append(region?.level == nil ? words.depth(level) : name(id) ?? region!.level!)
                }
                group.append(numbers[key]!)
                depth.append(level)
            }
            self.group = group
            self.depth = depth
            self.labels = labels
        }
    }

    func rankingGroups(_ indicator: String, year: Int) -> [RankingGroup] {
        let preorder = dataset.tree.preorder
        let figures = dataset.figures(of: indicator, in: year)
        // Groups in the order their first ranked region comes, then by their shallowest one.
        var found: [(number: Int, depth: Int, group: RankingGroup)] = []
        var slot = Array(repeating: -1, count: levels.labels.count)
        for (position, figure) in figures.enumerated() {
            guard let figure, !figure.isPartial else { continue }
            let number = levels.group[position]
            let depth = levels.depth[position]
            if slot[number] < 0 {
                slot[number] = found.count
                found.append((number, depth, RankingGroup(label: levels.labels[number], entries: [])))
            }
            found[slot[number]].group.entries.append((preorder[position], figure))
            found[slot[number]].depth = min(found[slot[number]].depth, depth)
        }
        return found.enumerated().sorted { ($0.element.depth, $0.offset) < ($1.element.depth, $1.offset) }.map(\.element.group)
    }
    /// The group a single ranking chart should show: the largest, the shallowest among equals.
    func mainRankingGroup(_ indicator: String, year: Int) -> RankingGroup? {
        let groups = rankingGroups(indicator, year: year)
        return groups.enumerated().max { a, b in
            (a.element.entries.count, -a.offset) < (b.element.entries.count, -b.offset)
        }?.element
    }
}
