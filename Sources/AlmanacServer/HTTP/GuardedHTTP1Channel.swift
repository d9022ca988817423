import HummingbirdCore
import Logging
import NIOCore
import Synchronization

/// Hummingbird's HTTP/1.1 connection with ``ConnectionLimits`` kept: a connection over the cap
/// is answered `503` and closed without being read, and every other one gets the deadlines of
/// ``ConnectionDeadlines``. Hummingbird's own `idleTimeout` is not used: it restarts with every
/// parsed part of a request, so a body sent a byte at a time kept the connection open.
struct GuardedHTTP1Channel: HTTPChannelHandler {
    /// An HTTP connection, or one refused for the cap (its pipeline answers and closes it).
    enum Connection: ServerChildChannelValue {
        case http(HTTP1Channel.Value)
        case refused(any Channel)

        var channel: any Channel {
            switch self {
            case .http(let value): value.channel
            case .refused(let channel): channel
            }
        }
    }

    let responder: Responder
    let limits: ConnectionLimits
    let open: OpenConnections

    static func builder(_ limits: ConnectionLimits) -> HTTPServerBuilder {
        let open = OpenConnections()
        return HTTPServerBuilder { responder in GuardedHTTP1Channel(responder: responder, limits: limits, open: open) }
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Connection> {
        do {
            guard open.admit(channel, limit: limits.maximumConnections) else {
                try channel.pipeline.syncOperations.addHandler(Refusal())
                return channel.eventLoop.makeSucceededFuture(.refused(channel))
            }
            let deadlines = NIOLoopBound(ConnectionDeadlines(channel, limits: limits), eventLoop: channel.eventLoop)
            try channel.pipeline.syncOperations.addHandler(BytesSeen(deadlines.value))
            let http = HTTP1Channel(responder: responder, configuration: .init(additionalChannelHandlers: [PartsSeen(deadlines.value)]))
            return http.setup(channel: channel, logger: logger).map { .http($0) }
        } catch {
            channel.close(promise: nil)
            return channel.eventLoop.makeFailedFuture(error)
        }
    }

    func handle(value: Connection, logger: Logger) async {
        guard case .http(let connection) = value else { return }
        await handleHTTP(asyncChannel: connection, logger: logger)
    }
}

/// The pipeline of a connection over the cap: `503 Service Unavailable` as soon as it is open,
/// then closed; what the client sends is dropped unread.
private final class Refusal: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private static let answer: String = {
        let text = "Too many open connections; try again in a moment.\n"
        return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(text.utf8.count)\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + text
    }()

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { refuse(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        refuse(context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}

    private func refuse(_ context: ChannelHandlerContext) {
        let channel = context.channel
        context.writeAndFlush(NIOAny(ByteBuffer(string: Self.answer))).whenComplete { _ in channel.close(promise: nil) }
    }
}

/// The connections open now, across all event loops.
final class OpenConnections: Sendable {
    private let count = Mutex(0)

    /// Counts `channel` in until it closes, or says no when `limit` are open.
    func admit(_ channel: any Channel, limit: Int) -> Bool {
        let admitted = count.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
        if admitted { channel.closeFuture.whenComplete { _ in self.count.withLock { $0 -= 1 } } }
        return admitted
    }
}
