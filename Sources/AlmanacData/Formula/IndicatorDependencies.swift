/// Which indicators are computed from which (a formula's components, a weighted mean's weight):
/// the checks of the catalogue as a whole, and the order in which the dataset computes them.
public enum IndicatorDependencies {
    /// Checks that every formula and weight names an indicator of the catalogue and that no
    /// indicator depends on itself through others. Each problem is one error at the cell that
    /// caused it (`formulaCells` / `aggregateCells`, by indicator id, else the row); the
    /// indicator stays in the catalogue without its formula or weight, so that its data is read.
    public static func validate(
        _ indicators: [Indicator], formulaCells: [String: SourceLocation] = [:],
        aggregateCells: [String: SourceLocation] = [:]
    ) -> (indicators: [Indicator], issues: [DataIssue]) {
        var indicators = indicators
        var issues: [DataIssue] = []
        let known = Set(indicators.map(\.id))
        func cell(_ indicator: Indicator) -> SourceLocation {
            (indicator.formula != nil ? formulaCells[indicator.id] : aggregateCells[indicator.id]) ?? indicator.location
        }
        for index in indicators.indices {
            let indicator = indicators[index]
            if let formula = indicator.formula {
                let unknown = formula.references.filter { !known.contains($0.id) }
                guard let first = unknown.first else { continue }
                var message = "formula \"\(formula.text)\" (indicator \(indicator.id)): " + describe(first, known: known)
                if unknown.count > 1 {
                    message += "; also " + unknown.dropFirst().map { describe($0, known: known) }.joined(separator: "; ")
                }
                issues.append(.error(cell(indicator), message))
                indicators[index].formula = nil
            } else if let weight = indicator.aggregate.weight {
                let problem: String? =
                    if weight.isEmpty { "names no indicator to weight by" }
                    else if weight == indicator.id { "weights the indicator by itself" }
                    else if !known.contains(weight) { "weights by \"\(weight)\", which is not an indicator" }
                    else { nil }
                guard let problem else { continue }
                issues.append(
                    .error(cell(indicator), "aggregate \"\(indicator.aggregate.text)\" \(problem) (indicator \(indicator.id))"))
                indicators[index].aggregate = .none
            }
        }
        for cycle in cycles(indicators) {
            // Reported once, at the member that comes first in the file; every member loses the
            // formula or weight that closes the loop, since none of them can be computed.
            let start = cycle.indices.min { indicators[cycle[$0]].location < indicators[cycle[$1]].location }!
            let ordered = Array(cycle[start...] + cycle[..<start])
            let names = (ordered + [ordered[0]]).map { indicators[$0].id }.joined(separator: " → ")
            issues.append(.error(cell(indicators[ordered[0]]), "indicators depend on each other in a cycle: \(names)"))
            for member in cycle {
                indicators[member].formula = nil
                if indicators[member].aggregate.weight != nil { indicators[member].aggregate = .none }
            }
        }
        return (indicators, issues)
    }

    /// `"gdp-pop" at character 1`, with a hint when splitting at hyphens gives known ids.
    private static func describe(_ reference: Formula.Reference, known: Set<String>) -> String {
        var text = "unknown indicator \"\(reference.id)\" at character \(reference.position)"
        if let parts = split(reference.id, known: known) {
            text += " (a \"-\" between ids needs spaces to subtract: \(parts.joined(separator: " - ")))"
        }
        return text
    }

    /// `id` cut at some of its hyphens into known ids or numbers, if it can be.
    private static func split(_ id: String, known: Set<String>) -> [String]? {
        let segments = id.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard segments.count > 1 else { return nil }
        func fits(_ word: String) -> Bool {
            known.contains(word) || (!word.isEmpty && word.allSatisfy { $0.isASCII && $0.isNumber })
        }
        // parts[i]: a way to cut segments[..<i], longest pieces first.
        var parts: [[String]?] = Array(repeating: nil, count: segments.count + 1)
        parts[0] = []
        for end in 1...segments.count {
            for start in 0..<end {
                guard let before = parts[start] else { continue }
                let word = segments[start..<end].joined(separator: "-")
                if fits(word) {
                    parts[end] = before + [word]
                    break
                }
            }
        }
        guard let result = parts[segments.count], result.count > 1 else { return nil }
        return result
    }

    /// Every cycle of dependencies, each as positions in dependency order (a depends on b, …).
    static func cycles(_ indicators: [Indicator]) -> [[Int]] {
        let index = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let edges = indicators.map { $0.dependencies.compactMap { index[$0] } }
        var state = Array(repeating: 0, count: indicators.count)  // 0 new, 1 on the path, 2 done
        var path: [Int] = []
        var found: [[Int]] = []
        func visit(_ node: Int) {
            state[node] = 1
            path.append(node)
            for next in edges[node] {
                if state[next] == 1, let from = path.firstIndex(of: next) {
                    found.append(Array(path[from...]))
                } else if state[next] == 0 {
                    visit(next)
                }
            }
            path.removeLast()
            state[node] = 2
        }
        for node in indicators.indices where state[node] == 0 { visit(node) }
        return found
    }

    /// The indicators in computing order, as levels: those that depend on nothing first, then
    /// those that depend only on the first, and so on; within a level they are independent.
    /// An indicator whose dependencies are unknown or circular is in no level (the dataset keeps
    /// its reported figures only).
    static func levels(_ indicators: [Indicator]) -> [[Int]] {
        let index = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var level: [Int?] = Array(repeating: nil, count: indicators.count)
        var visiting = Array(repeating: false, count: indicators.count)
        var failed = Array(repeating: false, count: indicators.count)
        func compute(_ node: Int) -> Int? {
            if let known = level[node] { return known }
            if failed[node] || visiting[node] { return nil }
            visiting[node] = true
            defer { visiting[node] = false }
            var result = 0
            for id in indicators[node].dependencies {
                guard let dependency = index[id], dependency != node, let below = compute(dependency) else {
                    failed[node] = true
                    return nil
                }
                result = Swift.max(result, below + 1)
            }
            level[node] = result
            return result
        }
        var levels: [[Int]] = []
        for node in indicators.indices {
            guard let value = compute(node) else { continue }
            while levels.count <= value { levels.append([]) }
            levels[value].append(node)
        }
        return levels
    }
}
