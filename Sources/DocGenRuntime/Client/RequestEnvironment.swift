import Foundation

/// The clock and the nonce source of a client: signatures hold the time and a random nonce, so tests replace both
/// to get the same bytes on every run.
public struct RequestEnvironment: Sendable {
    public var now: @Sendable () -> Date
    public var nonce: @Sendable () -> String

    public init(now: @escaping @Sendable () -> Date = { Date() },
                nonce: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.now = now
        self.nonce = nonce
    }

    public static var live: RequestEnvironment { RequestEnvironment() }

    /// A fixed time and a counter nonce (`nonce-1`, `nonce-2`, …).
    public static func fixed(_ date: Date) -> RequestEnvironment {
        let counter = Counter()
        return RequestEnvironment(now: { date }, nonce: { "nonce-\(counter.next())" })
    }

    /// ISO 8601 in UTC to the second (`2016-02-23T12:46:24Z`): Alibaba's `Timestamp` and `x-acs-date`.
    public static func iso8601(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}

final class Counter: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value
    }
}
