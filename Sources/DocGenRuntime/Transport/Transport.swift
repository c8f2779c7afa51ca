import Foundation

/// Sends one HTTP request and returns the response, whatever its status: deciding what a 4xx or 5xx means is the
/// client's job, not the transport's. Implementations throw `TransportError` for failures below HTTP and
/// `CancellationError` when the calling task is cancelled.
public protocol Transport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// A failure below HTTP: no response was read. It carries a description written by the runtime, never the
/// underlying error, because Foundation's errors quote the full URL, and an Alibaba RPC URL can hold the
/// security token.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The request or the whole exchange took longer than its timeout.
        case timedOut
        /// No connection could be made (refused, DNS, TLS, network down).
        case cannotConnect
        /// The connection broke while the response was read.
        case connectionLost
        /// Anything else the transport reported.
        case other
    }

    public var kind: Kind
    /// The operation being sent, when the client knows it.
    public var action: String?
    /// A secret-free explanation (host and the transport's error code, never the query).
    public var detail: String

    public init(kind: Kind, action: String? = nil, detail: String) {
        self.kind = kind
        self.action = action
        self.detail = detail
    }

    public var description: String {
        "transport error (\(kind.rawValue))" + (action.map { " calling \($0)" } ?? "") + ": \(detail)"
    }
}
