/// Series colours: the Okabe–Ito palette, which readers with the common colour-vision deficiencies
/// can tell apart, set through CSS custom properties so a theme can change them for dark mode or print.
public enum Palette {
    static let fallbacks = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"]

    /// CSS colour for series `index` (0-based), cycling after eight.
    public static func color(_ index: Int) -> String {
        let slot = index % fallbacks.count
        return "var(--almanac-series-\(slot + 1),\(fallbacks[slot]))"
    }
}
