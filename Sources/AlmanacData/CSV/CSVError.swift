/// What can make a CSV file unreadable as a whole. Positions are 1-based lines and field numbers.
public enum CSVError: Error, Sendable, Equatable {
    /// The bytes are not UTF-8; `looksLikeGB18030` when they do decode as GB18030/GBK, the default
    /// "CSV" export of Excel on Chinese Windows.
    case notUTF8(line: Int, column: Int, looksLikeGB18030: Bool)
    /// A quoted field that never closes.
    case unterminatedQuote(line: Int, column: Int)
    /// `"abc"def`: RFC 4180 allows only a separator or a line end after a closing quote.
    case textAfterClosingQuote(line: Int, column: Int)

    public var line: Int {
        switch self {
        case .notUTF8(let line, _, _), .unterminatedQuote(let line, _), .textAfterClosingQuote(let line, _):
            return line
        }
    }

    public var column: Int {
        switch self {
        case .notUTF8(_, let column, _), .unterminatedQuote(_, let column),
            .textAfterClosingQuote(_, let column):
            return column
        }
    }

    public var message: String {
        switch self {
        case .notUTF8(_, _, let gb):
            let base = "file is not UTF-8"
            return gb
                ? base + "; it looks like GB18030/GBK (Excel's \"CSV\" on Chinese Windows): "
                    + "save it as \"CSV UTF-8\" or convert it with `iconv -f GB18030 -t UTF-8`"
                : base + "; save it as UTF-8"
        case .unterminatedQuote:
            return "quoted field is never closed"
        case .textAfterClosingQuote:
            return "unexpected text after a closing quote (write a quote inside a quoted field as \"\")"
        }
    }
}
