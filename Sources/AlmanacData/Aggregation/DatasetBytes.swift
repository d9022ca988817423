/// A dataset's content as bytes that are equal exactly when what pages can learn from it is: a
/// site digests them to tell which indicators changed between two builds (see ``DataReads``).
/// One indicator's bytes hold all its figures (years, values, how each came about, their source
/// and note), targets, step and missing reasons, region by region in tree order; the shape holds
/// what is not one indicator's figures but decides which pages there are: the years, and which
/// indicators have figures in which regions and years.
extension Dataset {
    /// Everything the dataset says of the indicator at catalogue position `indicator`.
    public func contentBytes(ofIndicatorAt indicator: Int) -> [UInt8] {
        var bytes = ByteSink()
        bytes.add(steps[indicator])
        for (region, series) in grid[indicator].enumerated() where !series.isEmpty {
            bytes.add(region)
            bytes.add(series.years.count)
            bytes.add(Int(series.storedStep))
            bytes.add(series.isRate ? 1 : 0)
            bytes.add(series.hasGrowthRate ? 1 : 0)
            for (year, figure) in zip(series.years, series.figures) {
                bytes.add(year)
                bytes.add(Int(bitPattern: UInt(figure.value.bitPattern)))
                switch figure.origin {
                case .reported: bytes.add(0)
                case .rolledUp(let contributors, let children, let partial): bytes.add(partial ? 2 : 1, contributors, children)
                case .computed(let partial): bytes.add(partial ? 4 : 3)
                }
                bytes.add(text: provenances.source(of: figure))
                bytes.add(text: provenances.note(of: figure))
            }
        }
        let id = indicators[indicator].id
        for (key, byYear) in targets.filter({ $0.key.indicator == id }).sorted(by: { $0.key.region < $1.key.region }) {
            for (year, target) in byYear.sorted(by: { $0.key < $1.key }) {
                bytes.add(text: key.region)
                bytes.add(year)
                bytes.add(Int(bitPattern: UInt(target.value.bitPattern)))
            }
        }
        for (key, reason) in missing.filter({ $0.key.indicator == indicator }).sorted(by: { ($0.key.region, $0.key.year) < ($1.key.region, $1.key.year) }) {
            bytes.add(key.region, key.year)
            bytes.add(text: String(describing: reason))
        }
        return bytes.bytes
    }

    /// Which pages the dataset makes: every year, and each indicator's years and regions with figures.
    public func shapeBytes() -> [UInt8] {
        var bytes = ByteSink()
        bytes.add(observationCount)
        bytes.add(years.count)
        for year in years { bytes.add(year) }
        for indicator in indicators.indices {
            bytes.add(yearsByIndicator[indicator].count)
            for year in yearsByIndicator[indicator] { bytes.add(year) }
            for series in grid[indicator] { bytes.add(series.isEmpty ? 0 : 1) }
        }
        return bytes.bytes
    }
}

/// Integers and texts written one after another, so that two sequences give equal bytes only
/// when they are equal: integers at eight bytes each, a text after its length.
private struct ByteSink {
    var bytes: [UInt8] = []

    mutating func add(_ values: Int...) {
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    mutating func add(text: String?) {
        guard let text else { return add(-1) }
        add(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }
}
