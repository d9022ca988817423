import Foundation
import AlmanacData

/// The aggregated data as downloads: `data/observations.csv` and `.json` (every figure shown on the
/// site, reported or rolled up, with a column saying which, and its source) and one CSV per indicator.
enum DataExports {
    static let columns = ["region", "region_name", "year", "indicator", "indicator_name", "value", "unit", "origin", "source", "note"]

    static func files(_ dataset: Dataset) -> [OutputFile] {
        let rows = dataset.allFigures().map(row)
        var files = [
            OutputFile(path: "data/observations.csv", text: csv(rows)),
            OutputFile(path: "data/observations.json", text: json(rows)),
        ]
        for indicator in dataset.indicators {
            files.append(OutputFile(path: "data/indicators/\(indicator.id).csv", text: csv(rows.filter { $0[3] == indicator.id })))
        }
        return files
    }

    private static func row(_ item: (indicator: Indicator, region: Region, year: Int, figure: Figure)) -> [String] {
        let origin: String
        switch item.figure.origin {
        case .reported: origin = "reported"
        case .rolledUp(_, _, let partial): origin = partial ? "partial" : "rolled-up"
        }
        return [
            item.region.id, item.region.name, String(item.year), item.indicator.id, item.indicator.name,
            NumberFormat.plain(item.figure.value), item.indicator.unit, origin, item.figure.source ?? "", item.figure.note ?? "",
        ]
    }

    static func csv(_ rows: [[String]]) -> String {
        var out = columns.joined(separator: ",") + "\r\n"
        for row in rows { out += row.map(csvField).joined(separator: ",") + "\r\n" }
        return out
    }

    /// Quotes by Unicode scalar: a quote that a combining mark follows is one `Character` that
    /// is not `"`, but it is still a quote to a CSV reader.
    static func csvField(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var quoted = "\""
        for scalar in scalars {
            quoted.unicodeScalars.append(scalar)
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    static func json(_ rows: [[String]]) -> String {
        var out = "[\n"
        for (index, row) in rows.enumerated() {
            let fields = zip(columns, row).map { column, value -> String in
                let encoded: String
                switch column {
                case "year", "value": encoded = value
                case "source" where value.isEmpty, "note" where value.isEmpty: encoded = "null"
                default: encoded = jsonString(value)
                }
                return "\"\(column)\":\(encoded)"
            }
            out += "  {" + fields.joined(separator: ",") + "}" + (index + 1 < rows.count ? ",\n" : "\n")
        }
        return out + "]\n"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // safe to inline in HTML too
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
