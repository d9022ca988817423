/// Maps in the site: `maps:` in site.yml joined to the regions, `map` blocks, and the maps that
/// indicator and year pages draw when the ranked regions have shapes — on the example report's
/// real boundaries (Natural Earth's Chinese provinces).
import Foundation
import Testing

@testable import AlmanacSite

@Suite struct MapPagesTests {
    static let provinces = ExampleReportTests.repository.appendingPathComponent("Content/maps/china-provinces.geojson")

    func site(_ extra: [String: String] = [:]) throws -> TestSite {
        let site = try TestSite([
            "Content/site.yml": "title: 地图\nmaps:\n  provinces:\n    file: maps/provinces.geojson\n    key: name_zh\n    match: name\n",
            "Content/regions.csv": "id,name,parent,level\ncn,全国,,国家\nzj,浙江省,cn,省\nhb,河北省,cn,省\ngd,广东省,cn,省\nxx,无形省,cn,省\n",
            "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction\nzones,示范区,个,质量,sum,0,up\n",
            "Content/data/zones.csv": "region,year,zones\nzj,2017,20\nhb,2017,5\ngd,2017,9\nxx,2017,3\n",
        ].merging(extra) { _, new in new })
        try site.write("Content/maps/provinces.geojson", bytes: Array(try Data(contentsOf: Self.provinces)))
        return site
    }

    @Test func theIndicatorPageDrawsItsRankingOnTheMap() throws {
        let site = try site()
        defer { site.remove() }
        try site.build()
        let page = try site.read("indicators/zones/index.html")
        let svg = try #require(page.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\"").dropFirst().first)
        #expect(svg.contains("role=\"img\"") && svg.contains("<title>浙江省: 20个</title>") && svg.contains("<title>河北省: 5个</title>"))
        #expect(page.contains("<p class=\"map-missing\">不在图上：无形省</p>"))
        #expect(page.contains("最高为浙江省（20个），最低为无形省（3个）"))
        #expect(page.contains("<div class=\"map-legend\""))
    }

    @Test func aMapBlockAndItsErrors() throws {
        let site = try site([
            "Content/pages/a.md": "---\ntitle: 图\nregion: zj\n---\n```map\nindicator: zones\nunder: cn\n```\n",
            "Content/pages/b.md": "---\ntitle: 错\n---\n```map\nindicator: zones\nmap: world\n```\n\n```map\nindicator: zones\ncolour: red\n```\n",
        ])
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains("Content/pages/b.md:6:1: error: unknown map \"world\" (site.yml has provinces)"))
        #expect(messages.contains("Content/pages/b.md:11:1: error: unknown option \"colour\" in a map block (known: indicator, level, map, title, under, year)"))
        try site.remove(path: "Content/pages/b.md")
        try site.build()
        let page = try site.read("pages/a/index.html")
        #expect(page.contains("class=\"map\"") && page.contains("；浙江省为20个，第1位（共4个）"))
    }

    @Test func badMapSettingsAndFilesAreErrorsAtTheirPlace() throws {
        let site = try site([
            "Content/site.yml": "title: 地图\nmaps:\n  a:\n    file: maps/none.geojson\n    key: x\n  b:\n    file: maps/bad.geojson\n    key: x\n    zoom: 3\n  c:\n    file: maps/bad.geojson\n    key: x\n",
            "Content/maps/bad.geojson": "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"x\": \"zj\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[0,0]]]}}]}",
        ])
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains("Content/site.yml:3:3: error: map \"a\": Content/maps/none.geojson does not exist"))
        #expect(messages.contains("Content/site.yml:9:5: error: unknown key \"zoom\" in map \"b\" (known: file, key, match, object, projection)"))
        #expect(messages.contains { $0.hasPrefix("Content/maps/bad.geojson:1:1: error: feature 0") })
    }

    /// Features that match no region are the map's background (the provinces of the file that the
    /// report does not list): no word about them, but a map that matches nothing is a warning.
    @Test func onlyAMapThatMatchesNothingIsWarnedAbout() throws {
        let matching = try site()
        defer { matching.remove() }
        #expect(try matching.check().filter { $0.contains("maps/provinces.geojson") }.isEmpty)
        let none = try site(["Content/site.yml": "title: 地图\nmaps:\n  provinces:\n    file: maps/provinces.geojson\n    key: name_zh\n    match: level\n"])
        defer { none.remove() }
        #expect(try none.check().contains(
            "Content/maps/provinces.geojson:1:1: warning: no feature's name_zh matches the level column of regions.csv: the map \"provinces\" shows no region"))
    }
}

extension TestSite {
    func remove(path: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
}
