/// `data/index.html`: the downloads — all figures as CSV (also compressed) and JSON, and each
/// indicator's as CSV and JSON — with their sizes, and a note when the files of all figures were
/// too large to offer (see ``DataExports``).
struct DataPage: PageModel {
    static let kind = PageKind.data

    struct Download: Sendable {
        var label: String
        var href: String
        /// `1.2 MB`.
        var size: String
    }

    struct IndicatorDownloads: Sendable {
        var name: String
        /// The indicator's page.
        var href: String
        var id: String
        var csv: Download
        var json: Download
    }

    var title: String
    /// The files of all figures that were written.
    var all: [Download]
    /// Why some of them are missing, when they are.
    var omitted: String?
    /// How many figures the downloads hold.
    var rows: Int
    var indicators: [IndicatorDownloads]

    static func build(_ input: PageInput, downloads: DataExports.Summary) -> DataPage {
        let links = input.links
        let words = input.words
        func download(_ route: Route, _ label: String) -> Download? {
            downloads.sizes[route].map { Download(label: label, href: links.href(route), size: ByteCount.text($0)) }
        }
        let all = [
            download(.observations(.csv), words[.observationsCSV]), download(.observations(.gzip), words[.observationsGzip]),
            download(.observations(.json), words[.observationsJSON]),
        ].compactMap { $0 }
        return DataPage(
            title: words[.data], all: all,
            omitted: downloads.omitted.isEmpty ? nil : words.phrase(.downloadsOmitted, ["size": ByteCount.text(input.env.limits.largestFile)]),
            rows: input.dataset.figureCount,
            indicators: input.env.indicators.map { indicator in
                IndicatorDownloads(
                    name: indicator.name, href: links.href(.indicator(indicator.id)), id: indicator.id,
                    csv: download(.indicatorData(indicator.id, .csv), "CSV") ?? Download(label: "CSV", href: links.href(.indicatorData(indicator.id, .csv)), size: ""),
                    json: download(.indicatorData(indicator.id, .json), "JSON") ?? Download(label: "JSON", href: links.href(.indicatorData(indicator.id, .json)), size: ""))
            })
    }
}

/// A file's size as readers take it in: `512 B`, `3.4 KB`, `1.2 MB`, `2.1 GB` (units of 1,024).
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard bytes >= 1024 else { return "\(bytes) B" }
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " " + units[unit]
    }
}
