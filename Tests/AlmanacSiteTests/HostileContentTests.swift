import AlmanacData
import AlmanacMarkdown
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import AlmanacSite

/// Every string that comes from content — names, units, CSV cells, front matter, site.yml, chart
/// titles, Markdown — carries markup meant to run in a reader's browser; the site must show it
/// as text. Asserted on the tags a browser would find, not on substrings.
@Suite struct HostileContentTests {
    /// Ends the <title>, opens a script, breaks out of a double- and a single-quoted attribute,
    /// and breaks out with a quote that a combining mark follows (one grapheme cluster, not `"`).
    static let payload = "</title><script>alert(1)</script>\"><img src=x onerror=alert(2)>'><svg onload=alert(3)>\"\u{301} onmouseover=alert(4) x=\""

    /// Code points HTML and XML forbid: a C0 and a C1 control character and a noncharacter.
    static let controls = "A\u{1}B\u{85}C\u{FFFE}D"

    /// Quoted, by Unicode scalar (a quote before a combining mark is still a quote).
    static func csv(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
    }

    /// Single-quoted, by Unicode scalar (a quote before a combining mark is still a quote).
    static func yaml(_ text: String) -> String {
        "'" + text.unicodeScalars.map { $0 == "'" ? "''" : String($0) }.joined() + "'"
    }

    /// A site with the payload in every field that reaches a page.
    static var files: [String: String] {
        let p = payload
        return [
            "Content/site.yml": "title: \(yaml(p))\ndescription: \(yaml(p))\nlanguage: en\nfeatured: [output]\n",
            "Content/regions.csv": "id,name,parent,level\nzj,\(csv(p)),,\(csv(p))\nla,临安区,zj,区\nqz,\(controls),zj,市\n",
            "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction,description\n"
                + "output,\(csv(p)),\(csv(p)),\(csv(p)),sum,1,up,\(csv(p))\n",
            "Content/data/output.csv": "region,year,indicator,value,source,note\n"
                + "la,2019,output,1,\(csv(p)),\(csv(p))\nla,2020,output,2,\(csv(p)),\nqz,2020,output,3,,\(csv(p))\n",
            "Content/tables/t.csv": "\(csv(p)),b\n\(csv(p)),2\n",
            "Content/index.md": "---\ntitle: \(yaml(p))\n---\n# \(p)\n\n<script>alert(5)</script>\n\n<div onclick=\"alert(6)\">x</div>\n\n"
                + "Inline <img src=x onerror=alert(7)> and [a link](javascript:alert(8)) and <javascript:alert(9)>\n"
                + "and [ref][r] and ![img](javascript:alert(10)) and [x](JaVaScRiPt:alert(11)).\n\n[r]: javascript:alert(12)\n\n"
                + "```chart\ntype: bar\nindicator: output\nchildren: zj\ntitle: \(yaml(p))\n```\n\n"
                + "```chart\ntype: line\nindicator: output\nregions: [la, qz]\n```\n\n"
                + "```table\nsource: tables/t.csv\ntitle: \(yaml(p))\n```\n",
            "Content/pages/2024/a.md": "---\ntitle: \(yaml(p))\ndate: 2024-01-02\nsummary: \"\\x01 \\u0085 \\uFFFE\"\ntags: [\(yaml(p))]\nregion: zj\n---\n## \(p)\n\n`\(p)`\n\n```chart\ntype: column\nindicator: output\nregion: la\ntitle: \(yaml(p))\n```\n",
            "Content/pages/2024/b\"><svg onload=alert(13)>.md": "---\ndate: 2024-01-01\n---\nNo title: the file name stands in.\n",
            "Content/regions/zj.md": "\(p)\n\n\(controls)\n",
        ]
    }

    /// Why a page's tags could run a script, if they could. An `<img>` is content (Markdown has
    /// images); its `onerror` or a `javascript:` source is not.
    static func activeContent(_ html: String) -> [String] {
        var found: [String] = []
        for tag in htmlTags(html) {
            if ["script", "iframe", "object", "embed", "form", "base", "meta"].contains(tag.name),
                !(tag.name == "meta" && tag.attributes.allSatisfy { ["charset", "name", "content"].contains($0.name) })
            {
                found.append("<\(tag.name)>")
            }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { found.append("<\(tag.name) \(name)=…>") }
                let url = value.unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
                if ["href", "src", "xlink:href", "action", "formaction"].contains(name),
                    url.hasPrefix("javascript:") || url.hasPrefix("vbscript:") || url.hasPrefix("data:")
                {
                    found.append("<\(tag.name) \(name)=\"\(value)\">")
                }
            }
        }
        return found
    }

    @Test func theCheckerSeesWhatABrowserWouldRun() {
        #expect(Self.activeContent("<p title=\"a\"\u{301} onmouseover=alert(1) x=\"\">") == ["<p onmouseover=…>"])
        #expect(Self.activeContent("<a href=\" JavaScript&#58;alert(1)\">x</a>") == ["<a href=\" JavaScript:alert(1)\">"])
        #expect(Self.activeContent("<title></title><script>x</script>") == ["<script>"])
        #expect(Self.activeContent("<p title=\"&lt;script&gt;\">&lt;img onerror=x&gt;</p>") == [])
    }

    @Test func everyFieldIsShownAsTextAndNothingRuns() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = try site.build()
        #expect(report.pages > 10)
        let pages = AlmanacSiteTests.files(under: site.output).filter { $0.hasSuffix(".html") }
        for page in pages {
            let html = try site.read(page)
            #expect(Self.activeContent(html) == [], "\(page)")
            let head = html.components(separatedBy: "</head>")[0]
            #expect(htmlTags(head).filter { $0.name == "title" }.count == 1, "\(page)")
        }
        let escaped = HTMLText.escape(Self.payload)
        let expectations = [
            "index.html": 4,  // <title>, site title, the heading, the home prose's chart title
            "regions/zj/index.html": 3,
            "indicators/output/index.html": 3,
            "pages/2024/a/index.html": 4,
        ]
        for (page, least) in expectations {
            let count = try site.read(page).components(separatedBy: escaped).count - 1
            #expect(count >= least, "\(page) shows the payload as text \(count) times")
        }
        #expect(try site.read("pages/index.html").contains("b&quot;&gt;&lt;svg onload=alert(13)&gt;"))
    }

    /// Figures at the edges of what is read — the largest allowed in many regions, and tiny ones
    /// whose ratios overflow — are shown or left out, never a crash; larger ones are errors.
    @Test func extremeFiguresNeverCrashTheBuild() throws {
        var files = TestSite.basic
        var rows = "region,year,output,patents\n"
        for (region, values) in [("la", ["9.99e14", "1e-300", "9.99e14"]), ("qz", ["-9.99e14", "9.99e14", "5e-324"]), ("hz", ["0", "1e-300", "-0"])] {
            for (offset, value) in values.enumerated() { rows += "\(region),\(2030 + offset),\(value),\(value)\n" }
        }
        files["Content/data/extreme.csv"] = rows
        files["Content/index.md"] = "{{< value output zj 2031 >}} {{< cagr output la 2030 2032 >}} {{< change output qz 2031 >}}\n\n"
            + "```chart\ntype: line\nindicator: output\nchildren: zj\n```\n\n```chart\ntype: bar\nindicator: patents\nchildren: zj\n```\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let report = try site.build()
        #expect(report.rows == 15)  // data rows, not figures: 6 in the basic site, 9 here of two figures each
        #expect(try site.read("index.html").contains("<svg "))
        try site.write("Content/data/big.csv", "region,year,output\nla,2019,1.7e308\n")
        #expect(try SiteBuilder.check(SiteBuilder.Options(site: site.root)).filter { $0.severity == .error }.map(\.description) == [
            "Content/data/big.csv:2:3: error: value \"1.7e308\" is out of range: figures must lie within ±10^15 (indicator output)"
        ])
    }

    @Test func downloadsAndFeedsCarryTheTextExactly() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        try site.build { $0.baseURL = "https://example.org/r/" }
        let rows = try CSVReader.read(Array(try site.read("data/observations.csv").utf8)).map(\.fields)
        #expect(rows.dropFirst().contains { $0[8] == Self.payload && $0[9] == Self.payload })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try site.read("data/observations.json").utf8)) as? [[String: Any]])
        #expect(json.contains { $0["note"] as? String == Self.payload && $0["region_name"] as? String == "临安区" })
        let feedText = try site.read("feed.xml")
        #expect(feedText.contains("<summary>\u{FFFD} \u{FFFD} \u{FFFD}</summary>"))  // XML forbids control characters
        let feed = try XMLDocument(data: Data(feedText.utf8))
        let titles = try feed.nodes(forXPath: "//*[local-name()='title']").map { $0.stringValue ?? "" }
        #expect(titles.filter { $0 == Self.payload }.count == 2)  // the feed's and the article's
    }
}
