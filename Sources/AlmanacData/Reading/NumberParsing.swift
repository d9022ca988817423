import Foundation

/// Strict number and year parsing for CSV cells: what a spreadsheet would show as a plain number.
/// Thousands separators, decimal commas, `inf`, `nan` and hexadecimal are refused rather than
/// guessed at, because a silently misread figure is worse than an error. Works on bytes, since
/// the observations reader parses a million cells without making strings of them.
enum NumberParsing {
    /// Figures lie within ±10¹⁵ (a country's GDP in yuan is about 10¹⁴): beyond that, sums of
    /// many regions and ratios overflow to infinity, which no table or chart can show.
    static let largest = 1e15

    /// The error for a figure outside ±``largest``, or nil.
    /// `text` is made only for a figure out of range: not a decoded cell for every row read.
    static func rangeProblem(_ value: Double, _ text: @autoclosure () -> String, _ what: String) -> String? {
        abs(value) < largest ? nil : "\(what) \"\(text())\" is out of range: figures must lie within ±10^15"
    }

    static func value(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { value($0) }
    }

    static func year(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { year($0) }
    }

    /// `693.1`, `-4`, `1e3`: digits with an optional sign, point and exponent.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count < 64 else { return nil }
        var digits = 0
        for byte in bytes {
            switch byte {
            case zero...nine: digits += 1
            case point, minus, plus, lowerE, upperE: break
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        if let exact = fastDecimal(bytes) { return exact }
        // Anything else that looks numeric (exponents, long mantissas) goes to strtod, which
        // rounds correctly; it must consume every byte.
        var buffer = [CChar](repeating: 0, count: bytes.count + 1)
        for (offset, byte) in bytes.enumerated() { buffer[offset] = CChar(bitPattern: byte) }
        return buffer.withUnsafeBufferPointer { text -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(text.baseAddress!, &end)
            guard let end, end - UnsafeMutablePointer(mutating: text.baseAddress!) == bytes.count, value.isFinite else {
                return nil
            }
            return value
        }
    }

    static func year(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 4 else { return nil }
        var year = 0
        for byte in bytes {
            guard (zero...nine).contains(byte) else { return nil }
            year = year * 10 + Int(byte - zero)
        }
        return year >= 1 ? year : nil
    }

    /// `[-+]digits[.digits]` with at most 15 significant digits: the integer mantissa and the power
    /// of ten are both exact doubles, so one division gives the correctly rounded value
    /// (Clinger's fast path) without strtod.
    private static func fastDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if bytes[0] == minus || bytes[0] == plus {
            negative = bytes[0] == minus
            index = 1
        }
        var mantissa: Int64 = 0
        var significant = 0
        var fraction = 0
        var seenPoint = false
        var seenDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == point {
                if seenPoint { return nil }
                seenPoint = true
            } else if (zero...nine).contains(byte) {
                seenDigit = true
                if mantissa != 0 || byte != zero { significant += 1 }
                guard significant <= 15 else { return nil }
                mantissa = mantissa * 10 + Int64(byte - zero)
                if seenPoint { fraction += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard seenDigit, fraction <= 22 else { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}

private let zero = UInt8(ascii: "0")
private let nine = UInt8(ascii: "9")
private let point = UInt8(ascii: ".")
private let minus = UInt8(ascii: "-")
private let plus = UInt8(ascii: "+")
private let lowerE = UInt8(ascii: "e")
private let upperE = UInt8(ascii: "E")
