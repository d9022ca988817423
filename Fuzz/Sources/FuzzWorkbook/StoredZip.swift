/// A ZIP file of stored (uncompressed) entries, written in memory: the harness puts the fuzzed
/// XML parts into a workbook with it, so that libFuzzer's mutations reach the XML rather than
/// breaking the container's checksums and lengths.
enum StoredZip {
    /// The archive holding `entries` (path, contents) in that order.
    static func archive(_ entries: [(path: String, contents: [UInt8])]) -> [UInt8] {
        var file: [UInt8] = []
        var directory: [UInt8] = []
        for (path, contents) in entries {
            let name = Array(path.utf8)
            let offset = file.count
            let checksum = crc32(contents)
            // Local header: signature, version 2.0, no flags, stored, 1980-01-01 00:00.
            file.le32(0x0403_4b50)
            file.le16(20)
            file.le16(0)
            file.le16(0)
            file.le16(0)
            file.le16(0x21)
            file.le32(checksum)
            file.le32(UInt32(contents.count))
            file.le32(UInt32(contents.count))
            file.le16(UInt16(name.count))
            file.le16(0)
            file += name
            file += contents
            // Its central directory record.
            directory.le32(0x0201_4b50)
            directory.le16(20)
            directory.le16(20)
            directory.le16(0)
            directory.le16(0)
            directory.le16(0)
            directory.le16(0x21)
            directory.le32(checksum)
            directory.le32(UInt32(contents.count))
            directory.le32(UInt32(contents.count))
            directory.le16(UInt16(name.count))
            directory.le16(0)
            directory.le16(0)
            directory.le16(0)
            directory.le16(0)
            directory.le32(0)
            directory.le32(UInt32(offset))
            directory += name
        }
        let directoryOffset = file.count
        file += directory
        file.le32(0x0605_4b50)
        file.le16(0)
        file.le16(0)
        file.le16(UInt16(entries.count))
        file.le16(UInt16(entries.count))
        file.le32(UInt32(directory.count))
        file.le32(UInt32(directoryOffset))
        file.le16(0)
        return file
    }

    /// CRC-32 (IEEE, reflected), as ZIP checks each entry.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }
}

extension [UInt8] {
    fileprivate mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func le32(_ value: UInt32) {
        le16(UInt16(value & 0xFFFF))
        le16(UInt16(value >> 16))
    }
}
