/// Keeps labels along one axis from overlapping while moving them as little as possible: labels
/// that would come closer than `minGap` form a cluster, spaced `minGap` apart and centred on the
/// mean of where its labels want to be, and clusters that then touch merge — the placement with
/// the least squared displacement. Clusters are kept inside the bounds where they fit.
enum LabelPlacement {
    static func spread(_ positions: [Double], minGap: Double, within bounds: (low: Double, high: Double)) -> [Double] {
        // Ties keep their given order, so that equal positions always come out the same way.
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        var clusters: [(start: Double, count: Int, sum: Double)] = []
        func place(_ count: Int, _ sum: Double) -> Double {
            let start = sum / Double(count) - Double(count - 1) * minGap / 2
            return max(bounds.low, min(start, bounds.high - Double(count - 1) * minGap))
        }
        for index in order {
            var cluster = (start: place(1, positions[index]), count: 1, sum: positions[index])
            while let previous = clusters.last, previous.start + Double(previous.count) * minGap > cluster.start {
                clusters.removeLast()
                let count = previous.count + cluster.count
                let sum = previous.sum + cluster.sum
                cluster = (place(count, sum), count, sum)
            }
            clusters.append(cluster)
        }
        var result = positions
        var slot = 0
        for cluster in clusters {
            for offset in 0..<cluster.count {
                result[order[slot]] = cluster.start + Double(offset) * minGap
                slot += 1
            }
        }
        return result
    }
}
