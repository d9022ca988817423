/// A finished page (or any generated file): where it goes in the output and its bytes, possibly
/// in several chunks that are written one after the other — the downloads of a county-level site
/// are built from hundreds of megabytes of per-indicator parts, and joining them into one array
/// would hold a second copy — or, in a session that keeps a large site, in its ``PageStore``.
struct OutputFile: Sendable {
    /// Relative to the output folder, e.g. `regions/linan/index.html`.
    var path: String
    private let memory: [[UInt8]]
    /// Where the bytes are when they are not in memory.
    let stored: StoredBytes?
    /// What a page was rendered from, for a build that records it for the next (``PageInputs``).
    var inputs: PageInputs?

    init(path: String, bytes: [UInt8]) {
        self.init(path: path, chunks: [bytes])
    }

    init(path: String, chunks: [[UInt8]]) {
        self.path = path
        memory = chunks
        stored = nil
    }

    init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    init(path: String, stored: StoredBytes) {
        self.path = path
        memory = []
        self.stored = stored
    }

    /// The file without its bytes: what a build keeps of a file it has written.
    var written: OutputFile { OutputFile(path: path, bytes: []) }

    /// The bytes in the order they are written (read from the store for a stored file).
    var chunks: [[UInt8]] { stored.map { [$0.read()] } ?? memory }

    /// All the bytes in one array.
    var bytes: [UInt8] {
        if let stored { return stored.read() }
        return memory.count == 1 ? memory[0] : Array(memory.joined())
    }

    var size: Int { stored?.size ?? memory.reduce(0) { $0 + $1.count } }
}
