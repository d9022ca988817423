import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the port to serve on before the server starts, so that a taken port is said plainly:
/// a port asked for must be free; otherwise the first free one from 8000 on is used. Port 0
/// lets the system choose one.
public enum ListeningPort {
    public static let preferred = 8000

    /// The port is taken, or the host is not an address of this machine.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The port to use, trying ten from `preferred` on when none is requested; throws ``Unavailable``.
    static func choose(host: String, requested: Int?, preferred: Int = ListeningPort.preferred) throws(Unavailable) -> Int {
        if let requested {
            guard let port = try probe(host: host, port: requested) else {
                throw Unavailable(description: "port \(requested) on \(host) is already in use (another almanac serve?); stop it or pass another --port")
            }
            return port
        }
        for port in preferred..<(preferred + 10) {
            if let free = try probe(host: host, port: port) { return free }
        }
        throw Unavailable(description: "ports \(preferred)–\(preferred + 9) on \(host) are all in use; pass a free one with --port")
    }

    /// Binds a socket to see whether the port is free; the port bound (for 0, the system's
    /// choice), or nil when it is in use.
    private static func probe(host: String, port: Int) throws(Unavailable) -> Int? {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let address = found else {
            throw Unavailable(description: "cannot listen on \(host): not a host name or address of this machine")
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard descriptor >= 0 else { throw Unavailable(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 else {
            if errno == EADDRINUSE { return nil }
            throw Unavailable(description: "cannot listen on \(host):\(port): \(String(cString: strerror(errno)))")
        }
        var bound = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &bound) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        let network: UInt16 = withUnsafeBytes(of: &bound) { raw in
            raw.loadUnaligned(fromByteOffset: 2, as: UInt16.self)  // sin_port and sin6_port sit at the same offset
        }
        return Int(UInt16(bigEndian: network))
    }
}
