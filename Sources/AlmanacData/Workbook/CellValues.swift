import Foundation

/// How a workbook's stored cell values become the text Almanac reads: cell references, which
/// number formats are dates, date serial numbers as ISO dates, and numbers as short decimals.
enum CellValues {
    /// `B12` → column 2, row 12; nil for anything else. Columns run from `A` (1) to `XFD` (16,384).
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int)? {
        var index = 0
        var column = 0
        while index < bytes.count, let letter = letterValue(bytes[index]) {
            column = column * 26 + letter
            index += 1
            guard column <= 16_384 else { return nil }
        }
        var row = 0
        let digitsStart = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            row = row * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
            guard row <= 1_048_576 else { return nil }
        }
        guard column > 0, index == bytes.count else { return nil }
        return (column, index > digitsStart ? row : 0)
    }

    /// `A`, `B`, …, `Z`, `AA`: the letters of a 1-based column number.
    static func columnName(_ column: Int) -> String {
        var result: [Character] = []
        var rest = column
        while rest > 0 {
            let remainder = (rest - 1) % 26
            result.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(result)
    }

    private static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 1
        default: return nil
        }
    }

    /// Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, and the
    /// East Asian locales' 27–36 and 50–58 (`yyyy"年"m"月"d"日"` and the like).
    static func isDateFormat(id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// Whether a custom format code shows a date or time: it has a `y`, `m`, `d`, `h` or `s`
    /// outside quoted text, `[…]` (colours, locales, elapsed time aside) and escaped characters.
    static func isDateFormat(code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var skipNext = false
        // Only the first section (positive numbers) decides, as it does for Excel's own checks.
        for character in code {
            if skipNext {
                skipNext = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": skipNext = true
            case ";": return false
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": return true
            case "e", "E":
                // `yyyy` in Excel; `e` alone is the era year in East Asian formats, but `E+` is an exponent.
                continue
            default: continue
            }
        }
        return false
    }

    /// The date of a serial number as `YYYY-MM-DD` (the time of day dropped); nil when it is
    /// not a date Excel would show. In the 1900 system serial 1 is 1900-01-01 and 60 is the
    /// 29 February 1900 that Lotus 1-2-3 believed in; in the 1904 system 0 is 1904-01-01.
    static func isoDate(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down))
        if !date1904, days == 60 { return "1900-02-29" }
        // Days from 1970-01-01.
        let epoch: Int
        if date1904 {
            epoch = days - 24_107  // 1904-01-01
        } else {
            guard days >= 1 else { return nil }
            epoch = days - (days > 60 ? 25_569 : 25_568)  // 1899-12-30, or -31 before the false leap day
        }
        let (year, month, day) = civil(fromDays: epoch)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Year, month and day of a count of days from 1970-01-01 (proleptic Gregorian; H. Hinnant's
    /// algorithm).
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPart = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPart + 2) / 5 + 1
        let month = monthPart < 10 ? monthPart + 3 : monthPart - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A stored number as the shortest decimal that reads back as the same double: Excel stores
    /// 974.2 as `974.20000000000005`, which a note or a source would otherwise show. Short
    /// texts are kept as they are (they already are that decimal, or parse to the same double).
    static func shortNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count > 15 || bytes.contains(UInt8(ascii: "E")) || bytes.contains(UInt8(ascii: "e")) else { return nil }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
