import DocGenSpec

/// Machine-readable report. Shape (schemaVersion 1), keys sorted, every key always present (null when empty):
///
///     { "schemaVersion": 1, "old": "<arg>", "new": "<arg>", "failOn": "BREAKING"|"WARN"|"INFO"|null,
///       "thresholdReached": bool,
///       "summary": { "breaking": n, "warn": n, "info": n, "ignored": n },
///       "changes": [ { "id", "severity", "confidence", "effect", "fingerprint", "key", "operation",
///                      "path": [..], "message", "old": {"file","line","value"}|null, "new": ...|null,
///                      "ignored": "<reason>"|null } ],
///       "vendorClaims": [ { "date", "file", "line", "claim", "verdict", "reason" } ],
///       "unusedIgnores": [ "<fingerprint>" ] }
public struct JSONDiffRenderer: Sendable {
    public init() {}

    public func render(_ report: DiffReport) throws -> String {
        String(decoding: try SpecJSON.encode(Document(report)), as: UTF8.self)
    }

    struct Document: Encodable {
        let schemaVersion = 1
        let old: String
        let new: String
        let failOn: String?
        let thresholdReached: Bool
        let summary: [String: Int]
        let changes: [Entry]
        let vendorClaims: [Claim]
        let unusedIgnores: [String]

        init(_ r: DiffReport) {
            old = r.oldLabel
            new = r.newLabel
            failOn = r.failOn?.rawValue
            thresholdReached = r.thresholdReached
            summary = ["breaking": r.count(.breaking), "warn": r.count(.warn), "info": r.count(.info), "ignored": r.ignoredCount]
            changes = r.entries.map(Entry.init)
            vendorClaims = r.claims.map(Claim.init)
            unusedIgnores = r.unusedIgnores
        }

        enum CodingKeys: String, CodingKey {
            case schemaVersion, old, new, failOn, thresholdReached, summary, changes, vendorClaims, unusedIgnores
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(schemaVersion, forKey: .schemaVersion)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
            try c.encode(failOn, forKey: .failOn)
            try c.encode(thresholdReached, forKey: .thresholdReached)
            try c.encode(summary, forKey: .summary)
            try c.encode(changes, forKey: .changes)
            try c.encode(vendorClaims, forKey: .vendorClaims)
            try c.encode(unusedIgnores, forKey: .unusedIgnores)
        }
    }

    struct Side: Encodable {
        let file: String, line: Int?, value: String?
        enum CodingKeys: String, CodingKey { case file, line, value }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(value, forKey: .value)
        }
    }

    struct Entry: Encodable {
        let id, severity, confidence, effect, fingerprint, key, operation, message: String
        let path: [String]
        let old: Side?, new: Side?
        let ignored: String?

        init(_ e: DiffReport.Entry) {
            let c = e.change
            id = c.kind.rawValue
            severity = c.severity.rawValue
            confidence = c.confidence.rawValue
            effect = c.kind.rule.swiftEffect
            fingerprint = c.fingerprint
            key = c.key
            operation = c.operation
            message = c.message
            path = c.path
            old = c.old.map { Side(file: $0.file, line: $0.line, value: $0.value) }
            new = c.new.map { Side(file: $0.file, line: $0.line, value: $0.value) }
            ignored = e.ignoredBecause
        }

        enum CodingKeys: String, CodingKey {
            case id, severity, confidence, effect, fingerprint, key, operation, message, path, old, new, ignored
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(severity, forKey: .severity)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(effect, forKey: .effect)
            try c.encode(fingerprint, forKey: .fingerprint)
            try c.encode(key, forKey: .key)
            try c.encode(operation, forKey: .operation)
            try c.encode(message, forKey: .message)
            try c.encode(path, forKey: .path)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
            try c.encode(ignored, forKey: .ignored)
        }
    }

    struct Claim: Encodable {
        let date, file, claim, verdict, reason: String
        let line: Int
        init(_ c: ClaimCheck) {
            date = c.date
            file = c.file
            claim = c.claim
            verdict = c.verdict.rawValue
            reason = c.reason
            line = c.line
        }
    }
}
