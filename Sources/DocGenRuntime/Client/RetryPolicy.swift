import Foundation

/// When and how long to wait before sending a failed request again.
///
/// Delays follow "full jitter" exponential backoff: attempt n waits a random time in
/// `0 ... min(maxDelay, baseDelay * 2^(n-1))`, so many clients throttled together do not retry in step.
/// Randomness and sleeping are injectable, so tests check the delays without waiting.
///
/// What is retried:
/// - throttling (`Throttling*`, `RequestLimitExceeded`, HTTP 429): always; the service refused the request before
///   acting on it, so sending it again cannot apply it twice;
/// - other retryable service errors (5xx, `InternalError`, `ServiceUnavailable`) and transport failures
///   (timeouts, lost connections): only for an idempotent operation or a request that carries a `ClientToken`,
///   because the first attempt may have been applied.
/// Nothing else is retried (a 4xx validation error will fail the same way again).
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included (1 = no retry).
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// The whole call, retries and waits included, gives up once the next wait would end past this.
    public var totalDeadline: Duration?
    /// A random number in `0..<1` (jitter).
    public var random: @Sendable () -> Double
    public var sleep: @Sendable (Duration) async throws -> Void

    public init(maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(5),
                totalDeadline: Duration? = .seconds(60),
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.totalDeadline = totalDeadline
        self.random = random
        self.sleep = sleep
    }

    /// Three attempts, 200 ms base, 5 s cap, one minute in all.
    public static var standard: RetryPolicy { RetryPolicy() }

    /// Never retry.
    public static var none: RetryPolicy { RetryPolicy(maxAttempts: 1) }

    /// The wait before attempt `attempt + 1`, after `attempt` failed attempts (1-based).
    public func delay(afterAttempt attempt: Int) -> Duration {
        let exponent = min(attempt - 1, 30)
        let ceiling = min(maxDelay, baseDelay * (1 << exponent))
        return ceiling * min(max(random(), 0), 1)
    }

    /// Whether `error` (thrown by attempt `attempt`) should be retried.
    public func shouldRetry(_ error: any Error, attempt: Int, isIdempotent: Bool) -> Bool {
        guard attempt < maxAttempts else { return false }
        switch error {
        case let error as ServiceError:
            if error.isThrottling { return true }
            return error.isRetryable && isIdempotent
        case let error as TransportError:
            return isIdempotent && error.kind != .other
        default:
            return false
        }
    }
}
