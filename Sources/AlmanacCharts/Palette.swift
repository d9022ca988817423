import AlmanacMarkup

/// Series colours: the Okabe–Ito palette, which readers with the common colour-vision deficiencies
/// can tell apart, set through CSS custom properties so a theme can change them for dark mode or
/// print. After eight series the colours repeat, so lines from the ninth on are dashed.
public enum Palette {
    static let fallbacks = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#b59f00", "#000000"]
    static let dashes = ["6 3", "2 3", "8 3 2 3"]
    private static let colors = fallbacks.indices.map { "var(--almanac-series-\($0 + 1),\(fallbacks[$0]))" }

    /// CSS colour for series `index` (0-based), cycling after eight.
    public static func color(_ index: Int) -> String { colors[index % colors.count] }

    /// ` stroke-dasharray="…"` for a line whose colour repeats an earlier one; nothing for the first eight.
    static func dashAttribute(_ index: Int, into out: inout MarkupBytes) {
        guard index >= fallbacks.count else { return }
        out.append(" stroke-dasharray=\"")
        out.append(dashes[(index / fallbacks.count - 1) % dashes.count])
        out.append("\"")
    }
}
