import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps a loopback TCP port taken for as long as it lives, so a test can count on the port being
/// busy whatever else runs at the same time.
final class PortHolder {
    private let socketDescriptor: Int32

    /// Takes `port` on 127.0.0.1, retrying for a while if another process has it right now;
    /// nil when it stays taken by someone else (then it is busy all the same).
    init?(port: UInt16, within seconds: Double = 5) {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { return nil }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if bound == 0, listen(descriptor, 1) == 0 {
                socketDescriptor = descriptor
                return
            }
            close(descriptor)
            if Date() > deadline { return nil }
            usleep(100_000)
        }
    }

    deinit { close(socketDescriptor) }
}
