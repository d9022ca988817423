/// Figures as an indicator says to write them: its number style (`format`: every digit, or
/// compact in the language's large units), its unit before or after the number
/// (`unit_position`), and changes of rates in percentage points.
extension NumberFormat {
    /// A figure of `indicator` in `language`: `1,318,683,096人` or `13.2亿人` / `1.32 bn`,
    /// `974.2亿元`, `US$ 9,296`.
    public static func value(_ value: Double, of indicator: Indicator, language: Language) -> String {
        attach(number(value, of: indicator, language: language), unit: indicator.unit, position: indicator.unitPosition)
    }

    /// A signed change of `indicator`, in its style and unit: `+281.1亿元`, `+US$ 120`, `-1.20亿`.
    public static func signedValue(_ delta: Double, of indicator: Indicator, language: Language) -> String {
        let number = number(delta, of: indicator, language: language)
        let text = attach(number, unit: indicator.unit, position: indicator.unitPosition)
        if !hasNonzero(number) { return text.replacingOccurrences(of: "-", with: "") }
        return delta > 0 ? "+" + text : text
    }

    /// A change in percentage points, signed: `+0.9个百分点` / `+0.9 pp`; `0.0 pp` for none.
    public static func points(_ delta: Double, decimals: Int, language: Language) -> String {
        var text = decimal(delta, decimals: decimals)
        if !hasNonzero(text) {
            text = text.replacingOccurrences(of: "-", with: "")
        } else if delta > 0 {
            text = "+" + text
        }
        return language == .zhCN ? text + "个百分点" : text + " pp"
    }

    /// The number alone, in the indicator's style.
    public static func number(_ value: Double, of indicator: Indicator, language: Language) -> String {
        switch indicator.format {
        case .plain: decimal(value, decimals: indicator.decimals)
        case .compact: compactFigure(value, decimals: indicator.decimals, language: language)
        }
    }

    /// A figure in the language's large units with at least 3 significant digits and never fewer
    /// integer digits than it has in that unit: zh `13.2亿`, `6,251万`, `1.00亿`; en `1.32 bn`,
    /// `62.5 M`. Below the first unit (zh 万, en million) it is written out with `decimals`.
    public static func compactFigure(_ value: Double, decimals: Int, language: Language) -> String {
        let units = figureUnits(language)
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        guard magnitude.isFinite, let start = units.firstIndex(where: { magnitude >= $0.size }) else {
            return decimal(value, decimals: decimals)
        }
        var index = start
        var scaled = magnitude / units[index].size
        while true {
            var places = max(0, 3 - integerDigits(scaled))
            var rounded = roundedTo(scaled, places)
            // 9.996 → 10.00: one more integer digit, one decimal fewer.
            if places > 0, integerDigits(rounded) > integerDigits(scaled) {
                places -= 1
                rounded = roundedTo(scaled, places)
            }
            // 9,999.6万 → 10,000万 is 1.00亿.
            if index > 0, rounded * units[index].size >= units[index - 1].size {
                scaled = rounded * units[index].size / units[index - 1].size
                index -= 1
                continue
            }
            return sign + decimal(rounded, decimals: places) + units[index].suffix
        }
    }

    /// The units of the compact figure style, largest first.
    static func figureUnits(_ language: Language) -> [(size: Double, suffix: String)] {
        switch language {
        case .zhCN: [(1e12, "万亿"), (1e8, "亿"), (1e4, "万")]
        case .en: [(1e12, " tn"), (1e9, " bn"), (1e6, " M")]
        }
    }

    private static func integerDigits(_ value: Double) -> Int {
        var digits = 1
        var bound = 10.0
        while value >= bound, digits < 20 {
            digits += 1
            bound *= 10
        }
        return digits
    }

    private static func roundedTo(_ value: Double, _ places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// `number` with `unit` after it (``attach(_:unit:)``) or before it: a word unit spaced
    /// (`US$ 9,296`), a symbol close (`¥974`, `$9,296`), by the same rule as after. A sign stays
    /// in front: `-¥5`.
    public static func attach(_ number: String, unit: String, position: Indicator.UnitPosition) -> String {
        guard position == .before, !unit.isEmpty else { return attach(number, unit: unit) }
        var digits = Substring(number)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            sign = String(first)
            digits = digits.dropFirst()
        }
        return sign + unit + (isWordUnit(unit) ? " " : "") + digits
    }

    /// A unit that starts with an ASCII letter or digit is a word (`km`, `US$`) and is spaced
    /// from the number; any other (`%`, `亿元`, `¥`) sits close.
    static func isWordUnit(_ unit: String) -> Bool {
        guard let first = unit.utf8.first else { return false }
        return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first & 0xDF)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    }

    private static func hasNonzero(_ text: String) -> Bool {
        text.utf8.contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
    }
}
