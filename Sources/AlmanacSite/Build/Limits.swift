/// How large the output may grow before Almanac splits or leaves something out, so that a
/// national report (thousands of regions, hundreds of indicators) stays a site that readers,
/// spreadsheets and static hosts can take. Tests set them low to see the splits on a small site.
struct Limits: Sendable {
    /// The largest download written: a file of all figures that would be larger is left out
    /// (the compressed file and the per-indicator files have them all).
    var largestFile = 256 << 20
    /// The most indicators a region's page shows; past it the page becomes an overview with a
    /// page per category (see ``IndicatorSections``), and a category with more has further pages,
    /// evenly filled. An indicator there is a table row and a compact chart with its table, so a
    /// page of this many stays far under the megabyte a page may weigh. The limit is a balance:
    /// larger pages are fewer folders and files for each of thousands of regions, but a rebuild
    /// after one figure changed renders every page that shows its indicator, and a page of all a
    /// county's indicators would be rendered again for any of them (docs/national.md measures both).
    var regionIndicators = 40
    /// The same for a region with sub-regions, whose page also ranks them on each indicator: a
    /// chart and a table of them more for every indicator.
    var parentRegionIndicators = 24
    /// The same for a year's page, whose indicators are each a ranking of every region.
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
