/// A finished page (or any generated file): where it goes in the output and its bytes, possibly
/// in several chunks that are written one after the other — the downloads of a county-level site
/// are built from hundreds of megabytes of per-indicator parts, and joining them into one array
/// would hold a second copy.
struct OutputFile: Sendable {
    /// Relative to the output folder, e.g. `regions/linan/index.html`.
    var path: String
    let chunks: [[UInt8]]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        chunks = [bytes]
    }

    init(path: String, chunks: [[UInt8]]) {
        self.path = path
        self.chunks = chunks
    }

    init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// All the bytes in one array.
    var bytes: [UInt8] { chunks.count == 1 ? chunks[0] : Array(chunks.joined()) }
}
