import AlmanacData

/// The aggregated data as downloads: `data/observations.csv` and `.json` (every figure shown on the
/// site, reported or rolled up, with a column saying which, and its source) and one CSV per indicator.
///
/// Written as UTF-8 bytes, one indicator per job on all cores, then joined in catalogue order: a
/// county-level report has over a million figures; building the rows as strings first took 30%
/// of such a build (callgrind, 100,000 observations), and one pass on one core 14% of its wall
/// time (perf, 1,000,000 observations).
enum DataExports {
    static let columns = ["region", "region_name", "year", "indicator", "indicator_name", "value", "unit", "origin", "source", "note"]

    static func files(_ dataset: Dataset) -> [OutputFile] {
        let header = Array((columns.joined(separator: ",") + "\r\n").utf8)
        let parts = ParallelMap.map(dataset.indicators) { indicator in rows(of: indicator, in: dataset) }
        // The files are written chunk by chunk, so the parts are shared, never joined into copies.
        let filled = parts.filter { !$0.csv.isEmpty }
        var json: [[UInt8]] = [Array("[\n".utf8)]
        for (index, part) in filled.enumerated() { json += index == 0 ? [part.json] : [Array(",\n".utf8), part.json] }
        json.append(Array((filled.isEmpty ? "]\n" : "\n]\n").utf8))
        var files = [
            OutputFile(path: "data/observations.csv", chunks: [header] + filled.map(\.csv)),
            OutputFile(path: "data/observations.json", chunks: json),
        ]
        for (indicator, part) in zip(dataset.indicators, parts) {
            files.append(OutputFile(path: "data/indicators/\(indicator.id).csv", chunks: [header, part.csv]))
        }
        return files
    }

    /// One indicator's CSV rows and JSON objects (`  {…}` joined by `,\n`).
    private static func rows(of indicator: Indicator, in dataset: Dataset) -> (csv: [UInt8], json: [UInt8]) {
        var csv: [UInt8] = []
        var json: [UInt8] = []
        dataset.forEachFigure(of: indicator.id) { region, year, figure in
            let origin: String
            switch figure.origin {
            case .reported: origin = "reported"
            case .rolledUp(_, _, let partial): origin = partial ? "partial" : "rolled-up"
            }
            let fields = [
                region.id, region.name, String(year), indicator.id, indicator.name, NumberFormat.plain(figure.value),
                indicator.unit, origin, figure.source ?? "", figure.note ?? "",
            ]
            for (index, field) in fields.enumerated() {
                if index > 0 { csv.append(UInt8(ascii: ",")) }
                appendCSV(field, to: &csv)
            }
            csv += [0x0D, 0x0A]
            json += Array((json.isEmpty ? "  {" : ",\n  {").utf8)
            for (index, (column, field)) in zip(columns, fields).enumerated() {
                json += Array(((index > 0 ? "," : "") + "\"\(column)\":").utf8)
                switch column {
                case "year", "value": json += Array(field.utf8)
                case "source" where field.isEmpty, "note" where field.isEmpty: json += Array("null".utf8)
                default: appendJSON(field, to: &json)
                }
            }
            json.append(UInt8(ascii: "}"))
        }
        return (csv, json)
    }

    /// A CSV field, quoted (with doubled quotes) only when it holds a separator, quote or line break.
    static func appendCSV(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            bytes += utf8
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }

    /// A JSON string; `<` is written `\u003c` so the file can be inlined in HTML too.
    static func appendJSON(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x3C: bytes += Array("\\u003c".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
