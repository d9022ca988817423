/// Links between pages: relative to the page's depth, percent-encoded where a path needs it,
/// `index.html` spelled out for portable output.
import Testing

@testable import AlmanacSite

@Suite struct LinksTests {
    @Test func bareAndEncodedPaths() {
        #expect(Links.percentEncoded("regions/lin-an_2.x~/") == "regions/lin-an_2.x~/")
        #expect(Links.percentEncoded("regions/临安/") == "regions/%E4%B8%B4%E5%AE%89/")
        #expect(Links.percentEncoded("a b#c?d%") == "a%20b%23c%3Fd%25")
        #expect(Links.percentEncoded("") == "")
    }

    @Test func relativeToThePage() {
        let deep = Links(page: "regions/linan/index.html", portable: false)
        #expect(deep.to("indicators/gdp/") == "../../indicators/gdp/")
        #expect(deep.to("regions/临安/") == "../../regions/%E4%B8%B4%E5%AE%89/")
        #expect(Links(page: "index.html", portable: false).to("") == "./")
        #expect(Links(page: "index.html", portable: true).to("") == "index.html")
        #expect(Links(page: "a/index.html", portable: true).to("b/") == "../b/index.html")
    }
}
