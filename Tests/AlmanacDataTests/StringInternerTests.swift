import Testing

@testable import AlmanacData

/// The interner gives back the string of exactly the bytes asked for, and computes each distinct
/// string's value once, whether it is found as the last one, by hash, or is new.
@Suite struct StringInternerTests {
    @Test func sameBytesSameStringAndOneValueEach() {
        var made: [String] = []
        var interner = StringInterner<Int> { made.append($0); return $0.utf8.count }
        let cells = ["k0", "k0", "k1", "k0", "", "临安区", "", "k1", "临安区", "k01", "k0", "k1"]
        for cell in cells {
            let found = Array(cell.utf8).withUnsafeBufferPointer { interner.intern($0) }
            #expect(found.string == cell)
            #expect(found.value == cell.utf8.count)
        }
        #expect(made == ["k0", "k1", "", "临安区", "k01"])
    }

    @Test func prefixesAndEqualLengthsAreTold() {
        var interner = StringInterner<Void> { _ in }
        for cell in ["ab", "a", "abc", "ba", "ab", "a"] {
            let found = Array(cell.utf8).withUnsafeBufferPointer { interner.intern($0) }
            #expect(found.string == cell)
        }
    }
}
