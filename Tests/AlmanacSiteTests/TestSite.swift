import Foundation

@testable import AlmanacSite

/// A site written into a fresh temporary folder, for building and inspecting.
struct TestSite {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    var output: URL { root.appendingPathComponent("Output") }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Builds the site into `Output/`, with the options `configure` sets.
    @discardableResult
    func build(_ configure: (inout SiteBuilder.Options) -> Void = { _ in }) throws -> SiteBuilder.Report {
        var options = SiteBuilder.Options(site: root)
        configure(&options)
        return try SiteBuilder.build(options)
    }

    /// What `almanac check` prints for the site, one message a line.
    func check() throws -> [String] {
        try SiteBuilder.check(SiteBuilder.Options(site: root)).map(\.description)
    }

    /// A minimal valid site: Zhejiang › {Hangzhou › Lin'an, Quzhou}, two indicators, one article.
    static let basic: [String: String] = [
        "Content/site.yml": "title: 测试报告\nfeatured: [output]\n",
        "Content/regions.csv": "id,name,parent,level\nzj,浙江省,,省\nhz,杭州市,zj,市\nla,临安区,hz,区\nqz,衢州市,zj,市\n",
        "Content/indicators.csv": "id,name,unit,category,aggregate,decimals,direction\noutput,规上工业总产值,亿元,经济,sum,1,up\npatents,有效发明专利,件,创新,sum,0,up\n",
        "Content/data/output.csv": "region,year,indicator,value,source\nla,2016,output,693.1,临安通报\nla,2020,output,974.2,临安通报\nqz,2020,output,500,衢州\nhz,2020,output,974.2,杭州\n",
        "Content/data/patents.csv": "region,year,patents,note\nqz,2023,4573,推算值\nqz,2024,5590,\n",
        "Content/index.md": "---\ntitle: 欢迎\n---\n临安 {{< value output la 2020 >}}，年均 {{< cagr output la 2016 2020 >}}。\n",
        "Content/pages/2024/quzhou.md": "---\ntitle: 衢州专利\ndate: 2024-09-01\nregion: qz\n---\n专利 {{< value patents qz 2024 >}}，增长 {{< change patents qz 2024 >}}。\n\n## 图\n\n```chart\ntype: line\nindicator: patents\n```\n",
    ]
}

/// Every file the output's marker lists under `folder`, with its bytes; the marker itself too
/// unless `withMarker` is false.
func snapshot(_ folder: URL, withMarker: Bool = true) -> [String: [UInt8]] {
    var result: [String: [UInt8]] = [:]
    for path in OutputManifest.files(in: folder) where withMarker || path != OutputManifest.fileName {
        result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { [UInt8]($0) }
    }
    return result
}

/// Whether `condition` holds within 20 seconds: old outputs are removed in the background.
func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(20)
    while try !condition() {
        if Date() > deadline { return false }
        usleep(20_000)
    }
    return true
}

/// Every `href="…"` and `src="…"` of an HTML page.
func links(in html: String) -> [String] {
    var result: [String] = []
    for attribute in ["href=\"", "src=\""] {
        for part in html.components(separatedBy: attribute).dropFirst() {
            result.append(part.components(separatedBy: "\"")[0])
        }
    }
    return result
}

/// All files under `folder`, relative paths, sorted.
func files(under folder: URL) -> [String] {
    let prefix = folder.standardizedFileURL.path + "/"
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var result: [String] = []
    while let url = enumerator?.nextObject() as? URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
    }
    return result.sorted()
}

/// Local links of every HTML page under `output` that do not lead to a file.
func brokenLinks(in output: URL) throws -> [String] {
    var broken: [String] = []
    for page in files(under: output) where page.hasSuffix(".html") && !page.hasSuffix("404.html") {
        let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
        let folder = output.appendingPathComponent(page).deletingLastPathComponent()
        for link in links(in: html) {
            if link.hasPrefix("http:") || link.hasPrefix("https:") || link.hasPrefix("#") || link.hasPrefix("mailto:") || link.isEmpty {
                continue
            }
            var path = link.components(separatedBy: "#")[0].components(separatedBy: "?")[0]
            path = path.removingPercentEncoding ?? path
            var target = folder.appendingPathComponent(path).standardizedFileURL
            if path.hasSuffix("/") || path.isEmpty { target = target.appendingPathComponent("index.html") }
            if !FileManager.default.fileExists(atPath: target.path) { broken.append("\(page): \(link)") }
        }
    }
    return broken
}
