// Micro-benchmarks of the data layer for `make bench` (Scripts/bench.py): the CSV reader's
// throughput and reading + aggregating a site's data files, as one JSON line per measurement
// with the median, min and max of several runs and the process's peak memory.
//
//   almanac-bench csv FILE [RUNS]     CSVReader.forEachRecord over FILE, every field visited
//   almanac-bench data SITE [RUNS]    regions, indicators, every data/*.csv, the tree and Dataset.build
//   almanac-bench frontmatter SITE [RUNS]   every article's front matter, read with SimpleYAML first
//                                     (as builds do) and with Yams alone
//   almanac-bench xlsx FILE [RUNS]    a workbook's every sheet through the workbook reader, every field visited
//   almanac-bench xml FILE [RUNS]     the workbook's sheet XML read by Almanac's tokenizer and by XMLParser
import AlmanacData
import AlmanacMarkdown
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func peakMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func report(_ name: String, _ times: [Double], extra: [String: Double] = [:]) {
    let sorted = times.sorted()
    var fields: [String: Double] = [
        "median_s": sorted[sorted.count / 2], "min_s": sorted.first!, "max_s": sorted.last!, "peak_mib": peakMiB(),
        "runs": Double(times.count),
    ]
    fields.merge(extra) { a, _ in a }
    let body = fields.keys.sorted().map { "\"\($0)\": \((fields[$0]! * 1000).rounded() / 1000)" }.joined(separator: ", ")
    print("{\"benchmark\": \"\(name)\", \(body)}")
}

func bytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("almanac-bench: cannot read \(path)\n".utf8))
        exit(2)
    }
    return [UInt8](data)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(
        Data("usage: almanac-bench csv FILE [RUNS] | data SITE [RUNS] | frontmatter SITE [RUNS] | xlsx FILE [RUNS] | xml FILE [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5

switch arguments[1] {
case "csv":
    // The reader as the observations reader uses it: every record visited, every field's bytes touched.
    let input = bytes(arguments[2])
    var rows = 0
    var checksum = 0
    let times = try (0..<runs).map { _ in
        try seconds {
            rows = 0
            try CSVReader.forEachRecord(input) { row in
                rows += 1
                for index in 0..<row.count { checksum &+= row.bytes(index).count }
            }
        }
    }
    let megabytes = Double(input.count) / 1_000_000
    report(
        "csv-scan", times,
        extra: ["mb": megabytes, "mb_per_s": megabytes / times.sorted()[times.count / 2], "rows": Double(rows), "bytes": Double(checksum)])
case "data":
    let content = arguments[2] + "/Content/"
    var observations = 0
    let times = (0..<runs).map { _ in
        seconds {
            let regions = RegionsReader.read(bytes(content + "regions.csv"), file: "regions.csv").regions
            let indicators = IndicatorsReader.read(bytes(content + "indicators.csv"), file: "indicators.csv").indicators
            let tree = RegionTree.build(regions).tree
            let regionIDs = Set(regions.map(\.id))
            let indicatorIDs = Set(indicators.map(\.id))
            var builder = Dataset.Builder(tree: tree, indicators: indicators)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: content + "data")) ?? []
            for file in files.sorted() where file.hasSuffix(".csv") {
                _ = ObservationsReader.read(
                    bytes(content + "data/" + file), file: file, regions: regionIDs, indicators: indicatorIDs
                ) { builder.add($0) }
            }
            observations = builder.build().dataset.observationCount
        }
    }
    report("read-and-aggregate", times, extra: ["observations": Double(observations)])
case "frontmatter":
    let pages = arguments[2] + "/Content/pages"
    var blocks: [String] = []
    for case let path as String in FileManager.default.enumerator(atPath: pages) ?? .init() where path.hasSuffix(".md") {
        let text = String(decoding: bytes(pages + "/" + path), as: UTF8.self)
        let parts = text.components(separatedBy: "\n---\n")
        if text.hasPrefix("---\n"), parts.count > 1 { blocks.append(String(parts[0].dropFirst(4))) }
    }
    var values = 0
    func time(_ parse: @Sendable (String) throws -> YAMLValue) -> [Double] {
        (0..<runs).map { _ in
            seconds {
                values = 0
                for block in blocks { values += (try? parse(block))?.mapping?.entries.count ?? 0 }
            }
        }
    }
    let simple = time { try YAMLValue.parse($0) }
    let yams = time { try YAMLValue.composed($0) }
    report("frontmatter-simple-first", simple, extra: ["documents": Double(blocks.count), "values": Double(values)])
    report("frontmatter-yams-only", yams, extra: ["documents": Double(blocks.count), "values": Double(values)])
case "xlsx":
    workbookScan(arguments[2], runs: runs)
case "xml":
    xmlComparison(arguments[2], runs: runs)
default:
    FileHandle.standardError.write(Data("almanac-bench: unknown benchmark \(arguments[1])\n".utf8))
    exit(2)
}
