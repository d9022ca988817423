import AlmanacData
import AlmanacMarkdown

/// A data file's sidecar, `data/NAME.yml`: how to read `data/NAME.csv` or `data/NAME.xlsx`
/// (or a loader's output). Every key is checked where it is written: an unknown key, a value of
/// the wrong type and an unknown encoding are errors at `data/NAME.yml:line:col`. Public for the
/// fuzz harness (Fuzz/Sources/FuzzSidecar), which reads sidecars as the build does.
public enum Sidecar {
    static let keys = ["sheet", "header_row", "columns", "encoding", "source", "ignore"]

    /// The options `text` gives; problems go to `diagnostics`, and the options keep what could be read.
    public static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> DataFileOptions {
        var options = DataFileOptions()
        options.sidecar = file
        let mapping: YAMLMapping
        do {
            let value = try YAMLValue.parse(text)
            guard let parsed = value.mapping else {
                diagnostics.append(.error(file, "a sidecar is a mapping of keys (\(keys.joined(separator: ", "))) to values"))
                return options
            }
            mapping = parsed
        } catch {
            diagnostics.append(.error(file, line: error.line, column: error.column, error.message))
            return options
        }
        for entry in mapping.entries {
            let location = SourceLocation(file: file, line: entry.line, column: entry.column)
            options.locations[entry.key] = location
            func fail(_ message: String) { diagnostics.append(.error(file, line: entry.line, column: entry.column, message)) }
            switch entry.key {
            case "sheet":
                if let names = scalars(entry.value), !names.isEmpty {
                    options.sheets = names
                } else {
                    fail("sheet must be a sheet's name or a list of names")
                }
            case "header_row":
                if let row = entry.value.int, row >= 1 {
                    options.headerRow = row
                } else {
                    fail("header_row must be a whole number from 1 (the row that holds the column names)")
                }
            case "columns":
                guard let columns = entry.value.mapping else {
                    fail("columns must map the file's column names to region, year, indicator, value, source, note or an indicator")
                    continue
                }
                for column in columns.entries {
                    guard let target = column.value.string, !target.isEmpty else {
                        diagnostics.append(
                            .error(
                                file, line: column.line, column: column.column,
                                "columns: \"\(column.key)\" must map to one name: region, year, indicator, value, source, note or an indicator"))
                        continue
                    }
                    options.columns.append(
                        DataFileOptions.Column(
                            header: column.key, target: target, location: SourceLocation(file: file, line: column.line, column: column.column)))
                }
            case "encoding":
                if let name = entry.value.string, let encoding = TextEncoding(name: name) {
                    options.encoding = encoding
                } else {
                    fail("encoding \"\(entry.value.string ?? "")\" is not one of utf-8, gb18030, gbk")
                }
            case "source":
                if let source = entry.value.string, !source.isEmpty { options.source = source } else { fail("source must be text") }
            case "ignore":
                if let names = scalars(entry.value) {
                    options.ignore = names
                } else {
                    fail("ignore must be a column name or a list of names")
                }
            default:
                fail("unknown key \"\(entry.key)\" in a sidecar (it may have \(keys.joined(separator: ", ")))")
            }
        }
        for name in options.ignore where options.columns.contains(where: { $0.header == name }) {
            let at = options.locations["ignore"]!
            diagnostics.append(
                .error(file, line: at.line, column: at.column, "column \"\(name)\" is both mapped in columns: and left out by ignore:"))
        }
        return options
    }

    /// A lone scalar or a list of scalars, as strings.
    private static func scalars(_ value: YAMLValue) -> [String]? {
        guard let items = value.list else { return nil }
        let strings = items.compactMap(\.string)
        return strings.count == items.count ? strings : nil
    }
}
