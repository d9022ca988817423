/// Strict number and year parsing for CSV cells: what a spreadsheet would show as a plain number.
/// Thousands separators, decimal commas, `inf`, `nan` and hexadecimal are refused rather than
/// guessed at, because a silently misread figure is worse than an error.
enum NumberParsing {
    /// Figures lie within ±10¹⁵ (a country's GDP in yuan is about 10¹⁴): beyond that, sums of
    /// many regions and ratios overflow to infinity, which no table or chart can show.
    static let largest = 1e15

    /// The error for a figure outside ±``largest``, or nil.
    static func rangeProblem(_ value: Double, _ text: String, _ what: String) -> String? {
        abs(value) < largest ? nil : "\(what) \"\(text)\" is out of range: figures must lie within ±10^15"
    }

    static func value(_ text: String) -> Double? {
        guard !text.isEmpty,
            text.utf8.allSatisfy({ byte in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
                    || byte == UInt8(ascii: "E")
            }),
            text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    static func year(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let year = Int(text), (1...9999).contains(year)
        else { return nil }
        return year
    }
}
