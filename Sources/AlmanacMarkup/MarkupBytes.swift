/// HTML or SVG being written, as UTF-8 bytes, from literals, trusted markup and escaped text.
///
/// The pages of a county-level report are mostly charts and tables, and building them as
/// `String`s piece by piece pays on every append (each checks the string's uniqueness, capacity
/// and ASCII flag), makes a string of every coordinate, and copies every chart into its figure,
/// its page and then the page's bytes. Written here they go to the file as they are: turning the
/// bytes back into a `String` would cost a UTF-8 validation of the whole page.
public struct MarkupBytes: Sendable {
    @usableFromInline var storage: [UInt8]

    public init(capacity: Int = 0) {
        storage = []
        storage.reserveCapacity(capacity)
    }

    /// Markup made as a string.
    public init(_ markup: String) {
        storage = Array(markup.utf8)
    }

    public var bytes: [UInt8] { storage }
    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }

    /// The bytes as a string, for the places that still take one (templates a site overrides).
    public var string: String { String(decoding: storage, as: UTF8.self) }

    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) { storage.reserveCapacity(capacity) }

    /// Markup written in the source.
    @inlinable
    public mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { storage.append(contentsOf: $0) }
    }

    /// Markup made elsewhere (rendered Markdown, another part of the page): not escaped.
    @inlinable
    public mutating func append(_ markup: String) {
        // A native string's bytes are read where they are; `withUTF8` needs a mutable copy, which
        // retains and releases the string on every call.
        if markup.utf8.withContiguousStorageIfAvailable({ storage.append(contentsOf: $0) }) != nil { return }
        var markup = markup
        markup.withUTF8 { storage.append(contentsOf: $0) }
    }

    @inlinable
    public mutating func append(_ other: MarkupBytes) {
        storage.append(contentsOf: other.storage)
    }

    /// Removes one line end at the end, if there is one.
    public mutating func dropTrailingNewline() {
        if storage.last == UInt8(ascii: "\n") { storage.removeLast() }
    }

    @inlinable
    public mutating func append(byte: UInt8) {
        storage.append(byte)
    }

    /// A whole number in decimal digits.
    public mutating func append(integer value: Int) {
        if value < 0 { storage.append(UInt8(ascii: "-")) }
        appendDigits(of: value.magnitude)
    }

    /// The decimal digits of `value`, most significant first: put together on the stack from the
    /// last digit, then appended at once (reversing them in the array would copy the slice, and
    /// appending digit by digit checks the capacity for each).
    @usableFromInline
    mutating func appendDigits(of value: UInt) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var rest = value
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            storage.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// A number with one decimal, the decimal left out when it is zero (`12`, `12.5`, `-0.3`):
    /// `tenths` is the value times ten, already rounded.
    public mutating func append(tenths: Int) {
        if tenths < 0 { storage.append(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        appendDigits(of: magnitude / 10)
        if magnitude % 10 != 0 {
            storage.append(UInt8(ascii: "."))
            storage.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
        }
    }

    /// Text from content, escaped for element content and attribute values (see ``Escaping``).
    public mutating func append(escaping text: String) {
        func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let (special, suspicious) = Escaping.scan(bytes)
            if suspicious { return false }
            if special { Escaping.appendEscaped(bytes, into: &storage) } else { storage.append(contentsOf: bytes) }
            return true
        }
        // As in `append(_:)`, a native string is read in place, without a copy to retain.
        let done: Bool
        if let inPlace = text.utf8.withContiguousStorageIfAvailable(append) {
            done = inPlace
        } else {
            var text = text
            done = text.withUTF8(append)
        }
        guard !done else { return }
        var clean = Escaping.replacingForbidden(text)
        clean.withUTF8 { Escaping.appendEscaped($0, into: &storage) }
    }
}
