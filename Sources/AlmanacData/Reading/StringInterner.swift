/// One `String` per distinct byte sequence: a million observation rows repeat a few thousand
/// region ids, a few dozen indicator ids and a handful of sources, so looking the bytes up is
/// cheaper than decoding them again, and every repeat shares one string's storage. Each distinct
/// string carries a value computed once (e.g. whether the id is in the catalogue).
struct StringInterner<Value> {
    private var table: [UInt64: [(string: String, value: Value)]] = [:]
    private let make: (String) -> Value

    init(_ make: @escaping (String) -> Value) {
        self.make = make
    }

    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (string: String, value: Value) {
        // FNV-1a: a few instructions a byte, and ids are short.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        if let bucket = table[hash] {
            for entry in bucket where entry.string.utf8.elementsEqual(bytes) { return entry }
        }
        let string = String(decoding: bytes, as: UTF8.self)
        let entry = (string, make(string))
        table[hash, default: []].append(entry)
        return entry
    }
}
