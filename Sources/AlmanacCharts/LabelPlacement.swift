/// Keeps labels along one axis from overlapping: positions are pushed apart to at least `minGap`
/// in their original order, then shifted back inside the bounds.
enum LabelPlacement {
    static func spread(_ positions: [Double], minGap: Double, within bounds: (low: Double, high: Double)) -> [Double] {
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        var placed = order.map { positions[$0] }
        for index in placed.indices.dropFirst() where placed[index] - placed[index - 1] < minGap {
            placed[index] = placed[index - 1] + minGap
        }
        if let last = placed.last, last > bounds.high {
            let shift = last - bounds.high
            for index in placed.indices { placed[index] -= shift }
            for index in placed.indices.dropLast().reversed() where placed[index + 1] - placed[index] < minGap {
                placed[index] = placed[index + 1] - minGap
            }
        }
        var result = positions
        for (slot, original) in order.enumerated() { result[original] = placed[slot] }
        return result
    }
}
