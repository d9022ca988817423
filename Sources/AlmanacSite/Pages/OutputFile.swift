/// A finished page (or any generated file): where it goes in the output and its bytes.
struct OutputFile: Sendable {
    /// Relative to the output folder, e.g. `regions/linan/index.html`.
    var path: String
    var bytes: [UInt8]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
