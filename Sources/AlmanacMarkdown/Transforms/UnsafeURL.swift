/// URLs that run code or reach the reader's disk when followed — the same set libcmark's safe
/// mode refuses: `javascript:`, `vbscript:`, `file:` and `data:` other than a PNG, GIF, JPEG or
/// WebP image. Checked without regard to case and after any leading spaces or control
/// characters, which browsers skip.
enum UnsafeURL {
    static func isDangerous(_ url: String) -> Bool {
        let trimmed = String(String.UnicodeScalarView(url.unicodeScalars.drop { $0.value <= 0x20 })).lowercased()
        if ["javascript:", "vbscript:", "file:"].contains(where: trimmed.hasPrefix) { return true }
        guard trimmed.hasPrefix("data:") else { return false }
        return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: trimmed.hasPrefix)
    }
}
