/// Visvalingam–Whyatt simplification of one arc in pixels: each point's effective area is the area of
/// the triangle it makes with its neighbours when it is removed, smallest first, never less than
/// the area of a point removed before it (so a threshold keeps a consistent set). The end points
/// are never removed. Arcs are simplified once each, so the features sharing one keep one border.
enum Simplification {
    /// The effective area of each point of `points`, infinite at both ends.
    static func effectiveAreas(_ xs: [Double], _ ys: [Double]) -> [Double] {
        let count = xs.count
        var areas = [Double](repeating: .infinity, count: count)
        guard count > 2 else { return areas }
        var previous = Array(-1..<(count - 1))
        var next = Array(1...count)
        func triangle(_ index: Int) -> Double {
            let a = previous[index]
            let c = next[index]
            return abs((xs[a] - xs[index]) * (ys[c] - ys[index]) - (xs[c] - xs[index]) * (ys[a] - ys[index])) / 2
        }
        var current = [Double](repeating: .infinity, count: count)
        var heap = MinHeap()
        for index in 1..<(count - 1) {
            current[index] = triangle(index)
            heap.push(current[index], index)
        }
        var floor = 0.0
        while let (area, index) = heap.pop() {
            guard area == current[index], areas[index] == .infinity else { continue }
            floor = max(floor, area)
            areas[index] = floor
            let before = previous[index]
            let after = next[index]
            next[before] = after
            previous[after] = before
            for neighbour in [before, after] where neighbour > 0 && neighbour < count - 1 {
                current[neighbour] = triangle(neighbour)
                heap.push(current[neighbour], neighbour)
            }
        }
        return areas
    }
}

/// A binary min-heap of (area, index), ties broken by index so that the order is the same on every
/// run; stale entries are skipped by the caller.
struct MinHeap {
    private var items: [(area: Double, index: Int)] = []

    private static func less(_ a: (area: Double, index: Int), _ b: (area: Double, index: Int)) -> Bool {
        a.area < b.area || (a.area == b.area && a.index < b.index)
    }

    mutating func push(_ area: Double, _ index: Int) {
        items.append((area, index))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = parent * 2 + 1
                let right = left + 1
                var smallest = parent
                if left < items.count, Self.less(items[left], items[smallest]) { smallest = left }
                if right < items.count, Self.less(items[right], items[smallest]) { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (top.area, top.index)
    }
}
