import NIOCore
import NIOHTTPTypes

/// The timeouts of ``ConnectionLimits`` on one connection. Two handlers feed it: ``BytesSeen`` at
/// the front of the pipeline sees the first byte of a request (before anything can be parsed of
/// it), ``PartsSeen`` after the HTTP codec sees a request's head and end and an answer's end.
/// A deadline runs only while the server waits for the client: the first request must be whole
/// within the header timeout of the connection opening, a later one within the header timeout of
/// its first byte, and with no request unanswered, the connection is closed after the idle
/// timeout from the last answer. While the server answers — a live-reload stream answers for as
/// long as its tab is open — no deadline runs.
/// Everything here happens on the connection's event loop.
final class ConnectionDeadlines {
    private let channel: any Channel
    private let limits: ConnectionLimits
    /// When the request being read must be whole: set by its first byte, cleared by its end.
    private var requestDue: NIODeadline?
    /// Requests whose head was read and whose answer is not finished.
    private var unanswered = 0
    /// Whether an answer has ended: until then, every deadline is the first request's.
    private var answered = false
    /// When a connection waiting for its next request is closed (for a new one: when its first
    /// request must be whole).
    private var idleDue: NIODeadline
    private var timer: (due: NIODeadline, task: Scheduled<Void>)?

    init(_ channel: any Channel, limits: ConnectionLimits) {
        self.channel = channel
        self.limits = limits
        idleDue = .now() + TimeAmount(limits.headerTimeout)
    }

    /// The connection is open: the first request's deadline runs.
    func opened() { schedule() }

    /// Bytes came in, before the codec reads them.
    func bytesArrived() {
        if requestDue == nil { requestDue = answered ? .now() + TimeAmount(limits.headerTimeout) : idleDue }
        schedule()
    }

    func requestStarted() { unanswered += 1 }

    func requestEnded() {
        requestDue = nil
        schedule()
    }

    func answerEnded() {
        unanswered = max(0, unanswered - 1)
        answered = true
        if unanswered == 0 { idleDue = .now() + TimeAmount(limits.idleTimeout) }
        schedule()
    }

    func stop() {
        timer?.task.cancel()
        timer = nil
    }

    private var due: NIODeadline? { requestDue ?? (unanswered > 0 ? nil : idleDue) }

    /// Makes the timer fire at the current deadline or before it; a timer that fires early looks again.
    private func schedule() {
        guard let due, channel.isActive else { return }
        if let timer {
            if timer.due <= due { return }
            timer.task.cancel()
        }
        let task = channel.eventLoop.assumeIsolated().scheduleTask(deadline: due) { [self] in fire() }
        timer = (due, task)
    }

    private func fire() {
        timer = nil
        guard let due else { return }
        if NIODeadline.now() >= due {
            channel.close(promise: nil)
        } else {
            schedule()
        }
    }
}

/// Tells ``ConnectionDeadlines`` about bytes that came in, before the HTTP decoder sees them.
final class BytesSeen: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let deadlines: ConnectionDeadlines

    init(_ deadlines: ConnectionDeadlines) { self.deadlines = deadlines }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { deadlines.opened() }
    }

    func channelActive(context: ChannelHandlerContext) {
        deadlines.opened()
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        deadlines.bytesArrived()
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadlines.stop()
        context.fireChannelInactive()
    }
}

/// Tells ``ConnectionDeadlines`` where requests begin and end and where answers end.
final class PartsSeen: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let deadlines: ConnectionDeadlines

    init(_ deadlines: ConnectionDeadlines) { self.deadlines = deadlines }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: deadlines.requestStarted()
        case .body: break
        case .end: deadlines.requestEnded()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { deadlines.answerEnded() }
        context.write(data, promise: promise)
    }
}
