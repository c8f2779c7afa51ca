import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The production transport: URLSession with a per-request timeout and a whole-exchange timeout.
///
/// Cancelling the calling task cancels the data task (the continuation is resumed with `CancellationError`), so a
/// cancelled caller never waits for the network.
public final class URLSessionTransport: Transport {
    private let session: URLSession
    /// Seconds without any data before a request fails (`URLRequest.timeoutInterval`).
    public let requestTimeout: TimeInterval

    /// - Parameters:
    ///   - requestTimeout: seconds of silence before a request fails.
    ///   - resourceTimeout: seconds the whole exchange may take.
    public init(requestTimeout: TimeInterval = 30, resourceTimeout: TimeInterval = 120) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = requestTimeout
        configuration.timeoutIntervalForResource = resourceTimeout
        // Retrying is the client's decision (it knows which operations are idempotent), never the session's.
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        self.session = URLSession(configuration: configuration)
        self.requestTimeout = requestTimeout
    }

    deinit { session.finishTasksAndInvalidate() }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: requestTimeout)
        urlRequest.httpMethod = request.method.rawValue
        // URLSession writes Host from the URL itself (the same `host:port` the signature used).
        for (name, value) in request.headers where name.lowercased() != "host" {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        if !request.body.isEmpty || request.method == .post || request.method == .put { urlRequest.httpBody = request.body }

        let box = TaskBox()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    if let error {
                        continuation.resume(throwing: Self.map(error, host: request.url.host))
                    } else if let http = response as? HTTPURLResponse {
                        var headers: [String: String] = [:]
                        for (key, value) in http.allHeaderFields { headers["\(key)"] = "\(value)" }
                        continuation.resume(returning: HTTPResponse(statusCode: http.statusCode, headers: headers, body: data ?? Data()))
                    } else {
                        continuation.resume(throwing: TransportError(kind: .other, detail: "not an HTTP response"))
                    }
                }
                box.start(task)
            }
        } onCancel: {
            box.cancel()
        }
    }

    /// Maps URLSession's error to a `TransportError` without quoting its URL (see `TransportError`).
    static func map(_ error: any Error, host: String?) -> any Error {
        let where_ = host.map { " (host \($0))" } ?? ""
        guard let urlError = error as? URLError else {
            return TransportError(kind: .other, detail: "request failed\(where_)")
        }
        switch urlError.code {
        case .cancelled: return CancellationError()
        case .timedOut: return TransportError(kind: .timedOut, detail: "timed out\(where_)")
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
             .secureConnectionFailed, .serverCertificateUntrusted:
            return TransportError(kind: .cannotConnect, detail: "cannot connect\(where_), URLError \(urlError.code.rawValue)")
        case .networkConnectionLost:
            return TransportError(kind: .connectionLost, detail: "connection lost\(where_)")
        default:
            return TransportError(kind: .other, detail: "URLError \(urlError.code.rawValue)\(where_)")
        }
    }
}

/// Holds the data task so the cancellation handler (which may run before or after the task exists) can cancel it.
private final class TaskBox: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var cancelled = false

    func start(_ task: URLSessionDataTask) {
        lock.lock()
        self.task = task
        let cancelNow = cancelled
        lock.unlock()
        // Resumed either way so the completion handler runs and the continuation is always resumed.
        task.resume()
        if cancelNow { task.cancel() }
    }

    func cancel() {
        lock.lock()
        cancelled = true
        let task = self.task
        lock.unlock()
        task?.cancel()
    }
}
