import AlmanacData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// What `Content/data/` holds (subfolders included): CSV files, workbooks, loaders
/// (`NAME.csv.*` with the run bit, making `NAME.csv`) and sidecars (`NAME.yml`, describing
/// `NAME.csv`, `NAME.xlsx` or a loader's `NAME.csv`). Other files are left alone; spreadsheet
/// formats Almanac does not read are errors that say how to save them, and two files that would
/// both be `NAME` are errors naming both.
struct DataFolder {
    enum Kind: Sendable, Equatable {
        case csv
        case workbook
        /// The output of the loader at this path.
        case loaderOutput(String)
    }

    /// One file of observations, by the path it is known as (`Content/data/x.csv` for a loader's output).
    struct Source: Sendable {
        var path: String
        var kind: Kind
        /// `Content/data/x.yml`, whether or not it exists (messages say what to write in it).
        var sidecarPath: String
        var hasSidecar: Bool
    }

    static let folder = "Content/data"

    private(set) var sources: [Source] = []
    /// Loaders, each with the path of the CSV it makes.
    private(set) var loaders: [(path: String, output: String)] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(_ files: SiteFiles) {
        let all = files.files(under: Self.folder)
        var sidecars = Set<String>()
        var byStem: [String: [(String, Kind)]] = [:]
        for path in all {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name.hasPrefix("~$") { continue }  // Excel's lock file beside an open workbook
            let lower = name.lowercased()
            if lower.hasSuffix(".csv") {
                byStem[String(path.dropLast(4)), default: []].append((path, .csv))
            } else if lower.hasSuffix(".xlsx") {
                byStem[String(path.dropLast(5)), default: []].append((path, .workbook))
            } else if lower.hasSuffix(".yml") {
                sidecars.insert(path)
            } else if let format = Self.unreadFormats.first(where: { lower.hasSuffix("." + $0.key) }) {
                diagnostics.append(
                    .error(path, "is \(format.value), which Almanac does not read: save it as an Excel Workbook (.xlsx) or CSV UTF-8"))
            } else if let range = name.range(of: ".csv.", options: .backwards), !name[range.upperBound...].isEmpty {
                let output = String(path.dropLast(name.distance(from: range.lowerBound, to: name.endIndex))) + ".csv"
                if access(files.path(path), X_OK) == 0 {
                    loaders.append((path, output))
                    byStem[String(output.dropLast(4)), default: []].append((path, .loaderOutput(path)))
                } else if Self.startsWithInterpreterLine(files.path(path)) {
                    diagnostics.append(.error(path, "looks like a loader but cannot run: give it the run bit (chmod +x \(name))"))
                }
            }
        }
        for (stem, found) in byStem.sorted(by: { $0.key < $1.key }) {
            let sidecar = stem + ".yml"
            if found.count > 1 {
                let names = found.map { $0.0 }.sorted()
                for other in names.dropFirst() {
                    diagnostics.append(.error(other, "is the same data file as \(names[0]) (one name, one sidecar): keep one of them"))
                }
                continue
            }
            let (path, kind) = found[0]
            let output = kind == .workbook ? path : stem + ".csv"
            sources.append(Source(path: output, kind: kind, sidecarPath: sidecar, hasSidecar: sidecars.contains(sidecar)))
        }
        for sidecar in sidecars.sorted() where byStem[String(sidecar.dropLast(4))] == nil {
            let stem = String(sidecar.dropLast(4).split(separator: "/").last ?? "")
            let hint = stem.hasSuffix(".csv") ? " (the sidecar of \(stem) or of its loader is \(stem.dropLast(4)).yml)" : ""
            diagnostics.append(
                .error(sidecar, "describes no data file: there is no \(stem).csv, \(stem).xlsx or loader \(stem).csv.* beside it" + hint))
        }
        sources.sort { $0.path < $1.path }
    }

    /// Spreadsheet formats that are not .xlsx, by extension.
    static let unreadFormats = [
        "xls": "an Excel 97–2003 workbook (.xls)", "xlsm": "a macro-enabled workbook (.xlsm)",
        "xlsb": "a binary workbook (.xlsb)", "ods": "an OpenDocument spreadsheet (.ods)",
        "et": "a WPS spreadsheet (.et)", "numbers": "a Numbers spreadsheet",
    ]

    /// Whether the file starts `#!`: a script meant to run.
    private static func startsWithInterpreterLine(_ path: String) -> Bool {
        guard let file = fopen(path, "rb") else { return false }
        defer { fclose(file) }
        return fgetc(file) == 0x23 && fgetc(file) == 0x21
    }
}
