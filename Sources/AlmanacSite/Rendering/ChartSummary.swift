import AlmanacData

/// The `<desc>` of a chart: a sentence or two in the site's language that says what the chart
/// shows (first and last figures of each line, the highest and lowest bar), for screen readers
/// and for anyone who cannot see the picture.
struct ChartSummary {
    let words: Words

    private var zh: Bool { words.language == .zhCN }

    /// One series per name: `points` are (year, value text, value) with a figure, in year order.
    func lines(_ series: [(name: String, points: [(year: Int, text: String, value: Double)])]) -> String {
        var parts: [String] = []
        for item in series.prefix(6) {
            guard let first = item.points.first, let last = item.points.last else { continue }
            if first.year == last.year {
                parts.append(zh ? "\(item.name)：\(first.year)年\(first.text)" : "\(item.name): \(first.text) in \(first.year)")
            } else {
                parts.append(
                    zh
                        ? "\(item.name)：\(first.year)年\(first.text)，\(last.year)年\(last.text)"
                        : "\(item.name): \(first.text) in \(first.year), \(last.text) in \(last.year)")
            }
        }
        if series.count > 6 { parts.append(zh ? "另有\(series.count - 6)条线" : "and \(series.count - 6) more lines") }
        let all = series.flatMap { item in item.points.map { (item.name, $0) } }
        if all.count > 1, let high = all.max(by: { $0.1.value < $1.1.value }), let low = all.min(by: { $0.1.value < $1.1.value }) {
            parts.append(
                zh
                    ? "最高为\(high.0)\(high.1.year)年的\(high.1.text)，最低为\(low.0)\(low.1.year)年的\(low.1.text)"
                    : "highest \(high.1.text) (\(high.0), \(high.1.year)), lowest \(low.1.text) (\(low.0), \(low.1.year))")
        }
        if parts.isEmpty { return words["noData"] }
        return parts.joined(separator: zh ? "；" : "; ") + (zh ? "。" : ".")
    }

    /// Bars of several indicators for one region, largest first: (name, value text).
    func composition(year: Int, _ bars: [(name: String, text: String)]) -> String {
        guard !bars.isEmpty else { return words["noData"] }
        let items = bars.map { zh ? "\($0.name)\($0.text)" : "\($0.name) \($0.text)" }
        return zh ? "\(year)年：" + items.joined(separator: "，") + "。" : "In \(year): " + items.joined(separator: ", ") + "."
    }

    /// Bars in ranking order: (name, value text).
    func ranking(year: Int, _ bars: [(name: String, text: String)]) -> String {
        guard let first = bars.first, let last = bars.last else { return words["noData"] }
        if bars.count == 1 {
            return zh ? "\(year)年仅\(first.name)有数据：\(first.text)。" : "In \(year) only \(first.name) has a figure: \(first.text)."
        }
        return zh
            ? "\(year)年共\(bars.count)个地区有数据，排名第一的是\(first.name)（\(first.text)），最后是\(last.name)（\(last.text)）。"
            : "In \(year), \(bars.count) regions have a figure; first is \(first.name) (\(first.text)), last \(last.name) (\(last.text))."
    }
}
