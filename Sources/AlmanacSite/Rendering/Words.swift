import AlmanacData

/// The theme's words in the site's language. Templates read them as `{{t.key}}`; Swift code
/// uses the typed helpers for phrases with numbers in them.
struct Words: Sendable {
    let language: Language
    let table: [String: String]
    /// `来源：` / `Source: ` and `备注：` / `Note: `, made once: a county-level report has a
    /// tooltip with them on every reported figure.
    let sourcePrefix: String, notePrefix: String

    init(_ language: Language) {
        self.language = language
        let table = language == .zhCN ? Self.chinese : Self.english
        self.table = table
        sourcePrefix = (table["source"] ?? "source") + Self.colon(language)
        notePrefix = (table["note"] ?? "note") + Self.colon(language)
    }

    subscript(key: String) -> String { table[key] ?? key }

    /// What a template's `{{t.key}}` shows: nothing for a key the table lacks (the Swift twins
    /// of the built-in templates write what the templates would).
    func t(_ key: String) -> String { table[key] ?? "" }

    func year(_ year: Int) -> String { language == .zhCN ? "\(year)年" : String(year) }

    func years(_ first: Int, _ last: Int) -> String {
        language == .zhCN ? "\(first)–\(last)年" : "\(first)–\(last)"
    }

    func rank(_ rank: Rank) -> String {
        language == .zhCN ? "第\(rank.position)位（共\(rank.of)个）" : "\(Self.ordinal(rank.position)) of \(rank.of)"
    }

    func partial(_ contributors: Int, _ children: Int) -> String {
        switch (language, contributors == children) {
        case (.zhCN, false): return "部分汇总：所列\(children)个下级地区中\(contributors)个有数据"
        case (.zhCN, true): return "部分汇总：仅含本报告所列的下级地区"
        case (.en, false): return "Partial roll-up: \(contributors) of \(children) listed sub-regions reported"
        case (.en, true): return "Partial roll-up: only the sub-regions listed in this report"
        }
    }

    func rolledUp(_ how: Indicator.Aggregation) -> String {
        switch (language, how) {
        case (.zhCN, .mean): return "由下级地区平均得出"
        case (.zhCN, _): return "由下级地区汇总得出"
        case (.en, .mean): return "Mean of the sub-regions"
        case (.en, _): return "Sum of the sub-regions"
        }
    }

    /// A level of the region tree that regions.csv gives no name (0 = the roots).
    func depth(_ depth: Int) -> String {
        language == .zhCN ? "第\(depth + 1)级地区" : "Level \(depth + 1) regions"
    }

    /// The note under a table that shows only the latest years.
    /// The row that stands for the places a long ranking leaves out.
    func omitted(_ count: Int) -> String {
        language == .zhCN ? "（另有\(count)个地区未列出，完整数据见指标页）" : "(\(count) more regions; all figures are on the indicator's page)"
    }

    /// A long ranking's chart title ends with which places it shows.
    func headAndTail(_ head: Int, _ tail: Int) -> String {
        language == .zhCN ? "前\(head)位和后\(tail)位" : "first \(head) and last \(tail)"
    }

    func latestYears(_ count: Int) -> String {
        language == .zhCN
            ? "表中列出最近\(count)年（及各行有数据的最近一年）；全部年份见图表数据和数据下载。"
            : "The latest \(count) years (and each row's latest year with a figure) are listed; every year is in the chart data and the downloads."
    }

    /// The label of a change on an earlier year than the previous one: `较2016年`, `Since 2016`.
    func since(_ year: Int) -> String { language == .zhCN ? "较\(year)年" : "Since \(year)" }

    /// The unit of a change in a rate.

    /// Separates list items in running text.
    var listSeparator: String { language == .zhCN ? "；" : "; " }
    var colon: String { Self.colon(language) }
    private static func colon(_ language: Language) -> String { language == .zhCN ? "：" : ": " }
    var comma: String { language == .zhCN ? "，" : ", " }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static let chinese: [String: String] = [
        "home": "首页", "regions": "地区", "indicators": "指标", "years": "年度", "pages": "文章",
        "data": "数据", "region": "地区", "indicator": "指标", "year": "年份", "latest": "最新",
        "change": "较上年", "cagr": "年均增长", "rank": "排名", "share": "占上级比重", "attainment": "目标完成率", "target": "目标", "source": "来源",
        "note": "说明", "partialMark": "部分汇总", "unit": "单位", "category": "类别", "aggregate": "汇总方式",
        "direction": "方向", "up": "越高越好", "down": "越低越好", "sum": "求和", "mean": "平均",
        "none": "不汇总", "contents": "目录", "tags": "标签", "date": "日期",
        "notFoundTitle": "页面不存在", "notFoundText": "找不到您要访问的页面。", "backHome": "返回首页",
        "childrenCompared": "下级地区比较", "relatedPages": "相关文章", "noData": "暂无数据", "value": "数值",
        "trend": "趋势", "ranking": "排名", "chartData": "图表数据", "skip": "跳到正文",
        "allRegions": "全部地区", "allIndicators": "全部指标", "allYears": "全部年度", "allPages": "全部文章",
        "downloads": "数据下载", "downloadCSV": "下载 CSV", "downloadJSON": "下载 JSON",
        "definition": "指标定义", "generatedBy": "由 Almanac 生成", "featured": "重点指标",
        "latestPages": "最新文章", "regionTree": "地区结构", "indicatorTable": "指标一览",
        "regionsByYear": "各地区历年数据", "annualReport": "年度报告", "period": "期间",
        "observationsCSV": "全部数据（CSV）", "observationsJSON": "全部数据（JSON）", "indicatorCSV": "本指标数据（CSV）",
        "dataNote": "标有 * 的数值为部分汇总：只有部分下级地区有数据。",
        "reported": "报告值", "rolledUp": "汇总值", "origin": "来源类型", "level": "层级", "years_": "年份",
        "previous": "上一年", "first": "起始", "last": "最新",
    ]

    static let english: [String: String] = [
        "home": "Home", "regions": "Regions", "indicators": "Indicators", "years": "Years", "pages": "Articles",
        "data": "Data", "region": "Region", "indicator": "Indicator", "year": "Year", "latest": "Latest",
        "change": "Change", "cagr": "CAGR", "rank": "Rank", "share": "Share of parent", "attainment": "Of target",
        "target": "Target", "source": "Source",
        "note": "Note", "partialMark": "partial", "unit": "Unit", "category": "Category", "aggregate": "Aggregation",
        "direction": "Direction", "up": "Higher is better", "down": "Lower is better", "sum": "Sum", "mean": "Mean",
        "none": "Not aggregated", "contents": "Contents", "tags": "Tags", "date": "Date",
        "notFoundTitle": "Page not found", "notFoundText": "The page you asked for does not exist.",
        "backHome": "Back to the home page", "childrenCompared": "Sub-regions compared",
        "relatedPages": "Related articles", "noData": "No data", "value": "Value", "trend": "Trend",
        "ranking": "Ranking", "chartData": "Data behind the chart", "skip": "Skip to content",
        "allRegions": "All regions", "allIndicators": "All indicators", "allYears": "All years",
        "allPages": "All articles", "downloads": "Downloads", "downloadCSV": "Download CSV",
        "downloadJSON": "Download JSON", "definition": "Definition", "generatedBy": "Generated by Almanac",
        "featured": "Featured indicators", "latestPages": "Latest articles", "regionTree": "Region tree",
        "indicatorTable": "Indicators", "regionsByYear": "Regions by year", "annualReport": "Annual report",
        "period": "Period", "observationsCSV": "All data (CSV)", "observationsJSON": "All data (JSON)",
        "indicatorCSV": "This indicator's data (CSV)",
        "dataNote": "Values marked * are partial roll-ups: only some sub-regions reported.",
        "reported": "reported", "rolledUp": "rolled up", "origin": "Origin", "level": "Level", "years_": "Years",
        "previous": "Previous year", "first": "First", "last": "Latest",
    ]
}
