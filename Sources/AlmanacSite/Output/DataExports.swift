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

    /// `"region":`, `,"region_name":`… : the JSON keys, with the comma before all but the first.
    /// Made by each job for itself, so that two cores never update the reference count of the
    /// same array for every figure.
    private static func jsonKeys() -> [[UInt8]] {
        columns.enumerated().map { Array((($0.offset > 0 ? "," : "") + "\"\($0.element)\":").utf8) }
    }

    /// One indicator's CSV rows and JSON objects (`  {…}` joined by `,\n`). The fields of the
    /// indicator, and of each region for its run of years, are escaped once rather than per
    /// figure: with ten small arrays and strings made per figure, this took 15 % of the CPU of a
    /// 1,000,000-observation build (perf), now 9 %.
    private static func rows(of indicator: Indicator, in dataset: Dataset) -> (csv: [UInt8], json: [UInt8]) {
        // Room for every row at once (a row of either is rarely longer): grown by doubling, the
        // arrays were copied, and fresh pages zeroed by the kernel, twice over (perf: 5 % of a
        // 1,000,000-observation build). Room not written to is never touched.
        let count = dataset.figureCount(of: indicator.id)
        var csv: [UInt8] = []
        csv.reserveCapacity(count * 160)
        var json: [UInt8] = []
        json.reserveCapacity(count * 320)
        func csvField(_ text: String) -> [UInt8] {
            var bytes: [UInt8] = []
            appendCSV(text, to: &bytes)
            return bytes
        }
        func jsonField(_ text: String) -> [UInt8] {
            var bytes: [UInt8] = []
            appendJSON(text, to: &bytes)
            return bytes
        }
        let comma = UInt8(ascii: ",")
        let null = Array("null".utf8)
        let keys = jsonKeys()
        let firstObject = Array("  {".utf8), nextObject = Array(",\n  {".utf8)
        // `,indicator,indicator_name,` and `,unit,` around the value
        let indicatorCSV = [comma] + csvField(indicator.id) + [comma] + csvField(indicator.name) + [comma]
        let unitCSV = [comma] + csvField(indicator.unit) + [comma]
        let indicatorJSON = (id: jsonField(indicator.id), name: jsonField(indicator.name), unit: jsonField(indicator.unit))
        // The current region's fields, each in a variable of its own: read through an optional
        // tuple, they were copied, retained and released for every figure (reference counting
        // under this function: 3.0 % of a 1,000,000-observation build's samples before, 2.6 % after).
        var regionID: String?
        var regionCSV: [UInt8] = [], regionJSONID: [UInt8] = [], regionJSONName: [UInt8] = []
        dataset.forEachFigure(of: indicator.id) { place, year, figure in
            if regionID != place.id {
                regionID = place.id
                regionCSV = csvField(place.id) + [comma] + csvField(place.name) + [comma]
                regionJSONID = jsonField(place.id)
                regionJSONName = jsonField(place.name)
            }
            let origin: String
            switch figure.origin {
            case .reported: origin = "reported"
            case .rolledUp(_, _, let partial): origin = partial ? "partial" : "rolled-up"
            }
            let year = String(year)
            let value = NumberFormat.plain(figure.value)
            let source = figure.source ?? "", note = figure.note ?? ""

            csv += regionCSV
            csv += year.utf8
            csv += indicatorCSV
            appendCSV(value, to: &csv)
            csv += unitCSV
            csv += origin.utf8
            csv.append(comma)
            appendCSV(source, to: &csv)
            csv.append(comma)
            appendCSV(note, to: &csv)
            csv += [0x0D, 0x0A]

            json += json.isEmpty ? firstObject : nextObject
            json += keys[0]
            json += regionJSONID
            json += keys[1]
            json += regionJSONName
            json += keys[2]
            json += year.utf8
            json += keys[3]
            json += indicatorJSON.id
            json += keys[4]
            json += indicatorJSON.name
            json += keys[5]
            json += value.utf8
            json += keys[6]
            json += indicatorJSON.unit
            json += keys[7]
            appendJSON(origin, to: &json)
            json += keys[8]
            if source.isEmpty { json += null } else { appendJSON(source, to: &json) }
            json += keys[9]
            if note.isEmpty { json += null } else { appendJSON(note, to: &json) }
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
