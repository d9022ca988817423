import AlmanacData

/// The aggregated data as downloads: every figure shown on the site, reported or rolled up, with
/// a column saying which, its source and note — all of them as `data/observations.csv`, the same
/// compressed (`.csv.gz`) and as JSON, and each indicator's as CSV and JSON of its own.
///
/// A national report has tens of millions of figures: the indicators are written in batches on
/// all cores, each indicator's files handed to the writer as soon as they exist, so memory holds
/// one batch, not the whole data. A file that would pass ``Limits/largestFile`` (no static host
/// or spreadsheet takes one) is left out, and the data page says so and points to the others.
///
/// Text cells that a spreadsheet would run as a formula — a name, unit, source or note starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return — are written with a leading `'` in the
/// CSV files, as OWASP advises; the JSON keeps them as they are.
enum DataExports {
    static let columns = ["region", "region_name", "year", "indicator", "indicator_name", "value", "unit", "origin", "source", "note"]

    /// What the data page says of the downloads: each written file's size, and which of the
    /// files of all figures were too large to write.
    struct Summary: Sendable {
        var sizes: [Route: Int] = [:]
        var omitted: [Route] = []
    }

    /// Writes the downloads with `write` (each file as soon as it is made) and returns them
    /// (with `write`, without their bytes) and their summary. With `reuse`, each file records
    /// what it was made from, and an indicator whose figures did not change keeps its files and
    /// its parts of the files of all figures from the last output (``ExportReuse``).
    static func files(
        _ dataset: Dataset, largestFile: Int = Limits.standard.largestFile, batch: Int = 8,
        write: SiteRenderer.Writer? = nil, reuse: SiteRenderer.PageReuse? = nil
    ) throws -> (files: [OutputFile], summary: Summary) {
        let header = Array((columns.joined(separator: ",") + "\r\n").utf8)
        var summary = Summary()
        var kept: [OutputFile] = []
        let indicators = dataset.indicators
        let earlier = ExportReuse(reuse, indicators: indicators.count)
        func emit(_ file: OutputFile, _ route: Route, parts: [Int] = []) throws {
            var file = file
            file.inputs = earlier?.madeOfAll(indicators.count, parts: parts)
            summary.sizes[route] = file.size
            kept.append(try write?(file) ?? file)
        }
        // The parts of the files of all figures, in catalogue order, while they stay small enough.
        // Not gathered at all when even the shortest rows could not fit: at national size the
        // parts gathered up to the limit were half a gigabyte of the build's peak memory.
        var csv: [[UInt8]]? = [header], json: [[UInt8]]? = [Array("[\n".utf8)]
        var csvSize = header.count, jsonSize = 2
        let figures = dataset.figureCount
        if csvSize + figures * shortestCSVRow > largestFile { csv = nil }
        if jsonSize + figures * shortestJSONObject > largestFile { json = nil }
        var compressed = [Gzip.member(header)]
        var members = [compressed[0].count]
        for start in stride(from: 0, to: indicators.count, by: batch) {
            let positions = Array(start..<min(start + batch, indicators.count))
            let wanted = (csv: csv != nil, json: json != nil)
            // Each indicator's own files are written by the job that made them, on all cores:
            // written one after the other here, they kept one core waiting (perf, national site).
            let parts = ParallelMap.map(positions) { position -> IndicatorParts in
                let indicator = indicators[position]
                if let earlier, let same = try? earlier.parts(indicator, at: position, header: header, wanted: wanted) { return same }
                let part = rows(of: indicator, in: dataset)
                let json = [Array("[\n".utf8), part.json, Array((part.json.isEmpty ? "]\n" : "\n]\n").utf8)]
                var made = IndicatorParts(csv: part.csv, json: part.json, gzip: Gzip.member(part.csv), hasRows: !part.csv.isEmpty)
                for (format, chunks) in [(Route.Download.csv, [header, part.csv]), (.json, json)] {
                    var file = OutputFile(path: Route.indicatorData(indicator.id, format).file, chunks: chunks)
                    file.inputs = earlier?.made(position)
                    made.sizes.append(chunks.reduce(0) { $0 + $1.count })
                    guard let write else {
                        made.files.append(file)
                        continue
                    }
                    do {
                        made.files.append(try write(file))
                    } catch {
                        made.error = error
                        made.files.append(file.written)
                    }
                }
                return made
            }
            if let error = parts.lazy.compactMap(\.error).first { throw error }
            for (position, part) in zip(positions, parts) {
                let indicator = indicators[position]
                for (format, (file, size)) in zip([Route.Download.csv, .json], zip(part.files, part.sizes)) {
                    summary.sizes[Route.indicatorData(indicator.id, format)] = size
                    kept.append(file)
                }
                members.append(part.hasRows ? part.gzip.count : 0)
                guard part.hasRows else { continue }
                compressed.append(part.gzip)
                csvSize += part.csv.count
                csv = csvSize <= largestFile ? (csv.map { $0 + [part.csv] }) : nil
                let separator = jsonSize > 2 ? Array(",\n".utf8) : []
                jsonSize += separator.count + part.json.count
                json = jsonSize + 2 <= largestFile ? (json.map { $0 + [separator, part.json] }) : nil
            }
        }
        let all = Route.observations(.csv), allJSON = Route.observations(.json), allCompressed = Route.observations(.gzip)
        if let csv { try emit(OutputFile(path: all.file, chunks: csv), all) } else { summary.omitted.append(all) }
        if let json {
            try emit(OutputFile(path: allJSON.file, chunks: json + [Array((jsonSize > 2 ? "\n]\n" : "]\n").utf8)]), allJSON)
        } else {
            summary.omitted.append(allJSON)
        }
        if compressed.reduce(0, { $0 + $1.count }) <= largestFile {
            try emit(OutputFile(path: allCompressed.file, chunks: compressed), allCompressed, parts: members)
        } else {
            summary.omitted.append(allCompressed)
        }
        return (kept, summary)
    }

    /// One indicator's downloads: its rows for the files of all figures (only those still
    /// gathered, when taken from the last output), their gzip member, its own files (written,
    /// or kept when there is no writer) and their sizes, and what writing them threw.
    struct IndicatorParts: Sendable {
        var csv: [UInt8]
        var json: [UInt8]
        var gzip: [UInt8]
        /// Whether the indicator has any figure (its parts are then in the files of all figures).
        var hasRows: Bool
        var files: [OutputFile] = []
        var sizes: [Int] = []
        var error: (any Error)?
    }

    /// The fewest bytes a figure's CSV row can take: one character of each id, the year and the
    /// value, the shortest origin (`partial`), the commas and the line end.
    static let shortestCSVRow = 4 + "partial".utf8.count + (columns.count - 1) + 2
    /// The same of a figure's JSON object: its keys, braces and comma, and a byte of each value.
    static let shortestJSONObject = jsonKeys().reduce(0) { $0 + $1.count } + 3 + columns.count

    /// `"region":`, `,"region_name":`… : the JSON keys, with the comma before all but the first.
    /// Made by each job for itself, so that two cores never update the reference count of the
    /// same array for every figure.
    private static func jsonKeys() -> [[UInt8]] {
        columns.enumerated().map { Array((($0.offset > 0 ? "," : "") + "\"\($0.element)\":").utf8) }
    }

    /// One indicator's CSV rows and JSON objects (`  {…}` joined by `,\n`). The fields of the
    /// indicator, and of each region for its run of years, are escaped once rather than per
    /// figure, and no array or string is made per figure: downloads have every figure of the site.
    private static func rows(of indicator: Indicator, in dataset: Dataset) -> (csv: [UInt8], json: [UInt8]) {
        // Room for every row at once (a row of either is rarely longer): grown by doubling, the
        // arrays would be copied, and fresh pages zeroed by the kernel, twice over. Room not
        // written to is never touched.
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
        let origins = ["reported", "partial", "rolled-up", "computed"]
        let originCSV = origins.map { Array($0.utf8) }, originJSON = origins.map { jsonField($0) + keys[8] }
        let noSourceJSON = Array("null".utf8) + keys[9], noNoteJSON = Array("null}".utf8)
        // The source and note as each file writes them, escaped once for a run of figures that
        // share them (most of a report's figures cite one publication) rather than for each.
        var sourceText: String?, sourceCSV: [UInt8] = [], sourceJSON: [UInt8] = []
        var noteText: String?, noteCSV: [UInt8] = [], noteJSON: [UInt8] = []
        // A loop over the regions' series with the pieces as constants, rather than a closure per
        // figure reading them from the variables it captured, and each piece appended from its
        // buffer: every array appended as an array is retained and released, and the fields a
        // closure captures are copied too.
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
                case .rolledUp(_, _, let partial): origin = partial ? 1 : 2
                case .computed(let partial): origin = partial ? 1 : 3
                }
                let year = String(series.years[index])
                let value = NumberFormat.plain(figure.value)
                let source = dataset.source(of: figure), note = dataset.note(of: figure)
                if let source, source != sourceText {
                    sourceText = source
                    sourceCSV = csvField(source)
                    sourceJSON = source.isEmpty ? noSourceJSON : jsonField(source) + keys[9]
                }
                if let note, note != noteText {
                    noteText = note
                    noteCSV = csvField(note)
                    noteJSON = note.isEmpty ? noNoteJSON : jsonField(note) + [UInt8(ascii: "}")]
                }

                put(regionCSV, into: &csv)
                csv += year.utf8
                put(indicatorCSV, into: &csv)
                appendCSV(value, to: &csv, guarded: false)
                put(unitCSV, into: &csv)
                put(originCSV[origin], into: &csv)
                csv.append(comma)
                if source != nil { put(sourceCSV, into: &csv) }
                csv.append(comma)
                if note != nil { put(noteCSV, into: &csv) }
                csv.append(0x0D)
                csv.append(0x0A)

                put(json.isEmpty ? firstObject : nextObject, into: &json)
                put(regionJSON, into: &json)
                json += year.utf8
                put(indicatorJSON, into: &json)
                json += value.utf8
                put(unitJSON, into: &json)
                put(originJSON[origin], into: &json)
                put(source == nil ? noSourceJSON : sourceJSON, into: &json)
                put(note == nil ? noNoteJSON : noteJSON, into: &json)
            }
        }
        return (csv, json)
    }

    /// Appends from the bytes' buffer: appending the array itself retained and released it.
    @inline(__always)
    private static func put(_ bytes: [UInt8], into out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    }

    /// A CSV field, quoted (with doubled quotes) only when it holds a separator, quote or line
    /// break; a text that a spreadsheet would take for a formula starts with `'` (see above).
    static func appendCSV(_ text: String, to bytes: inout [UInt8], guarded: Bool = true) {
        let utf8 = text.utf8
        let formula = guarded && utf8.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } == true
        guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            if formula { bytes.append(UInt8(ascii: "'")) }
            bytes += utf8
            return
        }
        bytes.append(0x22)
        if formula { bytes.append(UInt8(ascii: "'")) }
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
