/// Tells whether bytes that are not UTF-8 are well-formed GB18030 (which includes GBK and GB2312),
/// the encoding of Excel's plain "CSV" export on Chinese Windows, so the error can name the fix.
enum GB18030Detection {
    static func isPlausible(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var multiByte = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard (0x81...0xFE).contains(lead), index + 1 < count else { return false }
            let second = bytes[index + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                index += 2
            } else if (0x30...0x39).contains(second), index + 3 < count,
                (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
            {
                index += 4
            } else {
                return false
            }
            multiByte += 1
        }
        return multiByte > 0
    }
}
