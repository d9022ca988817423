import AlmanacData

/// The aggregated data as downloads: `data/observations.csv` and `.json` (every figure shown on the
/// site, reported or rolled up, with a column saying which, and its source) and one CSV per indicator.
///
/// Written as UTF-8 bytes in one pass over the model: a county-level report has over a million
/// figures, and building the rows as strings first took 30% of such a build (callgrind,
/// 100,000 observations).
enum DataExports {
    static let columns = ["region", "region_name", "year", "indicator", "indicator_name", "value", "unit", "origin", "source", "note"]

    static func files(_ dataset: Dataset) -> [OutputFile] {
        let header = Array((columns.joined(separator: ",") + "\r\n").utf8)
        var csv = header
        var json: [UInt8] = Array("[\n".utf8)
        var perIndicator: [OutputFile] = []
        var current: (id: String, bytes: [UInt8])?
        var first = true
        dataset.forEachFigure { indicator, region, year, figure in
            if current?.id != indicator.id {
                if let done = current { perIndicator.append(OutputFile(path: "data/indicators/\(done.id).csv", bytes: done.bytes)) }
                current = (indicator.id, header)
            }
            let origin: String
            switch figure.origin {
            case .reported: origin = "reported"
            case .rolledUp(_, _, let partial): origin = partial ? "partial" : "rolled-up"
            }
            let value = NumberFormat.plain(figure.value)
            let fields = [
                region.id, region.name, String(year), indicator.id, indicator.name, value, indicator.unit, origin,
                figure.source ?? "", figure.note ?? "",
            ]
            var row: [UInt8] = []
            for (index, field) in fields.enumerated() {
                if index > 0 { row.append(UInt8(ascii: ",")) }
                appendCSV(field, to: &row)
            }
            row += [0x0D, 0x0A]
            csv += row
            current!.bytes += row

            json += Array((first ? "  {" : ",\n  {").utf8)
            first = false
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
        if let done = current { perIndicator.append(OutputFile(path: "data/indicators/\(done.id).csv", bytes: done.bytes)) }
        json += Array((first ? "]\n" : "\n]\n").utf8)
        // Indicators without a figure still get their (empty) file, as the indicator page links to it.
        let written = Set(perIndicator.map(\.path))
        for indicator in dataset.indicators where !written.contains("data/indicators/\(indicator.id).csv") {
            perIndicator.append(OutputFile(path: "data/indicators/\(indicator.id).csv", bytes: header))
        }
        let order = Dictionary(uniqueKeysWithValues: dataset.indicators.enumerated().map { ("data/indicators/\($1.id).csv", $0) })
        return [
            OutputFile(path: "data/observations.csv", bytes: csv), OutputFile(path: "data/observations.json", bytes: json),
        ] + perIndicator.sorted { order[$0.path]! < order[$1.path]! }
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
