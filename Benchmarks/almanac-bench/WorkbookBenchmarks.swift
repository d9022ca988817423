// The workbook reader for `make bench`: rows per second through ZIP inflation, the XML
// tokenizer and the cells (beside `csv`), and the tokenizer alone against FoundationXML's
// XMLParser on the same inflated sheet XML — the measurement behind writing a tokenizer.
import AlmanacData
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `almanac-bench xlsx FILE [RUNS]`: every sheet's rows, every field's bytes touched.
func workbookScan(_ path: String, runs: Int) {
    var rows = 0
    var checksum = 0
    let times = (0..<runs).map { _ in
        seconds {
            rows = 0
            do {
                let workbook = try Workbook.open(path: path)
                for sheet in workbook.sheets {
                    _ = try workbook.forEachRow(of: sheet) { row in
                        rows += 1
                        for index in 0..<row.count { checksum &+= row.bytes(index).count }
                    }
                }
            } catch {
                fail("\(path): \((error as? WorkbookError)?.message ?? "\(error)")")
            }
        }
    }
    let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    let median = times.sorted()[times.count / 2]
    report(
        "xlsx-scan", times,
        extra: ["mb": size / 1e6, "mb_per_s": size / 1e6 / median, "rows": Double(rows), "rows_per_s": Double(rows) / median,
            "bytes": Double(checksum)])
}

/// `almanac-bench xml FILE [RUNS]`: the worksheets inflated into memory once, then read by
/// Almanac's tokenizer (in the chunks the reader feeds it) and by XMLParser, in turns.
func xmlComparison(_ path: String, runs: Int) {
    var sheets: [[UInt8]] = []
    do {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        for entry in archive where entry.path.hasPrefix("xl/worksheets/") && entry.path.hasSuffix(".xml") {
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes.append(contentsOf: $0) }
            sheets.append(bytes)
        }
    } catch {
        fail("\(path): \(error)")
    }
    let megabytes = Double(sheets.map(\.count).reduce(0, +)) / 1e6
    var ours: [Double] = []
    var foundation: [Double] = []
    var elements = (0, 0)
    for _ in 0..<runs {
        ours.append(seconds { elements.0 = sheets.reduce(0) { $0 + ((try? Workbook.countElements(inXML: $1)) ?? 0) } })
        foundation.append(seconds { elements.1 = sheets.reduce(0) { $0 + FoundationCounter.count($1) } })
    }
    guard elements.0 == elements.1 else { fail("the two readers disagree: \(elements.0) and \(elements.1) elements") }
    for (name, times) in [("xml-almanac-tokenizer", ours), ("xml-foundation-xmlparser", foundation)] {
        report(name, times, extra: ["mb": megabytes, "mb_per_s": megabytes / times.sorted()[times.count / 2], "elements": Double(elements.0)])
    }
}

/// XMLParser's delegate, counting what the tokenizer counts. The parser reads a stream, as a
/// workbook reader built on it would (and `XMLParser(data:)` fails on Linux at the end of a
/// sheet of 19 MB, with NSXMLParserErrorDomain code 1).
final class FoundationCounter: NSObject, XMLParserDelegate {
    var elements = 0
    var text = 0

    static func count(_ bytes: [UInt8]) -> Int {
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        let counter = FoundationCounter()
        parser.delegate = counter
        guard parser.parse() else { fail("XMLParser: \(parser.parserError.map { "\($0)" } ?? "failed")") }
        return counter.elements
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements += 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string.utf8.count }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("almanac-bench: \(message)\n".utf8))
    exit(2)
}
