import Foundation
import DocGenSpec

/// Identity hints per page, from a `--sources` JSON file:
///
///     {
///       "alibaba-ecs-en/*.md": { "vendor": "alibaba", "product": "ecs", "apiVersion": "2014-05-26" },
///       "seeds/003_*.txt":     { "vendor": "tencent", "product": "cbs" }
///     }
///
/// Keys are page paths or globs (`*` and `?` within one path segment, `**` across segments), matched against the page's
/// display path (`alibaba-ecs-en/AddTags.md`) and against the path as found on disk. Every matching entry applies,
/// least specific first (fewest non-wildcard characters), so `en/*.md` overrides `**/*.md`, and an exact path
/// overrides both, field by field.
/// Fields: `vendor`, `product`, `apiVersion`, `action`, and `date` (`yyyy-MM-dd`): the page's date where the page
/// states none, so that revisions of undated pages (Markdown from a git history) are ordered by it in the store.
public struct SourceHints: Sendable {
    public struct Entry: Sendable, Hashable {
        public var pattern: String
        public var hints: IdentityHints
        public var date: String?

        public init(pattern: String, hints: IdentityHints, date: String? = nil) {
            self.pattern = pattern
            self.hints = hints
            self.date = date
        }
    }

    /// Least specific first.
    public private(set) var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries.sorted {
            (Self.specificity($0.pattern), $0.pattern) < (Self.specificity($1.pattern), $1.pattern)
        }
    }

    public static let fields: Set<String> = ["vendor", "product", "apiVersion", "action", "date"]

    /// Reads a sources file; every problem is an `invalidInput` error naming the file and the entry.
    public static func load(from url: URL) throws -> SourceHints {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DocGenError.invalidInput("\(url.path): cannot read the sources file")
        }
        return try parse(data, file: url.path)
    }

    public static func parse(_ data: Data, file: String) throws -> SourceHints {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw DocGenError.invalidInput("\(file): not valid JSON: \((error as NSError).localizedDescription)")
        }
        guard let map = object as? [String: Any] else {
            throw DocGenError.invalidInput("\(file): expected a JSON object mapping page paths or globs to hints")
        }
        var entries: [Entry] = []
        for pattern in map.keys.sorted() {
            guard let fields = map[pattern] as? [String: Any] else {
                throw DocGenError.invalidInput("\(file): entry \"\(pattern)\": expected an object with vendor, product, apiVersion, action")
            }
            var hints = IdentityHints()
            var date: String?
            for (key, value) in fields {
                guard Self.fields.contains(key) else {
                    throw DocGenError.invalidInput("\(file): entry \"\(pattern)\": unknown field \"\(key)\" (known: \(Self.fields.sorted().joined(separator: ", ")))")
                }
                guard let text = value as? String, !text.isEmpty else {
                    throw DocGenError.invalidInput("\(file): entry \"\(pattern)\": field \"\(key)\" must be a non-empty string")
                }
                switch key {
                case "vendor": hints.vendor = text
                case "product": hints.product = text
                case "apiVersion": hints.apiVersion = text
                case "date":
                    guard isISODate(text) else {
                        throw DocGenError.invalidInput("\(file): entry \"\(pattern)\": date must be yyyy-MM-dd, got \"\(text)\"")
                    }
                    date = text
                default: hints.action = text
                }
            }
            entries.append(Entry(pattern: pattern, hints: hints, date: date))
        }
        return SourceHints(entries: entries)
    }

    /// `base` with every matching entry laid over it.
    public func hints(for input: PageInput, over base: IdentityHints) -> IdentityHints {
        var result = base
        for entry in matching(input) {
            if let v = entry.hints.vendor { result.vendor = v }
            if let v = entry.hints.product { result.product = v }
            if let v = entry.hints.apiVersion { result.apiVersion = v }
            if let v = entry.hints.action { result.action = v }
        }
        return result
    }

    /// The date the most specific matching entry gives, if any.
    public func date(for input: PageInput) -> String? {
        matching(input).compactMap(\.date).last
    }

    private func matching(_ input: PageInput) -> [Entry] {
        entries.filter { Glob.matches($0.pattern, input.displayPath) || Glob.matches($0.pattern, input.url.path) }
    }

    /// Characters that are not wildcards: `a/*.md` (5) is more specific than `**/*.md` (4).
    static func specificity(_ pattern: String) -> Int {
        pattern.filter { $0 != "*" && $0 != "?" }.count
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}

/// Shell-like globs on `/`-separated paths: `*` and `?` stay within a segment, `**` spans segments.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var matcher = GlobMatcher(pattern: Array(pattern.unicodeScalars), path: Array(path.unicodeScalars))
        return matcher.match(0, 0)
    }

    /// The backtracking glob match, memoised on (pattern position, path position): each pair is decided once, so a
    /// pattern like `*a*a*a*a*a*a*a*a*a*a*a*a*b` costs pattern length × path length steps, not exponential time.
    private struct GlobMatcher {
        let pattern: [Unicode.Scalar]
        let path: [Unicode.Scalar]
        /// 0 unknown, 1 match, 2 no match; index `p * (path.count + 1) + s`.
        var memo: [UInt8]

        init(pattern: [Unicode.Scalar], path: [Unicode.Scalar]) {
            self.pattern = pattern
            self.path = path
            memo = Array(repeating: 0, count: (pattern.count + 1) * (path.count + 1))
        }

        mutating func match(_ p: Int, _ s: Int) -> Bool {
            let slot = p * (path.count + 1) + s
            if memo[slot] != 0 { return memo[slot] == 1 }
            let result = compute(p, s)
            memo[slot] = result ? 1 : 2
            return result
        }

        private mutating func compute(_ p: Int, _ s: Int) -> Bool {
            guard p < pattern.count else { return s == path.count }
            let first = pattern[p]
            if first == "*" {
                let isDouble = p + 1 < pattern.count && pattern[p + 1] == "*"
                let rest = p + (isDouble ? 2 : 1)
                // `**/` also matches zero folders.
                if isDouble, rest < pattern.count, pattern[rest] == "/", match(rest + 1, s) { return true }
                var i = s
                while true {
                    if match(rest, i) { return true }
                    guard i < path.count, isDouble || path[i] != "/" else { return false }
                    i += 1
                }
            }
            guard s < path.count else { return false }
            let c = path[s]
            if first == "?" ? c != "/" : first == c {
                return match(p + 1, s + 1)
            }
            return false
        }
    }
}
