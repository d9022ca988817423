import CSystemZlib

/// gzip through the system's zlib. Each call makes one complete gzip member; members written one
/// after the other are one valid gzip file (RFC 1952 §2.2, read whole by gunzip, zcat and every
/// gzip library), so the downloads' parts are compressed on all cores at once and joined. The
/// header carries no time or name, so the same bytes always compress to the same file.
enum Gzip {
    /// `bytes` as one gzip member at `level` (1 fastest … 9 smallest). The downloads use 1: the
    /// compression is paid on every build of a national report, for a file that is downloaded
    /// now and then, and zlib's fastest level costs it a somewhat larger file rather than many
    /// times the CPU (docs/national.md, Downloads, has the measurement).
    static func member(_ bytes: [UInt8], level: Int32 = 1) -> [UInt8] {
        var stream = z_stream()
        // 15 bits of window, +16 for a gzip wrapper rather than zlib's.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        // Compressed into room that is not zeroed first, then copied into an array of its own
        // size: deflateBound asks for more than the input's size, and kept as the member, that
        // room (zeroed, so in memory) was over a gigabyte for a national site's 300 indicators.
        let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Int(deflateBound(&stream, UInt(bytes.count))))
        defer { room.deallocate() }
        let written: Int = bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            stream.next_out = room.baseAddress
            stream.avail_out = UInt32(room.count)
            guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { return 0 }
            return room.count - Int(stream.avail_out)
        }
        return Array(room.prefix(written))
    }
}
