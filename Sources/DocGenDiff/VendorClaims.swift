import Foundation
import DocGenSpec

/// A checkable statement from a page's own "Change history" (`delete Error Codes: 404`).
public enum VendorClaim: Hashable, Sendable {
    case errorsRemoved(http: Int)
    case errorsAdded(http: Int)
    case errorsChanged(http: Int)
    case parametersAdded([String])
    case parametersRemoved([String])
    case parametersChanged([String])
    case responseFieldsAdded([String])
    case responseFieldsRemoved([String])
    /// A line the parser does not understand; kept so nothing the vendor says is silently dropped.
    case unrecognised(String)

    /// Reads the claims of one change-history entry (its detail lines; the summary when there are none).
    /// Understands the English phrasing of Alibaba's change sets and its Chinese counterpart. Text renderings run
    /// several clauses into one line, so clauses are found anywhere in a line, not only at its start.
    public static func parse(_ entry: PageChange) -> [VendorClaim] {
        let lines = entry.details.isEmpty ? [entry.summary] : entry.details
        return lines.flatMap(parseLine)
    }

    static func parseLine(_ raw: String) -> [VendorClaim] {
        let line = TextNormal.collapse(raw)
        var found: [(position: String.Index, claims: [VendorClaim])] = []
        for match in line.matches(of: Patterns.statusList) {
            let statuses = match.output.2.split(whereSeparator: { ",，、 ".contains($0) }).compactMap { Int($0) }
            let verb = Verb(match.output.1)
            found.append((match.range.lowerBound, statuses.map { verb == .delete ? .errorsRemoved(http: $0) : .errorsAdded(http: $0) }))
        }
        for match in line.matches(of: Patterns.statusChange) {
            found.append((match.range.lowerBound, [.errorsChanged(http: Int(match.output.1)!)]))
        }
        for match in line.matches(of: Patterns.nameList) {
            let names = match.output.3.split(whereSeparator: { ",，、 ".contains($0) }).map(String.init)
            let response = Subject(match.output.2) == .response
            let claim: VendorClaim
            switch (Verb(match.output.1), response) {
            case (.delete, false): claim = .parametersRemoved(names)
            case (.add, false): claim = .parametersAdded(names)
            case (.delete, true): claim = .responseFieldsRemoved(names)
            case (.add, true): claim = .responseFieldsAdded(names)
            }
            found.append((match.range.lowerBound, [claim]))
        }
        for match in line.matches(of: Patterns.nameChange) where Subject(match.output.1) == .request {
            found.append((match.range.lowerBound, [.parametersChanged([String(match.output.2)])]))
        }
        if found.isEmpty {
            // "see changesets", "The Error code has changed.": nothing to check. A line naming a status or an
            // identifier that no pattern understands is kept, so a claim is never dropped silently.
            let namesSomething = line.contains(Patterns.statusOrIdentifier)
            return namesSomething ? [.unrecognised(line)] : []
        }
        return found.sorted { $0.position < $1.position }.flatMap(\.claims)
    }

    private enum Verb {
        case add, delete
        init(_ word: Substring) {
            let w = word.lowercased()
            self = w.hasPrefix("del") || w.hasPrefix("rem") || w.hasPrefix("删") ? .delete : .add
        }
    }

    private enum Subject {
        case request, response
        init(_ words: Substring) {
            let w = words.lowercased()
            self = w.contains("response") || w.contains("出参") || w.contains("返回") ? .response : .request
        }
    }

    private enum Patterns {
        nonisolated(unsafe) static let statusList =
            /(add(?:ed)?|delete[d]?|remove[d]?|新增|增加|删除)\s*(?:error codes?|错误码)\s*[:：]\s*(\d{3}(?:\s*[,，、]\s*\d{3})*)/.ignoresCase()
        nonisolated(unsafe) static let statusChange =
            /(?:error codes?|错误码)\s*(\d{3})\s*(?:change[d]?|变更)/.ignoresCase()
        nonisolated(unsafe) static let nameList =
            /(add(?:ed)?|delete[d]?|remove[d]?|新增|增加|删除)\s*(request parameters?|response parameters?|入参|出参|请求参数|返回参数)\s*[:：]\s*([A-Za-z][\w.]*(?:\s*[,，、]\s*[A-Za-z][\w.]*)*)/.ignoresCase()
        nonisolated(unsafe) static let nameChange =
            /(request parameters?|入参|请求参数)\s*([A-Za-z][\w.]*)\s*(?:change[d]?|变更)/.ignoresCase()
        nonisolated(unsafe) static let statusOrIdentifier = /\b\d{3}\b|[a-z][A-Z]|\.[A-Z]/
    }

    public var description: String {
        switch self {
        case .errorsRemoved(let h): return "error codes with HTTP \(h) deleted"
        case .errorsAdded(let h): return "error codes with HTTP \(h) added"
        case .errorsChanged(let h): return "error codes with HTTP \(h) changed"
        case .parametersAdded(let n): return "request parameters added: \(n.joined(separator: ", "))"
        case .parametersRemoved(let n): return "request parameters deleted: \(n.joined(separator: ", "))"
        case .parametersChanged(let n): return "request parameters changed: \(n.joined(separator: ", "))"
        case .responseFieldsAdded(let n): return "response parameters added: \(n.joined(separator: ", "))"
        case .responseFieldsRemoved(let n): return "response parameters deleted: \(n.joined(separator: ", "))"
        case .unrecognised(let text): return text
        }
    }
}

/// The verdict on one vendor claim.
public struct ClaimCheck: Hashable, Sendable {
    public enum Verdict: String, Codable, Hashable, Sendable {
        /// The diff found the change the vendor describes.
        case confirmed
        /// The diff did not find it (or the page contradicts it).
        case unconfirmed
        /// Nothing to check it against (no earlier revision, or a line not understood).
        case unchecked
    }

    public var date: String
    /// The entry's line on the page.
    public var line: Int
    public var file: String
    public var claim: String
    public var verdict: Verdict
    public var reason: String
}

/// Compares a page's change-history entries with what the diff found.
public enum VendorClaimCheck {
    /// Checks the entries of `new.changeHistory` that `old` does not already list (all of them when `old` is nil).
    public static func check(old: OperationSpec?, new: OperationSpec, changes: [Change]) -> [ClaimCheck] {
        let known = Set((old?.changeHistory ?? []).map { EntryKey($0) })
        var checks: [ClaimCheck] = []
        for entry in new.changeHistory where !known.contains(EntryKey(entry)) {
            let predates = old?.source.date.map { entry.date <= $0 } ?? false
            for claim in VendorClaim.parse(entry) {
                let (verdict, reason) = judge(claim, old: old, new: new, changes: changes, predates: predates)
                checks.append(ClaimCheck(date: entry.date, line: entry.line, file: new.source.file,
                                         claim: claim.description, verdict: verdict, reason: reason))
            }
        }
        return checks
    }

    private struct EntryKey: Hashable {
        let date: String, summary: String, details: [String]
        init(_ e: PageChange) {
            date = e.date
            summary = TextNormal.collapse(e.summary)
            details = e.details.map(TextNormal.collapse)
        }
    }

    private static func judge(_ claim: VendorClaim, old: OperationSpec?, new: OperationSpec, changes: [Change],
                              predates: Bool) -> (ClaimCheck.Verdict, String) {
        let comparable = old != nil && !predates
        let noBase = old == nil ? "no earlier revision to compare with" : "the entry predates the earlier revision"
        func errorChanges(_ http: Int, _ kinds: Set<ChangeKind>) -> [Change] {
            changes.filter { $0.path.first == "error" && kinds.contains($0.kind) && $0.path.count > 1 && $0.path[1] == String(http) }
        }
        switch claim {
        case .errorsRemoved(let http):
            let still = new.errors.filter { $0.http == http }
            if !still.isEmpty {
                let lines = still.prefix(5).map { String($0.line) }.joined(separator: ", ")
                return (.unconfirmed, "the page still lists \(still.count) error row(s) with HTTP \(http) (line \(lines))")
            }
            guard comparable else { return (.unchecked, noBase) }
            let seen = errorChanges(http, [.errorCodeRemoved, .errorHTTPStatusChanged])
            return seen.isEmpty ? (.unconfirmed, "the earlier revision lists no HTTP \(http) error rows either")
                                : (.confirmed, "\(seen.count) HTTP \(http) error row(s) removed or moved")
        case .errorsAdded(let http), .errorsChanged(let http):
            guard comparable else { return (.unchecked, noBase) }
            let kinds: Set<ChangeKind> = {
                if case .errorsAdded = claim { return [.errorCodeAdded, .errorHTTPStatusChanged] }
                return Set(ChangeKind.allCases.filter { $0.rawValue.hasPrefix("error-") })
            }()
            let seen = errorChanges(http, kinds)
            return seen.isEmpty ? (.unconfirmed, "the diff finds no change to HTTP \(http) error rows")
                                : (.confirmed, "\(seen.count) change(s) to HTTP \(http) error rows")
        case .parametersAdded(let names), .parametersRemoved(let names), .parametersChanged(let names),
             .responseFieldsAdded(let names), .responseFieldsRemoved(let names):
            guard comparable else { return (.unchecked, noBase) }
            let (area, kinds) = expectedKinds(claim)
            let missing = names.filter { name in
                let base = baseName(name)
                return !changes.contains { kinds.contains($0.kind) && $0.path.first == area && $0.path.count > 1 && $0.path[1] == base }
            }
            return missing.isEmpty ? (.confirmed, "the diff finds it")
                                   : (.unconfirmed, "the diff finds no such change for \(missing.joined(separator: ", "))")
        case .unrecognised:
            return (.unchecked, "not a change-history line docgen understands")
        }
    }

    private static func expectedKinds(_ claim: VendorClaim) -> (String, Set<ChangeKind>) {
        switch claim {
        case .parametersAdded: return ("parameter", [.parameterAddedOptional, .parameterAddedRequired])
        case .parametersRemoved: return ("parameter", [.parameterRemoved])
        case .responseFieldsAdded: return ("response", [.responseFieldAdded])
        case .responseFieldsRemoved: return ("response", [.responseFieldRemoved])
        default: return ("parameter", Set(ChangeKind.allCases.filter { $0.rawValue.hasPrefix("request-") }))
        }
    }
}

extension VendorClaimCheck {
    /// Claims of every operation present on both sides (matched by `OperationID`), and of operations new on the right.
    public static func check(oldSpecs: [OperationSpec], newSpecs: [OperationSpec], changes: [Change]) -> [ClaimCheck] {
        let oldByID = Dictionary(oldSpecs.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        let byOperation = Dictionary(grouping: changes, by: \.operation)
        return newSpecs.sorted { $0.operationID < $1.operationID }.flatMap { spec in
            check(old: oldByID[spec.operationID], new: spec, changes: byOperation[spec.operationID.description] ?? [])
        }
    }
}
