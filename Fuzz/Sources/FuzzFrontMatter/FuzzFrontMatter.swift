/// libFuzzer entry point for `FrontMatter.parse`: any text either splits or throws a `YAMLError`
/// with a position inside the file, and a file without front matter is all body.
import AlmanacMarkdown
import LibFuzzerDriver

func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).count
    do {
        let split = try FrontMatter.parse(text)
        precondition(split.bodyFirstLine >= 1 && split.bodyFirstLine <= lines + 1, "body line out of range")
        if split.bodyFirstLine == 1 {
            precondition(split.fields.entries.isEmpty, "fields without front matter")
        }
        for entry in split.fields.entries {
            precondition(entry.line >= 1 && entry.line <= lines, "key line out of range")
        }
    } catch {
        precondition(error.line >= 1 && error.line <= lines + 1, "error line out of range: \(error.line) of \(lines)")
        precondition(error.column >= 1, "error column out of range")
    }
    return 0
}

@main enum Main {
    static func main() { almanac_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { fuzzFrontMatter($0, $1) } }
}
