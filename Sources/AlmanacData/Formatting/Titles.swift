/// An indicator's name with its unit, as a chart or table title, never with brackets inside
/// brackets: `GDP per capita (US$)`, but `GDP per capita, US$ (PPP)`; zh `人均GDP（美元）`, but
/// `人均GDP，美元（PPP）`.
extension NumberFormat {
    public static func title(of indicator: Indicator, language: Language) -> String {
        title(name: indicator.name, unit: indicator.unit, language: language)
    }

    /// `name` and `unit` (either in any language): the unit in brackets, or after a comma where
    /// the unit has brackets itself or the name ends with one.
    public static func title(name: String, unit: String, language: Language) -> String {
        let unit = unit.trimmingSpaces, name = name.trimmingSpaces
        guard !unit.isEmpty else { return name }
        let brackets: Set<Character> = ["(", ")", "（", "）", "[", "]", "【", "】"]
        let nested = unit.contains { brackets.contains($0) } || name.last.map { brackets.contains($0) } == true
        switch (language, nested) {
        case (.zhCN, false): return name + "（" + unit + "）"
        case (.zhCN, true): return name + "，" + unit
        case (.en, false): return name + " (" + unit + ")"
        case (.en, true): return name + ", " + unit
        }
    }
}
