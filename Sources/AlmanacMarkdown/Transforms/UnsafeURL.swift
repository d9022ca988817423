/// URLs that run code or reach the reader's disk when followed — the same set libcmark's safe
/// mode refuses: `javascript:`, `vbscript:`, `file:` and `data:` other than a PNG, GIF, JPEG or
/// WebP image. Checked without regard to case and after any leading spaces or control
/// characters, which browsers skip.
enum UnsafeURL {
    static func isDangerous(_ url: String) -> Bool {
        // By UTF-8 byte: the scalars up to U+0020 are single bytes, and no other scalar lower-cases
        // to a letter of these schemes but the Kelvin sign (K → k), which none of them holds.
        let head = url.utf8.drop { $0 <= 0x20 }.prefix(15).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        func starts(_ prefix: String) -> Bool { head.starts(with: prefix.utf8) }
        if starts("javascript:") || starts("vbscript:") || starts("file:") { return true }
        guard starts("data:") else { return false }
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: starts)
    }
}
