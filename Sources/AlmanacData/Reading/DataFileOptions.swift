/// How to read one data file: what its sidecar (`data/NAME.yml`) says. The defaults read a file
/// as the README describes it (UTF-8, the header on the first row, Almanac's column names).
public struct DataFileOptions: Sendable, Equatable {
    /// A `columns:` entry: a header of the file and what it is to Almanac — `region`, `year`,
    /// `indicator`, `value`, `source`, `note`, or an indicator (id, name or alias).
    public struct Column: Sendable, Equatable {
        public var header: String
        public var target: String
        public var location: SourceLocation

        public init(header: String, target: String, location: SourceLocation) {
            self.header = header
            self.target = target
            self.location = location
        }
    }

    /// Workbooks: the sheets to read, by name; nil for every sheet that is not hidden.
    public var sheets: [String]?
    /// The 1-based row (a CSV file's line) that holds the column names; the rows above it are
    /// skipped. Nil: the first row that has a value.
    public var headerRow: Int?
    public var columns: [Column] = []
    /// Headers of columns to leave out.
    public var ignore: [String] = []
    /// CSV files only.
    public var encoding: TextEncoding = .utf8
    /// The source of every row whose own source is empty or that has no source column.
    public var source: String?
    /// Where the sidecar sets `sheet`, `header_row`, `encoding`…, for messages about them.
    public var locations: [String: SourceLocation] = [:]
    /// The sidecar that says how to read the file, or would (`Content/data/NAME.yml`), for
    /// messages that tell the user what to write in it; nil leaves those hints out.
    public var sidecar: String?

    public init() {}

    /// The sidecar's position of `key`, or its first line.
    func location(_ key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: sidecar ?? "", line: 1)
    }
}

/// What reading one data file gave besides its observations.
public struct ReadResult: Sendable {
    /// Data rows read (below the header; a wide row of three figures is one row).
    public var rows: Int
    public var issues: [DataIssue]
    /// Workbooks: the sheets read, in tab order.
    public var sheets: [String]

    public init(rows: Int = 0, issues: [DataIssue] = [], sheets: [String] = []) {
        self.rows = rows
        self.issues = issues
        self.sheets = sheets
    }
}
