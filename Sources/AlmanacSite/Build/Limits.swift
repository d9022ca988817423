/// How large the output may grow before Almanac splits or leaves something out, so that a
/// national report (thousands of regions, hundreds of indicators) stays a site that readers,
/// spreadsheets and static hosts can take. Tests set them low to see the splits on a small site.
struct Limits: Sendable {
    /// The largest download written: a file of all figures that would be larger is left out
    /// (the compressed file and the per-indicator files have them all).
    var largestFile = 256 << 20

    static let standard = Limits()
}
