/// One record of a CSV file and the line it starts on, so that every later error can point at it.
public struct CSVRecord: Sendable, Equatable {
    /// 1-based line of the record's first byte (a quoted field may continue on later lines).
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
