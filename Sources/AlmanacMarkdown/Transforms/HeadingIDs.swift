/// Stable, readable ids for headings, CJK included: `## 质量基础设施 一站式` → `质量基础设施-一站式`.
/// Letters and digits of any script are kept (lower-cased), spaces become `-`, punctuation goes;
/// a repeated id gets `-1`, `-2`… in document order, so links to a heading survive edits elsewhere.
public struct HeadingIDs: Sendable {
    private var used: [Slug: Int] = [:]

    /// A slug compared and hashed by its UTF-8 bytes, as HTML compares ids: `String`'s own
    /// hashing normalizes non-ASCII text first, work that Chinese headings would pay for on
    /// every look-up.
    private struct Slug: Hashable {
        var text: String

        static func == (lhs: Slug, rhs: Slug) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    public init() {}

    /// Works scalar by scalar (ASCII on a fast path): grapheme clusters would cost more and
    /// change nothing here, since combining marks are kept with their letters anyway. The slug
    /// is put together as UTF-8 bytes, cheaper than appending to a `String.UnicodeScalarView`.
    public static func slug(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func keep(_ scalar: Unicode.Scalar) {
            if pendingDash, !result.isEmpty { result.append(UInt8(ascii: "-")) }
            pendingDash = false
            result.append(contentsOf: UTF8.encode(scalar)!)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: keep(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x61...0x7A, 0x30...0x39, 0x5F: keep(scalar)
            case 0x20, 0x09, 0x0A, 0x0D, 0x2D: pendingDash = true
            case 0..<0x80: break
            case 0x4E00...0x9FFF: keep(scalar)  // CJK ideographs, letters all: most headings of a Chinese report
            default:
                let properties = scalar.properties
                switch properties.generalCategory {
                case .uppercaseLetter, .titlecaseLetter:
                    for lower in properties.lowercaseMapping.unicodeScalars { keep(lower) }
                case .lowercaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber,
                    .nonspacingMark, .spacingMark:
                    keep(scalar)
                case .spaceSeparator, .lineSeparator, .paragraphSeparator, .dashPunctuation:
                    pendingDash = true
                default:
                    break
                }
            }
        }
        return result.isEmpty ? "section" : String(decoding: result, as: UTF8.self)
    }

    /// A slug of `text` not handed out before by this instance.
    public mutating func unique(for text: String) -> String {
        let base = Self.slug(text)
        let key = Slug(text: base)
        guard let count = used[key] else {
            used[key] = 0
            return base
        }
        var next = count + 1
        while used[Slug(text: "\(base)-\(next)")] != nil { next += 1 }
        let id = "\(base)-\(next)"
        used[key] = next
        used[Slug(text: id)] = 0
        return id
    }
}
