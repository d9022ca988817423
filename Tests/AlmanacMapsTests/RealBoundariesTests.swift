import AlmanacMaps
import AlmanacMarkup
import Foundation
import Testing

/// The boundaries committed for the example report (Content/maps/, made by
/// Scripts/maps-from-natural-earth.py from Natural Earth): read, joined, projected and drawn
/// within the size limit; shared borders of real provinces shared.
@Suite struct RealBoundariesTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Content/maps")

    static func read(_ name: String) throws -> BoundaryReader.Reading {
        let data = try Data(contentsOf: content.appendingPathComponent(name))
        return BoundaryReader.read([UInt8](data), file: "maps/" + name)
    }

    static func world() throws -> (Boundaries, MapJoin, PreparedMap) {
        let boundaries = try #require(try read("world.geojson").boundaries)
        let keys = boundaries.features.compactMap { $0.properties["adm0_a3"] }
        let join = MapJoin(boundaries, key: "adm0_a3", regions: Dictionary(uniqueKeysWithValues: keys.map { ($0, $0.lowercased()) }))
        return (boundaries, join, PreparedMap(boundaries))
    }

    /// GDP per person from Natural Earth's estimates, one region per country, Kenya without a figure.
    static func gdpPerPerson(_ boundaries: Boundaries) -> [Choropleth.Region] {
        boundaries.features.map { feature in
            let p = feature.properties
            let value = p["adm0_a3"] == "KEN" ? nil : Double(p["gdp_md"] ?? "").flatMap { gdp in Double(p["pop_est"] ?? "").map { gdp * 1e6 / $0 } }
            return Choropleth.Region(
                id: p["adm0_a3"]!.lowercased(), name: p["name_zh"] ?? "", value: value,
                display: value.map { String(format: "%.0f 美元", $0) } ?? "无数据")
        }
    }

    @Test func theWorldReadsProjectsAndStaysSmall() throws {
        let reading = try Self.read("world.geojson")
        #expect(reading.issues.isEmpty, "\(reading.issues)")
        let (boundaries, join, map) = try Self.world()
        #expect(boundaries.features.count == 177)
        #expect(join.unmatchedFeatures.isEmpty && join.issues.isEmpty)
        #expect(map.projection.kind == .equalEarth)
        #expect(map.shapes.count == 177)
        let regions = Self.gdpPerPerson(boundaries)
        let choropleth = Choropleth(
            title: "人均GDP", description: "最高：卢森堡；最低：布隆迪。", regions: regions,
            classes: MapClasses(values: regions.compactMap(\.value), direction: .higherIsBetter), highlight: "chn", noDataLabel: "无数据")
        let svg = choropleth.svg(id: "world", map: map, join: join)
        #expect(svg.utf8.count <= 300_000, "the world map is \(svg.utf8.count) bytes")
        #expect(svg.components(separatedBy: "<path ").count - 1 == 177)
        #expect(choropleth.regionsWithoutFigure(on: map, join: join).map(\.id) == ["ken"])
        #expect(choropleth.regionsWithoutShape(on: map, join: join).isEmpty)
        // Fiji and Russia lie on both sides of 180°: no piece of them spans the map.
        for code in ["FJI", "RUS"] {
            let index = try #require(boundaries.features.firstIndex { $0.properties["adm0_a3"] == code })
            let shape = try #require(map.shape(of: index))
            for ring in shape.rings {
                let xs = ring.map(\.x)
                #expect(Double(xs.max()! - xs.min()!) / 10 < map.width * 0.6, "\(code) has a ring \(xs.min()!)…\(xs.max()!)")
            }
        }
    }

    @Test func isoCodesOfNaturalEarthHaveDuplicates() throws {
        let boundaries = try #require(try Self.read("world.geojson").boundaries)
        let join = MapJoin(boundaries, key: "iso_a3", regions: ["CHN": "china"])
        let duplicates = join.issues.filter { $0.kind == .duplicateKey }
        #expect(duplicates.count == 4, "five units have iso_a3 -99")
        #expect(join.featuresOfRegion["china"]?.count == 1)
    }

    @Test func chinasProvincesShareTheirBorders() throws {
        let reading = try Self.read("china-provinces.geojson")
        #expect(reading.issues.isEmpty, "\(reading.issues)")
        let boundaries = try #require(reading.boundaries)
        #expect(boundaries.features.count == 34)
        let map = PreparedMap(boundaries)
        #expect(map.projection.kind == .albers)
        #expect(map.shapes.count == 34)
        func ring(_ code: String) throws -> Set<PreparedMap.PixelPoint> {
            let index = try #require(boundaries.features.firstIndex { $0.properties["iso_3166_2"] == code })
            return Set(try #require(map.shape(of: index)).rings.flatMap { $0 })
        }
        let zhejiang = try ring("CN-ZJ")
        for neighbour in ["CN-JS", "CN-SH", "CN-AH", "CN-JX", "CN-FJ"] {
            #expect(zhejiang.intersection(try ring(neighbour)).count >= 2, "Zhejiang and \(neighbour) share no border")
        }
        #expect(zhejiang.intersection(try ring("CN-GD")).isEmpty)
    }

    /// With ALMANAC_MAPS_GALLERY=<folder>, writes a page of the real maps with the theme's style.css
    /// to look at in a browser (390 and 1280 px, dark mode, print).
    @Test func gallery() throws {
        guard let folder = ProcessInfo.processInfo.environment["ALMANAC_MAPS_GALLERY"] else { return }
        let (world, worldJoin, worldMap) = try Self.world()
        let regions = Self.gdpPerPerson(world)
        let worldChoropleth = Choropleth(
            title: "各国人均GDP（2019年）", description: "最高：卢森堡，最低：布隆迪；中国为10,262美元。", regions: regions,
            classes: MapClasses(values: regions.compactMap(\.value), direction: .higherIsBetter), highlight: "chn", noDataLabel: "无数据")
        let china = try #require(try Self.read("china-provinces.geojson").boundaries)
        let codes = china.features.compactMap { $0.properties["iso_3166_2"] }
        let chinaJoin = MapJoin(china, key: "iso_3166_2", regions: Dictionary(uniqueKeysWithValues: codes.map { ($0, $0) }))
        let chinaMap = PreparedMap(china)
        // Illustrative figures (not data): a smooth function of the feature's position in the file.
        let provinces = china.features.map { feature in
            let code = feature.properties["iso_3166_2"]!
            let value: Double? = ["CN-TW", "CN-HK", "CN-MO", "CN-XZ"].contains(code) ? nil : Double((feature.index * 37) % 29) - 9
            return Choropleth.Region(
                id: code, name: feature.properties["name_zh"]!, value: value, display: value.map { String(format: "%+.1f%%", $0) } ?? "无数据")
        }
        let districts = [Choropleth.Region(id: "linan", name: "临安区", value: 7.5, display: "+7.5%")]  // no shape on this map
        let chinaChoropleth = Choropleth(
            title: "各省增速（示意数据）", description: "示意数据，按省份在文件中的位置生成；浙江省为页面所在地区。", regions: provinces + districts,
            classes: MapClasses(values: provinces.compactMap(\.value), scheme: .diverging(midpoint: 0), direction: .higherIsBetter),
            highlight: "CN-ZJ", noDataLabel: "无数据")
        var page = MarkupBytes()
        page.append(
            "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>地图</title><link rel=\"stylesheet\" href=\"style.css\"></head><body><main class=\"wrap\"><h1>地图样例</h1>"
        )
        for (id, choropleth, map, join, unit, format) in [
            ("world", worldChoropleth, worldMap, worldJoin, "美元／人", { (v: Double) in String(format: "%.0f", v) }),
            ("china", chinaChoropleth, chinaMap, chinaJoin, "%", { (v: Double) in String(format: "%+.1f", v) }),
        ] {
            page.append("<figure class=\"map-figure\"><figcaption>")
            page.append(escaping: choropleth.title)
            page.append("</figcaption>")
            choropleth.writeSVG(id: id, map: map, join: join, into: &page)
            choropleth.writeLegend(id: id, unit: unit, format: format, into: &page)
            let missing = choropleth.regionsWithoutFigure(on: map, join: join).map(\.name)
            if !missing.isEmpty {
                page.append("<p class=\"map-missing\">无数据：")
                page.append(escaping: missing.joined(separator: "、"))
                page.append("</p>")
            }
            let shapeless = choropleth.regionsWithoutShape(on: map, join: join).map(\.name)
            if !shapeless.isEmpty {
                page.append("<p class=\"map-missing\">不在图上：")
                page.append(escaping: shapeless.joined(separator: "、"))
                page.append("</p>")
            }
            page.append("</figure>")
        }
        page.append("</main></body></html>\n")
        let out = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data(page.bytes).write(to: out.appendingPathComponent("index.html"))
        let css = Self.content.appendingPathComponent("../../Sources/AlmanacSite/Theme/assets/style.css")
        try? FileManager.default.removeItem(at: out.appendingPathComponent("style.css"))
        try FileManager.default.copyItem(at: css, to: out.appendingPathComponent("style.css"))
    }
}
