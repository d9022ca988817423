/// How often to label the category axis so labels do not touch: every label if they fit,
/// else every second, fifth, tenth…
enum XLabels {
    static func every(_ labels: [String], spacing: Double, fontSize: Double) -> Int {
        guard labels.count > 1, spacing > 0 else { return 1 }
        let widest = (labels.map { TextWidth.of($0, fontSize: fontSize) }.max() ?? 0) + 8
        for candidate in [1, 2, 5, 10, 20, 50, 100] where Double(candidate) * spacing >= widest {
            return candidate
        }
        return max(1, labels.count)
    }
}
