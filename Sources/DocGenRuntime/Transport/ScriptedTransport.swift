import Foundation

/// A transport for tests: it records every request and answers from a script, one step per request.
///
/// A step is a response, an error to throw, or a closure that looks at the request. When the script runs out the
/// last step repeats, so "always succeed" is a one-step script.
public final class ScriptedTransport: Transport {
    public enum Step: Sendable {
        case respond(HTTPResponse)
        case fail(TransportError)
        case handle(@Sendable (HTTPRequest) throws -> HTTPResponse)
    }

    private let lock = NSLock()
    private var steps: [Step]
    private var recorded: [HTTPRequest] = []

    public init(_ steps: [Step]) {
        precondition(!steps.isEmpty, "a script needs at least one step")
        self.steps = steps
    }

    /// Answers every request with `status` and the JSON text `json`.
    public convenience init(status: Int = 200, json: String) {
        self.init([.respond(HTTPResponse(statusCode: status, json: json))])
    }

    /// Every request sent so far, in order.
    public var requests: [HTTPRequest] {
        lock.lock(); defer { lock.unlock() }
        return recorded
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        let step: Step = {
            lock.lock(); defer { lock.unlock() }
            recorded.append(request)
            return steps.count > 1 ? steps.removeFirst() : steps[0]
        }()
        switch step {
        case .respond(let response): return response
        case .fail(let error): throw error
        case .handle(let handler): return try handler(request)
        }
    }
}

// @unchecked: the mutable script and log are only touched under `lock`.
extension ScriptedTransport: @unchecked Sendable {}
