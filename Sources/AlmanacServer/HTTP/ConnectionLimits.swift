/// How long the preview server waits for a client and how many clients it holds at once, so that
/// connections that dribble a request byte by byte, or open and say nothing (slowloris), cannot
/// hold it: a browser sends its request at once and reconnects by itself after an idle close.
public struct ConnectionLimits: Sendable, Equatable {
    /// A connection's first request — its head and any body — must have arrived this long after
    /// the connection opened, and every later one this long after its first byte.
    public var headerTimeout: Duration = .seconds(10)
    /// A kept-alive connection that starts no new request for this long after an answer is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// Connections open at once; one more is answered `503 Service Unavailable` and closed. An
    /// open tab holds one for its live reload, a browser up to six more while it loads a page.
    public var maximumConnections = 512

    public init() {}
}
