import AlmanacData

/// How the downloads of a rebuild take from the last output what did not change (see
/// ``PageInputs``): an indicator whose figures are the same keeps its own CSV and JSON files, and
/// its parts of the files of all figures are read back — its rows out of its own files, its gzip
/// member out of the last `observations.csv.gz` by the member lengths recorded with it — instead
/// of being made and compressed again. After one figure of a national report changes, 299 of
/// its 300 indicators are neither written out nor compressed again.
struct ExportReuse: Sendable {
    let keys: PageKeys
    let earlier: [String: PageInputs]
    let folder: any EarlierOutput
    /// Where each indicator's gzip member is in the last `observations.csv.gz` (catalogue order;
    /// empty for one without figures), when its member lengths were recorded.
    let members: [Range<Int>]?

    init?(_ reuse: SiteRenderer.PageReuse?, indicators: Int) {
        guard let reuse else { return nil }
        keys = reuse.keys
        earlier = reuse.earlier
        folder = reuse.folder
        if let lengths = reuse.earlier[Route.observations(.gzip).file]?.parts, lengths.count == indicators + 1 {
            var start = lengths[0]
            members = lengths.dropFirst().map { length in
                defer { start += length }
                return start..<start + length
            }
        } else {
            members = nil
        }
    }

    /// What a file of the figures of the indicator at catalogue position `position` is made from.
    func made(_ position: Int) -> PageInputs {
        PageInputs(key: keys.key([position], firstParagraphs: false), indicators: [position])
    }

    /// What a file of all figures of the `count` indicators is made from.
    func madeOfAll(_ count: Int, parts: [Int] = []) -> PageInputs {
        let all = Array(0..<count)
        return PageInputs(key: keys.key(all, firstParagraphs: false), indicators: all, parts: parts)
    }

    /// The downloads of `indicator` (at catalogue `position`) as the last output has them, its
    /// own files kept; nil when its figures changed or a file is not as recorded (they are then
    /// made anew). `wanted` says which of its rows the files of all figures still gather.
    func parts(_ indicator: Indicator, at position: Int, header: [UInt8], wanted: (csv: Bool, json: Bool)) throws
        -> DataExports.IndicatorParts?
    {
        let made = made(position)
        let csvPath = Route.indicatorData(indicator.id, .csv).file, jsonPath = Route.indicatorData(indicator.id, .json).file
        guard earlier[csvPath]?.key == made.key, earlier[jsonPath]?.key == made.key, let csvSize = try folder.earlierSize(csvPath),
            let jsonSize = try folder.earlierSize(jsonPath)
        else { return nil }
        var parts = DataExports.IndicatorParts(csv: [], json: [], gzip: [], hasRows: csvSize > header.count, sizes: [csvSize, jsonSize])
        if parts.hasRows {
            if let member = members?[position], !member.isEmpty,
                let bytes = try folder.earlierBytes(Route.observations(.gzip).file, range: member)
            {
                parts.gzip = bytes
            }
            if wanted.csv || parts.gzip.isEmpty {
                guard let file = try folder.earlierBytes(csvPath, range: nil), file.starts(with: header) else { return nil }
                parts.csv = Array(file.dropFirst(header.count))
            }
            if wanted.json {
                // `[\n`, the objects, `\n]\n`.
                guard let file = try folder.earlierBytes(jsonPath, range: nil), file.count > 5 else { return nil }
                parts.json = Array(file.dropFirst(2).dropLast(3))
            }
            if parts.gzip.isEmpty { parts.gzip = Gzip.member(parts.csv) }
        }
        guard try folder.keep(csvPath, made: made), try folder.keep(jsonPath, made: made) else { return nil }
        parts.files = [OutputFile(path: csvPath, bytes: []), OutputFile(path: jsonPath, bytes: [])]
        return parts
    }
}
