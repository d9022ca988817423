/// How large the output may grow before Almanac splits or leaves something out, so that a
/// national report (thousands of regions, hundreds of indicators) stays a site that readers,
/// spreadsheets and static hosts can take. Tests set them low to see the splits on a small site.
struct Limits: Sendable {
    /// The largest download written: a file of all figures that would be larger is left out
    /// (the compressed file and the per-indicator files have them all).
    var largestFile = 256 << 20
    /// The most indicators a region's page shows; past it the page becomes an overview with a
    /// page per category (see ``IndicatorSections``), and a category with more has further pages,
    /// evenly filled. An indicator is a table row and a compact chart with its table, 4 KB over
    /// 20 years, so a page of 40 is about 170 KB. Larger pages would mean fewer of them (each a
    /// folder and a file for each of 3,000 regions), but a rebuild after one figure changed
    /// renders every page that shows its indicator: at 60, a county of 50 indicators was one
    /// page, and such a rebuild of the million-figure site took half as long again.
    var regionIndicators = 40
    /// The same for a region with sub-regions, whose page also compares them on each indicator
    /// (a ranking of 30 counties and its table, 15 KB more an indicator).
    var parentRegionIndicators = 24
    /// The same for a year's page, whose indicators are each a ranking of every region (30 KB
    /// at national size).
    var yearIndicators = 24
    /// The most rows of an indicator's regions × years table on one page; past it the table
    /// goes on over further pages.
    var tableRows = 500
    /// The most regions a year page draws on a map for one ranking (the indicator's own page
    /// draws its map whatever the number).
    var mapRegions = 400
    /// How many bytes of rendered files a session that keeps its site (`serve`) holds in memory;
    /// the rest go to a temporary file (see ``PageStore``).
    var pagesInMemory = 512 << 20

    static let standard = Limits()
}
