/// Links from one page to the routes of its site: relative, so the output works under any path
/// of any server, and — with `portable` — opened from disk or an unpacked zip, where `dir/` does
/// not find `dir/index.html`. A page that is served at any address (the 404 page) links from the
/// top of the site instead, or absolutely when the base URL is known.
///
/// A link to a page goes to the page of the same edition (language) as the page it is on; a link
/// to another edition names it (`href(_:edition:)`), and downloads and assets are shared.
struct Links: Sendable {
    /// From this page to the output root, `""` or `../../`.
    let root: String
    let portable: Bool
    /// The folder of the page's edition (`""`, `en/`).
    let edition: String

    /// Links from the page at `route`.
    init(from route: Route, portable: Bool) {
        let depth = route.file.split(separator: "/", omittingEmptySubsequences: true).count - 1
        root = String(repeating: "../", count: max(0, depth))
        self.portable = portable
        edition = route.edition
    }

    /// Links that start at `base` (a base URL ending in `/`, or `""` for the top of the site).
    init(base: String, portable: Bool, edition: String = "") {
        root = base
        self.portable = portable
        self.edition = edition
    }

    /// The link to `route`: a page in this page's edition.
    func href(_ route: Route) -> String {
        href(address: route.isPage && route.edition.isEmpty ? Route(route.kind, edition: edition).address : route.address)
    }

    /// The link to the page of `route`'s kind in the edition whose folder is `edition`.
    func href(_ route: Route, edition: String) -> String { href(address: Route(route.kind, edition: edition).address) }

    /// What a link to a folder ends with: `index.html` with `portable`, where `dir/` opens no page.
    var indexFile: String { portable ? "index.html" : "" }

    private func href(address: String) -> String {
        var target = Self.percentEncoded(address)
        if portable, target.isEmpty || target.hasSuffix("/") { target += "index.html" }
        let link = root + target
        return link.isEmpty ? "./" : link
    }

    /// A link written in content: site-root links (`/regions/linan/`) become relative to this
    /// page — a page's folder in this page's edition (`/regions/` in an English article is the
    /// English regions page), a file at the top, where downloads and static files are shared —
    /// and anything else (relative, external, `#anchors`) stays as written. `editions` are the
    /// folders of the site's other editions, which a link may name itself (`/en/regions/`).
    func rewrite(_ url: String, editions: [String] = []) -> String {
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return url }
        var path = String(url.dropFirst())
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = String(path[..<mark])
        }
        let isPage = path.isEmpty || path.hasSuffix("/")
        if isPage, !edition.isEmpty, !editions.contains(where: { !$0.isEmpty && path.hasPrefix($0) }) { path = edition + path }
        if portable, path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        let link = root + path
        return (link.isEmpty ? "./" : link) + suffix
    }

    /// Percent-encodes what is not allowed bare in a URL path (spaces, CJK, `#`, `?`…), keeping `/`.
    /// A path that needs no encoding (nearly all: region and indicator ids) is returned as it is.
    static func percentEncoded(_ path: String) -> String {
        guard path.utf8.contains(where: { !isBare($0) }) else { return path }
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        var result = ""
        for byte in path.utf8 {
            if isBare(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return result
    }

    private static func isBare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default: return false
        }
    }
}
