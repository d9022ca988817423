import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare HTTP/1.1 client over a socket to 127.0.0.1. It sends exactly the bytes it is given, so
/// tests can send what browsers and curl would clean up first (`/../`, `%2e%2e`, `%2f`).
struct RawHTTP {
    let port: Int

    struct Response {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `GET path` (or another method) with `Connection: close` and reads the whole answer.
    func request(_ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let connection = try Connection(port: port)
        try connection.send(head + "\r\n")
        return try Self.parse(connection.readAll())
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = (0...max(0, bytes.count - 4)).first(where: { Array(bytes[$0..<min(bytes.count, $0 + 4)]) == separator }) else {
            throw Failure(description: "no complete response head in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "bad status line \(lines.first ?? "")")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Array(bytes[(end + 4)...]))
    }

    /// One TCP connection, with a read timeout so that a test never hangs.
    final class Connection {
        private let socket: Int32

        /// The descriptor is kept only once connected: were `socket` set before a failure, the
        /// deinitializer would close it a second time — by then, perhaps, another thread's
        /// descriptor of the same number (another test's socket or pipe).
        init(port: Int, timeout: Int = 10) throws {
            #if canImport(Glibc)
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
            #endif
            guard socket >= 0 else { throw Failure(description: "no socket: \(String(cString: strerror(errno)))") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var wait = timeval(tv_sec: timeout, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                close(socket)
                throw Failure(description: "cannot connect to port \(port)")
            }
            self.socket = socket
        }

        deinit { close(socket) }

        func send(_ text: String) throws {
            let bytes = Array(text.utf8)
            #if canImport(Glibc)
            let sent = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
            #else
            let sent = bytes.withUnsafeBytes { Darwin.send(socket, $0.baseAddress, $0.count, 0) }
            #endif
            guard sent == bytes.count else {
                throw Failure(description: "send failed")
            }
        }

        /// The next bytes the server sends; empty when it closed the connection, nil on timeout.
        /// A signal (SIGCHLD, when a process of another test ends) interrupts a read with a
        /// timeout even under SA_RESTART; that read is tried again.
        func read() -> [UInt8]? {
            var buffer = [UInt8](repeating: 0, count: 65536)
            var count: Int
            repeat {
                count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            } while count < 0 && errno == EINTR
            return count < 0 ? nil : Array(buffer[..<count])
        }

        /// Everything until the server closes the connection.
        func readAll() throws -> [UInt8] {
            var all: [UInt8] = []
            while true {
                guard let chunk = read() else {
                    throw Failure(description: "read failed after \(all.count) bytes: \(String(cString: strerror(errno)))")
                }
                if chunk.isEmpty { return all }
                all += chunk
            }
        }
    }
}

/// A tab's live-reload connection: `GET /__almanac/events`, read event by event.
final class EventStream {
    private let connection: RawHTTP.Connection
    private var pending = ""

    init(port: Int) throws {
        connection = try RawHTTP.Connection(port: port, timeout: 1)
        try connection.send("GET /__almanac/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
    }

    /// The data of the next `version` event, or nil when none comes within `seconds`.
    func nextVersion(within seconds: Double = 60) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let range = pending.range(of: #"event: version\ndata: ([^\n]*)\n\n"#, options: .regularExpression) {
                let event = String(pending[range])
                pending.removeSubrange(pending.startIndex..<range.upperBound)
                return String(event.split(separator: "\n")[1].dropFirst("data: ".count))
            }
            guard let chunk = connection.read() else { continue }
            if chunk.isEmpty { return nil }
            pending += String(decoding: chunk, as: UTF8.self)
        }
        return nil
    }
}
