/// libFuzzer entry point for `CSVReader.read`: any bytes either read or throw a `CSVError`, and
/// what was read survives a round trip (every field written back quoted reads the same).
import AlmanacData
import LibFuzzerDriver

func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let records = try? CSVReader.read(bytes) else { return 0 }
    var previousLine = 0
    for record in records {
        precondition(record.line > previousLine, "record lines must increase")
        precondition(!record.fields.isEmpty, "a record has at least one field")
        previousLine = record.line
    }
    var written: [UInt8] = []
    for record in records {
        for (index, field) in record.fields.enumerated() {
            if index > 0 { written.append(UInt8(ascii: ",")) }
            written.append(UInt8(ascii: "\""))
            for byte in field.utf8 {
                written.append(byte)
                if byte == UInt8(ascii: "\"") { written.append(byte) }
            }
            written.append(UInt8(ascii: "\""))
        }
        written.append(UInt8(ascii: "\n"))
    }
    let again = try? CSVReader.read(written)
    precondition(again?.map(\.fields) == records.map(\.fields), "round trip changed the records")
    return 0
}

@main enum Main {
    static func main() { almanac_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { fuzzCSV($0, $1) } }
}
