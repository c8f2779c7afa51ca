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

        /// The path of an `unknownField` issue; nil for the others.
        public var unknownFieldPath: String? {
            if case .unknownField(let path) = self { return path }
            return nil
        }

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
/// collector bound to the decoding task, which keys each object asked for. Unknown fields are then the body's keys
/// (read once more as `JSONValue`) that no helper asked for; a container's own `allKeys` cannot tell, because it
/// drops every key its `CodingKeys` does not list. A task-local is used because `KeyedDecodingContainer` exposes no
/// `userInfo`; outside `collect` the helpers find no collector and do nothing extra.
public enum StrictDecoding {
    @TaskLocal static var collector: Collector?

    enum PathComponent: Hashable {
        case key(String)
        case index(Int)
    }

    final class Collector: @unchecked Sendable {
        // @unchecked: decoding is synchronous on one task, and the lock covers any other access.
        private let lock = NSLock()
        private var illTyped: Set<String> = []
        private var known: [[PathComponent]: Set<String>] = [:]

        func note(path: [PathComponent], key: String, illTyped isIllTyped: Bool) {
            lock.lock(); defer { lock.unlock() }
            known[path, default: []].insert(key)
            if isIllTyped { illTyped.insert(Self.text(path + [.key(key)])) }
        }

        func issues(body: JSONValue?) -> [ResponseDecodingError.Issue] {
            lock.lock(); defer { lock.unlock() }
            var unknown: [String] = []
            for (path, keys) in known {
                guard case .object(let fields)? = Self.value(at: path, in: body) else { continue }
                unknown += fields.keys.filter { !keys.contains($0) }.map { Self.text(path + [.key($0)]) }
            }
            return illTyped.sorted().map { .illTyped(path: $0) } + unknown.sorted().map { .unknownField(path: $0) }
        }

        static func value(at path: [PathComponent], in root: JSONValue?) -> JSONValue? {
            var current = root
            for component in path {
                switch (component, current) {
                case (.key(let key), .object(let fields)?): current = fields[key]
                case (.index(let index), .array(let items)?) where items.indices.contains(index): current = items[index]
                default: return nil
                }
            }
            return current
        }

        /// `Snapshots.Snapshot[0].Extra`
        static func text(_ path: [PathComponent]) -> String {
            var out = ""
            for component in path {
                switch component {
                case .key(let key): out += (out.isEmpty ? "" : ".") + key
                case .index(let index): out += "[\(index)]"
                }
            }
            return out
        }
    }

    static func note<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, key: Key, decoded: Bool) {
        guard let collector else { return }
        let present = container.contains(key) && !((try? container.decodeNil(forKey: key)) ?? true)
        let path = container.codingPath.map { $0.intValue.map(PathComponent.index) ?? .key($0.stringValue) }
        collector.note(path: path, key: key.stringValue, illTyped: present && !decoded)
    }

    /// Runs `decode` and returns the issues the helpers reported.
    static func collect<T>(body: Data, _ decode: () throws -> T) rethrows -> (T, [ResponseDecodingError.Issue]) {
        let collector = Collector()
        let value = try $collector.withValue(collector) { try decode() }
        return (value, collector.issues(body: try? JSONDecoder().decode(JSONValue.self, from: body)))
    }
}

extension ResponseDecoding {
    /// Decodes a success body leniently and returns what strict decoding would report, for the generated tests that
    /// decode each page's own example.
    @_spi(DocGenGenerated)
    public static func decodeReportingIssues<T: Decodable>(_ type: T.Type, from data: Data, style: VendorStyle) throws
        -> (T, [ResponseDecodingError.Issue]) {
        try StrictDecoding.collect(body: data) { try decode(type, from: data, style: style) }
    }

    /// Decodes a success body in the given mode (`.lenient` is exactly `decode(_:from:style:)`).
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, style: VendorStyle, mode: DecodingMode,
                                            action: String) throws -> T {
        switch mode {
        case .lenient:
            return try decode(type, from: data, style: style)
        case .strict:
            let (value, issues) = try StrictDecoding.collect(body: data) { try decode(type, from: data, style: style) }
            if !issues.isEmpty { throw ResponseDecodingError(action: action, issues: issues) }
            return value
        }
    }
}
