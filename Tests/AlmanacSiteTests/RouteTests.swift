/// Routes decide every output path and link: the layout of the output is spelled in one place,
/// links are relative to the page's depth, percent-encoded where a path needs it, `index.html`
/// spelled out for portable output.
import Testing

@testable import AlmanacSite

@Suite struct RouteTests {
    @Test func everyKindHasItsFileAndAddress() {
        let expected: [(Route, String, String)] = [
            (.home, "index.html", ""), (.regions, "regions/index.html", "regions/"),
            (.region("linan"), "regions/linan/index.html", "regions/linan/"), (.indicators, "indicators/index.html", "indicators/"),
            (.indicator("gdp"), "indicators/gdp/index.html", "indicators/gdp/"), (.years, "years/index.html", "years/"),
            (.year(2024), "years/2024/index.html", "years/2024/"), (.articles, "pages/index.html", "pages/"),
            (.article("2024/linan"), "pages/2024/linan/index.html", "pages/2024/linan/"), (.data, "data/index.html", "data/"),
            (.observations(.csv), "data/observations.csv", "data/observations.csv"),
            (.observations(.json), "data/observations.json", "data/observations.json"),
            (.indicatorData("gdp"), "data/indicators/gdp.csv", "data/indicators/gdp.csv"), (.notFound, "404.html", "404.html"),
            (.stylesheet, "assets/style.css", "assets/style.css"), (.sitemap, "sitemap.xml", "sitemap.xml"), (.feed, "feed.xml", "feed.xml"),
        ]
        for (route, file, address) in expected {
            #expect(route.file == file)
            #expect(route.address == address)
        }
        #expect(Route(.region("linan"), edition: "en/").file == "en/regions/linan/index.html")
        #expect(Route.home.isPage && !Route.observations(.csv).isPage && !Route.feed.isPage)
    }

    @Test func bareAndEncodedPaths() {
        #expect(Links.percentEncoded("regions/lin-an_2.x~/") == "regions/lin-an_2.x~/")
        #expect(Links.percentEncoded("regions/临安/") == "regions/%E4%B8%B4%E5%AE%89/")
        #expect(Links.percentEncoded("a b#c?d%") == "a%20b%23c%3Fd%25")
        #expect(Links.percentEncoded("") == "")
    }

    @Test func relativeToThePage() {
        let deep = Links(from: .region("linan"), portable: false)
        #expect(deep.href(.indicator("gdp")) == "../../indicators/gdp/")
        #expect(deep.href(.region("临安")) == "../../regions/%E4%B8%B4%E5%AE%89/")
        #expect(deep.href(.observations(.csv)) == "../../data/observations.csv")
        #expect(Links(from: .home, portable: false).href(.home) == "./")
        #expect(Links(from: .home, portable: true).href(.home) == "index.html")
        #expect(Links(from: .article("2024/a"), portable: true).href(.regions) == "../../../regions/index.html")
        #expect(Links(base: "https://example.org/r/", portable: false).href(.data) == "https://example.org/r/data/")
    }

    @Test func siteRootLinksInContentBecomeRelative() {
        let links = Links(from: .region("linan"), portable: true)
        #expect(links.rewrite("/regions/quzhou/#trend") == "../../regions/quzhou/index.html#trend")
        #expect(links.rewrite("https://example.org/") == "https://example.org/")
        #expect(links.rewrite("//cdn.example/x") == "//cdn.example/x")
        #expect(links.rewrite("other/") == "other/")
    }
}
