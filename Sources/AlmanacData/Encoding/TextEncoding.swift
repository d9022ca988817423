#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// The encodings a data file may declare in its sidecar (`encoding:`): UTF-8, which every
/// file is by default, and the Chinese national encodings Excel's plain "CSV" export writes on
/// Chinese Windows. GB18030 (which includes GBK and GB2312) is decoded by the C library's
/// `iconv`, whose tables follow the standard, four-byte sequences and characters outside GBK
/// included.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gb18030
    case gbk

    /// `utf-8`, `utf8`, `gb18030`, `gbk`, `gb2312`, `cp936`, in any case.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "gb18030": self = .gb18030
        // GB2312 and code page 936 are subsets of GBK as Windows writes it.
        case "gbk", "gb2312", "cp936": self = .gbk
        default: return nil
        }
    }

    /// The name `iconv_open` knows.
    var iconvName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .gb18030: return "GB18030"
        case .gbk: return "GBK"
        }
    }

    /// The bytes as UTF-8. Throws where they are not in this encoding, and for a file declared
    /// as GB18030 or GBK that is UTF-8 already (a file saved again, its sidecar not changed),
    /// which would otherwise be read as nonsense.
    public func utf8(_ bytes: [UInt8]) throws(DecodingError) -> [UInt8] {
        if self == .utf8 { return bytes }
        if bytes.contains(where: { $0 >= 0x80 }), UTF8Validation.firstInvalidOffset(in: bytes) == nil {
            throw DecodingError(offset: 0, position: (1, 1), reason: .alreadyUTF8(self))
        }
        guard let converter = Optional(iconv_open("UTF-8", iconvName)), Int(bitPattern: converter) != -1 else {
            throw DecodingError(offset: 0, position: (1, 1), reason: .unsupported(self))
        }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + 16)
        var written = 0
        var failure: (Int, Int32)?
        input.withUnsafeMutableBufferPointer { input in
            var inPointer = UnsafeMutableRawPointer(input.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
            var inLeft = input.count
            while inLeft > 0 {
                let result = output.withUnsafeMutableBufferPointer { output -> Int in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = output.count - written
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    written = output.count - outLeft
                    return result
                }
                guard result == -1 else { break }
                if errno == E2BIG {
                    output.append(contentsOf: repeatElement(0, count: max(64, output.count / 2)))
                    continue
                }
                failure = (input.count - inLeft, errno)
                break
            }
        }
        if let (offset, code) = failure {
            throw DecodingError(
                offset: offset, position: CSVReader.position(of: offset, in: bytes),
                reason: code == EINVAL ? .truncated(self) : .invalid(self))
        }
        output.removeSubrange(written...)
        // GB18030's own byte-order mark decodes to U+FEFF, which the CSV reader drops as UTF-8's.
        return output
    }
}

/// Bytes that are not in the declared encoding.
public struct DecodingError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case invalid(TextEncoding)
        /// The file ends inside a character.
        case truncated(TextEncoding)
        case alreadyUTF8(TextEncoding)
        /// The C library has no converter for the encoding.
        case unsupported(TextEncoding)
    }

    /// Byte offset of the first byte that does not decode.
    public var offset: Int
    /// 1-based line and field number of that byte.
    public var line: Int
    public var column: Int
    public var reason: Reason

    init(offset: Int, position: (line: Int, column: Int), reason: Reason) {
        self.offset = offset
        line = position.line
        column = position.column
        self.reason = reason
    }

    public var message: String {
        switch reason {
        case .invalid(let encoding):
            return "file is not \(encoding.iconvName) as its sidecar says (byte \(offset + 1) does not decode)"
        case .truncated(let encoding):
            return "file ends inside a \(encoding.iconvName) character"
        case .alreadyUTF8(let encoding):
            return "file is UTF-8, but its sidecar says encoding: \(encoding.rawValue); remove that line"
        case .unsupported(let encoding):
            return "this system's iconv cannot decode \(encoding.iconvName)"
        }
    }
}
