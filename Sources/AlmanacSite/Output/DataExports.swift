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
        let keys = jsonKeys()
        let firstObject = Array("  {".utf8), nextObject = Array(",\n  {".utf8)
        // The fixed runs of a row made once, each appended as one piece: `,indicator,indicator_name,`
        // and `,unit,` around the CSV value; `,"indicator":…,"value":`, `,"unit":…,"origin":`, the
        // origin with the key after it and `null,"note":` in the JSON.
        let indicatorCSV = [comma] + csvField(indicator.id) + [comma] + csvField(indicator.name) + [comma]
        let unitCSV = [comma] + csvField(indicator.unit) + [comma]
        let indicatorJSON = keys[3] + jsonField(indicator.id) + keys[4] + jsonField(indicator.name) + keys[5]
        let unitJSON = keys[6] + jsonField(indicator.unit) + keys[7]
        let origins = ["reported", "partial", "rolled-up"]
        let originCSV = origins.map { Array($0.utf8) }, originJSON = origins.map { jsonField($0) + keys[8] }
        let noSourceJSON = Array("null".utf8) + keys[9], noNoteJSON = Array("null}".utf8)
        // A loop over the regions' series with the pieces as constants, rather than a closure per
        // figure reading them from the variables it captured, and each piece appended from its
        // buffer: every array appended as an array was retained and released, the fields a
        // closure captured were copied too (this function: 13.9 % of a 1,000,000-observation
        // build's samples, 4.0 % of them retaining and releasing; now 8.8 % and 1.6 %).
        for id in dataset.tree.preorder {
            let series = dataset.figures(indicator.id, id)
            guard !series.isEmpty, let place = dataset.region(id) else { continue }
            let regionCSV = csvField(place.id) + [comma] + csvField(place.name) + [comma]
            let regionJSON = keys[0] + jsonField(place.id) + keys[1] + jsonField(place.name) + keys[2]
            for index in series.years.indices {
                let figure = series.figures[index]
                let origin: Int
                switch figure.origin {
                case .reported: origin = 0
                case .rolledUp(_, _, let partial), .computed(let partial): origin = partial ? 1 : 2
                }
                let year = String(series.years[index])
                let value = NumberFormat.plain(figure.value)
                let source = dataset.source(of: figure), note = dataset.note(of: figure)

                put(regionCSV, into: &csv)
                csv += year.utf8
                put(indicatorCSV, into: &csv)
                appendCSV(value, to: &csv)
                put(unitCSV, into: &csv)
                put(originCSV[origin], into: &csv)
                csv.append(comma)
                if let source { appendCSV(source, to: &csv) }
                csv.append(comma)
                if let note { appendCSV(note, to: &csv) }
                csv.append(0x0D)
                csv.append(0x0A)

                put(json.isEmpty ? firstObject : nextObject, into: &json)
                put(regionJSON, into: &json)
                json += year.utf8
                put(indicatorJSON, into: &json)
                json += value.utf8
                put(unitJSON, into: &json)
                put(originJSON[origin], into: &json)
                if let source, !source.isEmpty {
                    appendJSON(source, to: &json)
                    put(keys[9], into: &json)
                } else {
                    put(noSourceJSON, into: &json)
                }
                if let note, !note.isEmpty {
                    appendJSON(note, to: &json)
                    json.append(UInt8(ascii: "}"))
                } else {
                    put(noNoteJSON, into: &json)
                }
            }
        }
        return (csv, json)
    }

    /// Appends from the bytes' buffer: appending the array itself retained and released it.
    @inline(__always)
    private static func put(_ bytes: [UInt8], into out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { out.append(contentsOf: $0) }
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
