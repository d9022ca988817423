import Foundation

/// One `String` per distinct byte sequence: a million observation rows repeat a few thousand
/// region ids, a few dozen indicator ids and a handful of sources, so looking the bytes up is
/// cheaper than decoding them again, and every repeat shares one string's storage. Each distinct
/// string carries a value computed once (e.g. whether the id is in the catalogue).
///
/// Consecutive rows mostly repeat the cell above (the same region, indicator or source), so the
/// last entry found is compared first, with `memcmp`; the rest are found by an FNV-1a hash of the
/// bytes, rather than hashing and comparing through `String.UTF8View` for every cell, which led
/// the profile of reading a large data file (`make bench`, `almanac-bench` measures it).
struct StringInterner<Value> {
    private struct Entry {
        var bytes: [UInt8]
        var string: String
        var value: Value
    }

    private var entries: [Entry] = []
    /// Positions in `entries` by hash.
    private var table: [UInt64: [Int]] = [:]
    private var last: Int?
    private let make: (String) -> Value

    init(_ make: @escaping (String) -> Value) {
        self.make = make
    }

    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (string: String, value: Value) {
        let entry = entries[position(bytes)]
        return (entry.string, entry.value)
    }

    /// The value alone: a row's region or indicator needs only its resolved id, and copying the
    /// text beside it cost a reference count per cell.
    mutating func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value { entries[position(bytes)].value }

    /// Where the entry of `bytes` is, made on first sight.
    private mutating func position(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let last, matches(entries[last].bytes, bytes) { return last }
        // FNV-1a: a few instructions a byte, and ids are short.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        if let bucket = table[hash] {
            for position in bucket where matches(entries[position].bytes, bytes) {
                last = position
                return position
            }
        }
        let string = String(decoding: bytes, as: UTF8.self)
        table[hash, default: []].append(entries.count)
        last = entries.count
        entries.append(Entry(bytes: Array(bytes), string: string, value: make(string)))
        return entries.count - 1
    }

    private func matches(_ known: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.count == bytes.count else { return false }
        guard let base = bytes.baseAddress, !known.isEmpty else { return true }
        return known.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, bytes.count) == 0 }
    }
}
