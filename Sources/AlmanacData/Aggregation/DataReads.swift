import Synchronization

/// Which indicators a piece of work read figures of, recorded by the ``Dataset`` itself while the
/// work runs inside ``recording(_:)``: a site records what each page read, so that a later build
/// can tell that a page is the same without rendering it — none of the indicators it read has
/// changed (``Dataset/contentBytes(ofIndicatorAt:)``). Recorded where the dataset looks an
/// indicator up, so that no way of reading a figure escapes the record; what is not a figure of
/// one indicator (the catalogue, the region tree, which years and regions have figures at all:
/// ``Dataset/shapeBytes()``) is not recorded, and a site takes it as read by every page.
///
/// Bound to the thread that does the work (a task-local value): work it hands to other threads
/// is not recorded.
public final class DataReads: Sendable {
    /// One bit per indicator, by catalogue position.
    private let bits = Mutex<[UInt64]>([])

    public init() {}

    /// The reads of the work running on this thread, if it is being recorded.
    @TaskLocal static var current: DataReads?

    /// Runs `body`, recording the indicators it reads into this record.
    public func recording<Result>(_ body: () throws -> Result) rethrows -> Result {
        try Self.$current.withValue(self, operation: body)
    }

    func note(_ indicator: Int) {
        bits.withLock { bits in
            let word = indicator >> 6
            if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
            bits[word] |= 1 << UInt64(indicator & 63)
        }
    }

    /// Every indicator of the catalogue, as when the work read all the figures.
    func noteAll(_ count: Int) {
        for indicator in 0..<count { note(indicator) }
    }

    /// The catalogue positions of the indicators read, ascending.
    public var indicators: [Int] {
        bits.withLock { bits in
            bits.indices.flatMap { word in (0..<64).filter { bits[word] & (1 << UInt64($0)) != 0 }.map { word << 6 + $0 } }
        }
    }
}

extension Dataset {
    /// `indicator`'s catalogue position, noted as read by the work being recorded.
    @inline(__always) func reading(_ indicator: Int) -> Int {
        DataReads.current?.note(indicator)
        return indicator
    }

    /// The catalogue position of the indicator `id`, noted as read.
    func position(of id: String) -> Int? { indicatorIndex[id].map(reading) }
}
