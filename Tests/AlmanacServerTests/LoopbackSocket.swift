import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare TCP connection to 127.0.0.1 for the connection-limit tests: it sends exactly the bytes
/// it is given (a byte at a time, if asked), reads keep-alive answers by their `Content-Length`,
/// and tells a connection the server closed from one that is merely quiet.
final class LoopbackSocket {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Response {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var body: [UInt8]
    }

    let descriptor: Int32
    private var pending: [UInt8] = []

    /// Connects; every read gives up after `timeout` seconds, so that a test never hangs. The
    /// descriptor is kept only once connected, so that the deinitializer never closes it twice.
    init(port: Int, timeout: Int = 20) throws {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "no socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw Failure(description: "cannot connect to port \(port): \(reason)")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Sends `bytes`; false when the connection is gone (no SIGPIPE).
    @discardableResult
    func send(_ bytes: some Collection<UInt8>) -> Bool {
        let bytes = Array(bytes)
        #if canImport(Glibc)
        let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        #else
        let sent = bytes.withUnsafeBytes { Darwin.send(descriptor, $0.baseAddress, $0.count, 0) }
        #endif
        return sent == bytes.count
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Whether the server has closed the connection, waiting up to `milliseconds` for a sign of
    /// it. Bytes it sends meanwhile (a 503, say) are kept for ``readResponse()``.
    func isClosed(waiting milliseconds: Int32) -> Bool {
        var polled = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&polled, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if count > 0 {
            pending += buffer[..<count]
            return isClosed(waiting: 0)
        }
        return count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
    }

    /// What has come in so far and was not read as an answer.
    func takeReceived() -> [UInt8] {
        defer { pending = [] }
        return pending
    }

    /// Waits until the server closes the connection, up to `seconds`.
    func waitUntilClosed(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if isClosed(waiting: 100) { return true }
        }
        return false
    }

    /// One answer, read to the end of its `Content-Length` (the connection stays open).
    func readResponse() throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        var end: Int?
        while true {
            if let found = pending.firstRange(of: separator)?.lowerBound {
                end = found
                break
            }
            try fill()
        }
        let head = String(decoding: pending[..<end!], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = head.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "bad status line \(head.first ?? "")")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        pending.removeFirst(end! + separator.count)
        let length = headers["content-length"].flatMap { Int($0) } ?? 0
        while pending.count < length { try fill() }
        let body = Array(pending[..<length])
        pending.removeFirst(length)
        return Response(status: status, headers: headers, body: body)
    }

    /// `GET path` on this connection, kept alive.
    func get(_ path: String) throws -> Response {
        guard send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") else { throw Failure(description: "send failed") }
        return try readResponse()
    }

    /// Reads what comes next; a read interrupted by a signal (a read with a timeout is, even under
    /// SA_RESTART) is tried again.
    private func fill() throws {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        } while count < 0 && errno == EINTR
        if count == 0 { throw Failure(description: "closed by the server after \(pending.count) bytes") }
        if count < 0 { throw Failure(description: "read failed: \(String(cString: strerror(errno)))") }
        pending += buffer[..<count]
    }
}
