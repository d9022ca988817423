import AlmanacData

/// Which regions a ranking compares: those of the same level (the `level` column of
/// regions.csv, or the depth in the tree where a region has none), so that a province is never
/// ranked against its own cities. Partial roll-ups are left out, as in ``Dataset/ranking(_:among:_:)``.
extension RenderEnvironment {
    struct RankingGroup {
        var label: String
        var regions: [String]
    }

    func rankingGroups(_ indicator: String, year: Int) -> [RankingGroup] {
        let dataset = self.dataset
        var groups: [(key: String, depth: Int, group: RankingGroup)] = []
        for id in dataset.tree.preorder {
            guard let figure = dataset.figure(indicator, id, year), !figure.isPartial, let region = dataset.region(id) else {
                continue
            }
            let depth = dataset.tree.depth(of: id)
            let key = region.level ?? "#\(depth)"
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].group.regions.append(id)
                groups[index].depth = min(groups[index].depth, depth)
            } else {
                let label = region.level ?? words.depth(depth)
                groups.append((key, depth, RankingGroup(label: label, regions: [id])))
            }
        }
        return groups.enumerated().sorted { ($0.element.depth, $0.offset) < ($1.element.depth, $1.offset) }.map(\.element.group)
    }

    /// The group a single ranking chart should show: the largest, the shallowest among equals.
    func mainRankingGroup(_ indicator: String, year: Int) -> RankingGroup? {
        let groups = rankingGroups(indicator, year: year)
        return groups.enumerated().max { a, b in
            (a.element.regions.count, -a.offset) < (b.element.regions.count, -b.offset)
        }?.element
    }
}
