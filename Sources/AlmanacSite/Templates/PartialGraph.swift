/// Which templates include which (``PartialTags``), and the loops among them: a loop of includes
/// that are all outside sections never ends; one with an include inside a section ends when the
/// data does (a tree), so its templates are only limited in depth.
struct PartialGraph {
    struct Edge {
        var from: String
        var tag: PartialTags.Tag
    }

    private let edges: [String: [PartialTags.Tag]]

    init(_ edges: [String: [PartialTags.Tag]]) {
        self.edges = edges
    }

    /// The templates that can reach themselves through includes.
    var recursive: Set<String> {
        Set(edges.keys.filter { start in reaches(start, start, unconditionalOnly: false) })
    }

    /// Each loop of unconditional includes once, as the edges around it, starting at its first
    /// template by name.
    func unstoppableCycles() -> [[Edge]] {
        var reported: Set<String> = []
        var cycles: [[Edge]] = []
        for start in edges.keys.sorted() where !reported.contains(start) {
            guard let path = path(from: start, to: start) else { continue }
            reported.formUnion(path.map(\.from))
            cycles.append(path)
        }
        return cycles
    }

    private func reaches(_ from: String, _ target: String, unconditionalOnly: Bool) -> Bool {
        var seen: Set<String> = []
        var stack = [from]
        while let name = stack.popLast() {
            for tag in edges[name] ?? [] where !unconditionalOnly || !tag.conditional {
                if tag.name == target { return true }
                if seen.insert(tag.name).inserted { stack.append(tag.name) }
            }
        }
        return false
    }

    /// A shortest loop of unconditional includes from `start` back to it, breadth first.
    private func path(from start: String, to target: String) -> [Edge]? {
        var previous: [String: Edge] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let name = queue[head]
            head += 1
            for tag in (edges[name] ?? []) where !tag.conditional {
                let edge = Edge(from: name, tag: tag)
                if tag.name == target {
                    var path = [edge]
                    var current = name
                    while current != start, let back = previous[current] {
                        path.insert(back, at: 0)
                        current = back.from
                    }
                    return path
                }
                if previous[tag.name] == nil, tag.name != start {
                    previous[tag.name] = edge
                    queue.append(tag.name)
                }
            }
        }
        return nil
    }
}
