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

    private var zh: Bool { words.language == .zhCN }

    /// Lines or columns over `years`.
    func series(_ series: [Series], years: [Int]) -> String {
        let withData = series.filter { !$0.points.isEmpty }
        guard !withData.isEmpty else { return words["noData"] }
        var parts = withData.prefix(Self.describedSeries).map { self.trend($0, years: years) }.joined(separator: zh ? "；" : "; ")
        if withData.count > Self.describedSeries {
            let more = withData.count - Self.describedSeries
            parts += zh ? "；另有\(more)个数据系列" : "; and \(more) more series"
        }
        // The period, where several series share it (one series says its own years).
        if withData.count > 1, let first = years.first, let last = years.last, first != last {
            parts = words.years(first, last) + (zh ? "，" : ": ") + parts
        }
        var sentences = [parts]
        // The extremes, unless they are just where a single series starts and ends.
        let all = withData.flatMap { item in item.points.map { (name: item.name, point: $0) } }
        let ends = withData.count == 1 ? Set([withData[0].points.first!.value, withData[0].points.last!.value]) : []
        if all.count > 2,
            let high = all.max(by: { $0.point.value < $1.point.value }),
            let low = all.min(by: { $0.point.value < $1.point.value }), high.point.value != low.point.value,
            ends != [high.point.value, low.point.value]
        {
            sentences.append(
                zh
                    ? "最高为\(high.name)\(high.point.year)年的\(high.point.text)，最低为\(low.name)\(low.point.year)年的\(low.point.text)"
                    : "Highest: \(high.name), \(high.point.text) in \(high.point.year); lowest: \(low.name), \(low.point.text) in \(low.point.year)")
        }
        return sentences.map { $0 + (zh ? "。" : ".") }.joined(separator: zh ? "" : " ")
    }

    /// One series: `临安区由693.1亿元（2016年）增至974.2亿元（2020年），增长40.6%；2017–2019年无数据`.
    private func trend(_ series: Series, years: [Int]) -> String {
        let first = series.points.first!
        let last = series.points.last!
        var text: String
        if series.points.count == 1 {
            text = zh ? "\(series.name)仅有\(first.year)年数据：\(first.text)" : "\(series.name): only \(first.year), \(first.text)"
        } else {
            let change = series.change
            if last.value == first.value {
                text = zh
                    ? "\(series.name)\(first.year)年和\(last.year)年均为\(last.text)"
                    : "\(series.name) was \(last.text) in both \(first.year) and \(last.year)"
            } else {
                let rose = last.value > first.value
                text = zh
                    ? "\(series.name)由\(first.year)年的\(first.text)\(rose ? "增至" : "降至")\(last.year)年的\(last.text)"
                        + (change.map { "（\($0)）" } ?? "")
                    : "\(series.name) \(rose ? "rose" : "fell") from \(first.text) in \(first.year) to \(last.text) in \(last.year)"
                        + (change.map { " (\($0))" } ?? "")
            }
        }
        let reported = Set(series.points.map(\.year))
        let missing = years.filter { $0 > first.year && $0 < last.year && !reported.contains($0) }
        if !missing.isEmpty {
            text += zh ? "，\(spans(missing))年无数据" : ", no figures for \(spans(missing))"
        }
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
        return runs.map { $0.0 == $0.1 ? String($0.0) : "\($0.0)–\($0.1)" }.joined(separator: zh ? "、" : ", ")
    }

    /// Bars of several indicators for one region, largest first: (name, value text).
    func composition(year: Int, _ bars: [(name: String, text: String)]) -> String {
        guard !bars.isEmpty else { return words["noData"] }
        let items = bars.map { zh ? "\($0.name)\($0.text)" : "\($0.name) \($0.text)" }
        return zh ? "\(year)年：" + items.joined(separator: "，") + "。" : "In \(year): " + items.joined(separator: ", ") + "."
    }

    /// Bars in ranking order: (name, value text).
    /// `total` is how many regions the ranking has, of which `bars` (first and last) are drawn.
    func ranking(year: Int, _ bars: [(name: String, text: String)], total: Int? = nil) -> String {
        guard let first = bars.first, let last = bars.last else { return words["noData"] }
        let count = total ?? bars.count
        if count == 1 {
            return zh ? "\(year)年仅\(first.name)有数据：\(first.text)。" : "In \(year) only \(first.name) has a figure: \(first.text)."
        }
        return zh
            ? "\(year)年共\(count)个地区有数据，排名第一的是\(first.name)（\(first.text)），最后是\(last.name)（\(last.text)）。"
            : "In \(year), \(count) regions have a figure; first is \(first.name) (\(first.text)), last \(last.name) (\(last.text))."
    }
}
