import Foundation

/// How a success body is decoded.
public enum DecodingMode: String, Sendable, Hashable {
    /// Today's behaviour: a field that is absent, or cannot be read as its documented type, is nil; unknown fields
    /// are ignored. A page that is wrong about one field never makes a whole response unreadable.
    case lenient
    /// Same values, but the decode fails with `ResponseDecodingError` listing every ill-typed field and every field
    /// the response type does not know: for tests and for checking the pages against the live service.
    case strict
}

/// Every difference between a response body and its documented type that strict decoding found.
public struct ResponseDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Issue: Sendable, Hashable, CustomStringConvertible {
        /// Present and not null, but not readable as the documented type.
        case illTyped(path: String)
        /// Present in the body, unknown to the response type.
        case unknownField(path: String)

        public var description: String {
            switch self {
            case .illTyped(let path): "\(path): not readable as its documented type"
            case .unknownField(let path): "\(path): not in the documented response"
            }
        }
    }

    public var action: String
    public var issues: [Issue]

    public var description: String {
        "the response of \(action) differs from its documentation:\n" + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Strict decoding without a second decoder: the `lenient*` helpers that generated response types call report to a
/// collector bound to the decoding task. A task-local is used because `KeyedDecodingContainer` exposes no
/// `userInfo`; outside `collect` the helpers find no collector and do nothing extra.
public enum StrictDecoding {
    @TaskLocal static var collector: Collector?

    final class Collector: @unchecked Sendable {
        // @unchecked: decoding is synchronous on one task, and the lock covers any other access.
        private let lock = NSLock()
        private var illTyped: [String] = []
        private var seen: [String: (all: Set<String>, known: Set<String>)] = [:]

        func note(path: String, allKeys: [String], key: String, illTyped isIllTyped: Bool) {
            lock.lock(); defer { lock.unlock() }
            var entry = seen[path] ?? (all: Set(allKeys), known: [])
            entry.known.insert(key)
            seen[path] = entry
            if isIllTyped { illTyped.append(Self.join(path, key)) }
        }

        var issues: [ResponseDecodingError.Issue] {
            lock.lock(); defer { lock.unlock() }
            var unknown: [String] = []
            for (path, entry) in seen {
                unknown += entry.all.subtracting(entry.known).map { Self.join(path, $0) }
            }
            return Array(Set(illTyped)).sorted().map { .illTyped(path: $0) } + unknown.sorted().map { .unknownField(path: $0) }
        }

        static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
    }

    static func note<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, key: Key, decoded: Bool) {
        guard let collector else { return }
        let present = container.contains(key) && !((try? container.decodeNil(forKey: key)) ?? true)
        collector.note(path: container.codingPath.map(\.stringValue).joined(separator: "."),
                       allKeys: container.allKeys.map(\.stringValue), key: key.stringValue,
                       illTyped: present && !decoded)
    }

    /// Runs `decode` and returns the issues the helpers reported.
    static func collect<T>(_ decode: () throws -> T) rethrows -> (T, [ResponseDecodingError.Issue]) {
        let collector = Collector()
        let value = try $collector.withValue(collector) { try decode() }
        return (value, collector.issues)
    }
}

extension ResponseDecoding {
    /// Decodes a success body in the given mode (`.lenient` is exactly `decode(_:from:style:)`).
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, style: VendorStyle, mode: DecodingMode,
                                            action: String) throws -> T {
        switch mode {
        case .lenient:
            return try decode(type, from: data, style: style)
        case .strict:
            let (value, issues) = try StrictDecoding.collect { try decode(type, from: data, style: style) }
            if !issues.isEmpty { throw ResponseDecodingError(action: action, issues: issues) }
            return value
        }
    }
}
