/// `regions/index.html`: the region tree.
struct RegionsPage: PageModel {
    static let kind = PageKind.regions

    var title: String
    /// The roots of the tree.
    var regions: [RegionNode]

    static func build(_ input: PageInput) -> RegionsPage {
        let dataset = input.dataset
        func node(_ id: String) -> RegionNode {
            let region = input.env.region(id)!
            return RegionNode(
                name: region.name, href: input.links.href(.region(id)), count: input.env.indicators(for: id).count,
                level: region.level, subtree: dataset.tree.children(of: id).map(node))
        }
        return RegionsPage(title: input.words[.regions], regions: dataset.tree.roots.map(node))
    }
}

/// A region in the tree, and the regions under it.
struct RegionNode: Sendable {
    var name: String
    var href: String
    /// How many indicators have figures for it.
    var count: Int
    var level: String?
    var subtree: [RegionNode]
}
