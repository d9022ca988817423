import AlmanacData

/// The `<desc>` of a chart: what a sighted reader takes in at a glance, in the site's language,
/// for screen readers and for anyone who cannot see the picture — the period, where each series
/// starts and ends and by how much it changed, the years without figures, and the highest and
/// lowest figure; for a ranking, who comes first and last.
struct ChartSummary {
    struct Point {
        var year: Int
        /// The figure as the page shows it (`974.2亿元`).
        var text: String
        var value: Double
    }

    struct Series {
        var name: String
        /// The years with a figure, in year order.
        var points: [Point]
        /// The change from the first point to the last (`+40.6%`), where one can be computed.
        var change: String?
    }

    /// Series described one by one; the rest are counted.
    static let describedSeries = 6

    let words: Words

    /// Lines or columns over `years`.
    func series(_ series: [Series], years: [Int]) -> String {
        let withData = series.filter { !$0.points.isEmpty }
        guard !withData.isEmpty else { return words[.noData] }
        var parts = withData.prefix(Self.describedSeries).map { self.trend($0, years: years) }.joined(separator: words.listSeparator)
        if withData.count > Self.describedSeries {
            parts += words.phrase(.moreSeries, ["count": String(withData.count - Self.describedSeries)])
        }
        // The period, where several series share it (one series says its own years).
        if withData.count > 1, let first = years.first, let last = years.last, first != last {
            parts = words.phrase(.periodLead, ["period": words.years(first, last)]) + parts
        }
        var sentences = [parts]
        // The extremes, unless they are just where a single series starts and ends. The first
        // of equal figures is taken, in series order, then year order.
        var high = (name: withData[0].name, point: withData[0].points[0]), low = high
        var count = 0
        for item in withData {
            for point in item.points {
                count += 1
                if point.value > high.point.value { high = (item.name, point) }
                if point.value < low.point.value { low = (item.name, point) }
            }
        }
        func isEnd(_ value: Double) -> Bool { value == withData[0].points.first!.value || value == withData[0].points.last!.value }
        let atEnds = withData.count == 1 && isEnd(high.point.value) && isEnd(low.point.value)
        if count > 2, high.point.value != low.point.value, !atEnds {
            sentences.append(
                words.phrase(
                    .extremes,
                    [
                        "highName": high.name, "highYear": String(high.point.year), "highText": high.point.text,
                        "lowName": low.name, "lowYear": String(low.point.year), "lowText": low.point.text,
                    ]))
        }
        return sentences.map { $0 + words[.sentenceEnd] }.joined(separator: words[.sentenceJoin])
    }

    /// One series: `临安区由2016年的693.1亿元增至2020年的974.2亿元（+40.6%），2017–2019年无数据`.
    private func trend(_ series: Series, years: [Int]) -> String {
        let first = series.points.first!
        let last = series.points.last!
        var text: String
        if series.points.count == 1 {
            text = words.phrase(.onlyYear, ["name": series.name, "year": String(first.year), "text": first.text])
        } else if last.value == first.value {
            text = words.phrase(
                .sameInBoth, ["name": series.name, "first": String(first.year), "last": String(last.year), "text": last.text])
        } else {
            text = words.phrase(
                last.value > first.value ? .rose : .fell,
                [
                    "name": series.name, "first": String(first.year), "firstText": first.text, "last": String(last.year),
                    "lastText": last.text,
                ])
            if let change = series.change { text += words.phrase(.changeAside, ["change": change]) }
        }
        // A series has a point for a few dozen years at most: looked through, not hashed.
        let missing = years.filter { year in year > first.year && year < last.year && !series.points.contains { $0.year == year } }
        if !missing.isEmpty { text += words.phrase(.missingYears, ["years": spans(missing)]) }
        return text
    }

    /// `2017–2019、2022` for runs of consecutive years.
    private func spans(_ years: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for year in years {
            if let last = runs.last, last.1 + 1 == year {
                runs[runs.count - 1].1 = year
            } else {
                runs.append((year, year))
            }
        }
        return runs.map { $0.0 == $0.1 ? String($0.0) : "\($0.0)–\($0.1)" }.joined(separator: words[.runSeparator])
    }

    /// Bars of several indicators for one region, largest first: (name, value text).
    func composition(year: Int, _ bars: [(name: String, text: String)]) -> String {
        guard !bars.isEmpty else { return words[.noData] }
        let items = bars.map { words.phrase(.compositionItem, ["name": $0.name, "text": $0.text]) }
        return words.phrase(.compositionLead, ["year": String(year)]) + items.joined(separator: words[.compositionSeparator])
            + words[.compositionEnd]
    }

    /// Bars in ranking order: (name, value text).
    /// `total` is how many regions the ranking has, of which `bars` (first and last) are drawn.
    func ranking(year: Int, _ bars: [(name: String, text: String)], total: Int? = nil) -> String {
        guard let first = bars.first, let last = bars.last else { return words[.noData] }
        let count = total ?? bars.count
        if count == 1 { return words.phrase(.rankingOnly, ["year": String(year), "name": first.name, "text": first.text]) }
        return words.phrase(
            .rankingFirstLast,
            [
                "year": String(year), "count": String(count), "first": first.name, "firstText": first.text, "last": last.name,
                "lastText": last.text,
            ])
    }
}
