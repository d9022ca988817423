/// Where a fact came from in the site's files, so that any later complaint about it can point there.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// Path relative to the site folder, e.g. `Content/data/2024.csv`.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column: for CSV files the field number, for text the character.
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
