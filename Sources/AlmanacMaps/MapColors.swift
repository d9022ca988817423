/// The colour ramps of the maps, as CSS custom properties with the light-scheme colour as fallback,
/// so the theme can give other colours for dark mode and print (Theme/assets/style.css).
///
/// Sequential: ColorBrewer YlGnBu, 9 classes. Diverging: ColorBrewer RdBu (red for worse, blue for
/// better) when the figure has a better direction, PuOr when it has none. All three are marked
/// safe for colour-vision deficiency by ColorBrewer (Cynthia A. Brewer, Mark Harrower and The
/// Pennsylvania State University, colorbrewer2.org; the colour specifications are under the
/// Apache License 2.0). A map with k classes takes k of the 9 colours, evenly spread (sequential
/// from the 2nd, the 1st being almost white; diverging symmetric about the neutral 5th). One change
/// to ColorBrewer: the diverging ramps' neutral middle is a light grey (#d9d9d9) instead of
/// #f7f7f7, which a white page and white borders would swallow; features outside the comparison
/// are paler still (#f1f2f4), so "about the midpoint" and "not compared" do not look alike.
public enum MapColors {
    public enum Ramp: String, Sendable, Hashable {
        case sequential = "seq"
        case redBlue = "rdbu"
        case purpleOrange = "puor"
    }

    static let fallbacks: [Ramp: [String]] = [
        .sequential: ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
        .redBlue: ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d9d9d9", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
        .purpleOrange: ["#b35806", "#e08214", "#fdb863", "#fee0b6", "#d9d9d9", "#d8daeb", "#b2abd2", "#8073ac", "#542788"],
    ]

    /// `var(--almanac-map-seq-4,#7fcdbb)` for ramp position 1…9.
    public static func color(_ ramp: Ramp, _ position: Int) -> String {
        "var(--almanac-map-\(ramp.rawValue)-\(position),\(fallbacks[ramp]![position - 1]))"
    }

    /// Ramp positions for `count` classes (1…9), lowest class first, in the ramp's own order.
    static func positions(_ ramp: Ramp, count: Int) -> [Int] {
        guard count > 1 else { return [ramp == .sequential ? 6 : 5] }
        if ramp == .sequential {
            return (0..<count).map { 2 + Int((7 * Double($0) / Double(count - 1)).rounded()) }
        }
        // Diverging: outer positions spread like ColorBrewer's own 3- to 7-class sets; an odd count
        // has the neutral middle.
        let low = [1: [2], 2: [1, 3], 3: [1, 3, 4]][count / 2] ?? [1, 3, 4]
        let high = low.reversed().map { 10 - $0 }
        return low + (count % 2 == 1 ? [5] : []) + high
    }

    static let context = "var(--almanac-map-context,#f1f2f4)"
    static let stroke = "var(--almanac-map-stroke,#ffffff)"
    static let highlight = "var(--almanac-map-highlight,#111111)"
    static let noDataLines = "var(--almanac-map-nodata,#8a8f98)"
    static let noDataGround = "var(--almanac-map-nodata-ground,#f2f3f5)"
}
