/// The regions as a tree: parents, children in file order, a depth-first order in which each
/// region comes before its children (for display) or after them (for rolling figures up), and
/// levels — the `level` column of regions.csv, else the depth — for comparing like with like.
public struct RegionTree: Sendable {
    public private(set) var regions: [String: Region] = [:]
    public private(set) var roots: [String] = []
    private var childrenByID: [String: [String]] = [:]
    /// Depth-first, parents before children, siblings in file order.
    public private(set) var preorder: [String] = []
    private var depthByID: [String: Int] = [:]
    /// Each region's position in `preorder`.
    private var positionByID: [String: Int] = [:]
    /// Per position in `preorder`: where its subtree ends (its descendants are the positions
    /// between its own and this one).
    private var subtreeEnd: [Int] = []
    /// Per position in `preorder`: the number of its level (``levelKey(of:)``) in `levelKeys`,
    /// worked out once so that ranking every county of a report does not rebuild its key.
    public private(set) var levelNumbers: [Int] = []
    /// The level keys, in the order their first region comes in `preorder`.
    public private(set) var levelKeys: [String] = []

    /// Builds the tree. A parent that is not a region, or a cycle, is an error; the offending
    /// region then becomes a root so that the rest of the site can still be checked.
    public static func build(_ list: [Region]) -> (tree: RegionTree, issues: [DataIssue]) {
        var tree = RegionTree()
        var issues: [DataIssue] = []
        for region in list { tree.regions[region.id] = region }
        var parent: [String: String] = [:]
        for region in list {
            guard let parentID = region.parentID else { continue }
            if tree.regions[parentID] == nil {
                issues.append(
                    .error(
                        region.location,
                        "parent \"\(parentID)\" of region \"\(region.id)\" is not a region"))
            } else {
                parent[region.id] = parentID
            }
        }
        // A cycle: walking up from a region comes back to it. Report each cycle once, at its
        // member that comes first in the file, and cut it there.
        var reported: Set<String> = []
        for region in list where !reported.contains(region.id) {
            var path: [String] = [region.id]
            var current = region.id
            while let next = parent[current] {
                if next == region.id {
                    let members = path
                    reported.formUnion(members)
                    let first = members.min { tree.regions[$0]!.location < tree.regions[$1]!.location }!
                    let loop = (members + [region.id]).joined(separator: " → ")
                    issues.append(
                        .error(
                            tree.regions[first]!.location,
                            "the region tree has a cycle: \(loop)"))
                    parent[first] = nil
                    break
                }
                if path.count > list.count { break }  // a cycle further up, reported from its own member
                path.append(next)
                current = next
            }
        }
        for region in list {
            tree.regions[region.id]!.parentID = parent[region.id]
            if let parentID = parent[region.id] {
                tree.childrenByID[parentID, default: []].append(region.id)
            } else {
                tree.roots.append(region.id)
            }
        }
        func visit(_ id: String, depth: Int) {
            let position = tree.preorder.count
            tree.preorder.append(id)
            tree.positionByID[id] = position
            tree.subtreeEnd.append(position + 1)
            tree.depthByID[id] = depth
            for child in tree.childrenByID[id] ?? [] { visit(child, depth: depth + 1) }
            tree.subtreeEnd[position] = tree.preorder.count
        }
        for root in tree.roots { visit(root, depth: 0) }
        var numbers: [String: Int] = [:]
        for id in tree.preorder {
            let key = tree.regions[id]?.level ?? "#\(tree.depthByID[id] ?? 0)"
            if numbers[key] == nil {
                numbers[key] = tree.levelKeys.count
                tree.levelKeys.append(key)
            }
            tree.levelNumbers.append(numbers[key]!)
        }
        return (tree, issues)
    }

    public subscript(id: String) -> Region? { regions[id] }

    public func children(of id: String) -> [String] { childrenByID[id] ?? [] }

    /// The regions that share `id`'s parent (the roots for a root), `id` included.
    public func siblings(of id: String) -> [String] {
        if let parent = regions[id]?.parentID { return children(of: parent) }
        return roots
    }

    public func depth(of id: String) -> Int { depthByID[id] ?? 0 }

    /// From the root down to `id`'s parent.
    public func ancestors(of id: String) -> [String] {
        var result: [String] = []
        var current = regions[id]?.parentID
        while let parent = current {
            result.insert(parent, at: 0)
            current = regions[parent]?.parentID
        }
        return result
    }

    /// Children before parents: the order in which roll-ups can be computed in one pass.
    public var postorder: [String] {
        var result: [String] = []
        func visit(_ id: String) {
            for child in children(of: id) { visit(child) }
            result.append(id)
        }
        for root in roots { visit(root) }
        return result
    }

    /// `id`'s position in ``preorder``.
    public func position(of id: String) -> Int? { positionByID[id] }

    /// Whether `ancestor` is above `id` in the tree (a region is not its own ancestor).
    public func isAncestor(_ ancestor: String, of id: String) -> Bool {
        guard let above = positionByID[ancestor], let below = positionByID[id] else { return false }
        return above < below && below < subtreeEnd[above]
    }

    /// Every region under `ancestor` (not itself), in tree order.
    public func descendants(of ancestor: String) -> [String] {
        guard let position = positionByID[ancestor] else { return [] }
        return Array(preorder[(position + 1)..<subtreeEnd[position]])
    }

    /// What groups regions into levels: the `level` column where the region has one (`县`),
    /// else `#` and its depth (`#2`; 0 = the roots). Rankings compare regions of one level only,
    /// so that a province is never ranked against its own cities.
    public func levelKey(of id: String) -> String {
        if let position = positionByID[id] { return levelKeys[levelNumbers[position]] }
        return "#0"
    }

    /// The regions under `ancestor` at `region`'s level (``levelKey(of:)``), in tree order:
    /// every country under the world, for a country. Empty when `ancestor` is not a region.
    public func descendants(of ancestor: String, atLevelOf region: String) -> [String] {
        guard let position = positionByID[region] else { return [] }
        return regions(levelNumber: levelNumbers[position], under: ancestor)
    }

    /// The regions of a level (a ``levelKey(of:)``), under `ancestor` or in the whole tree, in tree order.
    public func regions(atLevel key: String, under ancestor: String? = nil) -> [String] {
        guard let number = levelKeys.firstIndex(of: key) else { return [] }
        return regions(levelNumber: number, under: ancestor)
    }

    private func regions(levelNumber: Int, under ancestor: String?) -> [String] {
        let range: Range<Int>
        if let ancestor {
            guard let position = positionByID[ancestor] else { return [] }
            range = (position + 1)..<subtreeEnd[position]
        } else {
            range = 0..<preorder.count
        }
        return range.filter { levelNumbers[$0] == levelNumber }.map { preorder[$0] }
    }
}
