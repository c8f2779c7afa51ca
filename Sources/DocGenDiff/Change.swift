import Foundation
import DocGenSpec

/// One difference between two revisions of an operation, stated as a fact about the API.
public struct Change: Hashable, Sendable {
    public var kind: ChangeKind
    /// `vendor/product/apiVersion/Action`.
    public var operation: String
    /// What the change is about, e.g. `["parameter", "Tag", "Key", "maxLength"]` or `["error", "403", "Code"]`.
    /// Built from facts only (names, statuses, codes), so the same change has the same path in any language.
    public var path: [String]
    /// One human sentence.
    public var message: String
    /// Where the old and new facts are, with the value each side states (absent side: nil).
    public var old: ChangeSide?
    public var new: ChangeSide?

    public init(_ kind: ChangeKind, operation: String, path: [String], message: String, old: ChangeSide?, new: ChangeSide?) {
        self.kind = kind
        self.operation = operation
        self.path = path
        self.message = message
        self.old = old
        self.new = new
    }

    public var severity: ChangeSeverity { kind.rule.severity }
    public var confidence: ChangeConfidence { kind.rule.confidence }

    /// The literal identity of the change: rule id, operation and entity path; never message text or line numbers,
    /// so it survives rewording and reflowed pages.
    public var key: String { "\(kind.rawValue) \(operation) \(path.joined(separator: "/"))" }

    /// Short stable hash of `key` (12 hex digits), the form ignore files use.
    public var fingerprint: String { ShortHash.hex(key, digits: 12) }

    /// Where an annotation should point: the new side when there is one, else the old side.
    public var primarySide: ChangeSide? { new?.line != nil ? new : (old ?? new) }
}

/// One side of a change: the page the fact was read from, its line, and the value it states.
public struct ChangeSide: Codable, Hashable, Sendable {
    public var file: String
    public var line: Int?
    public var value: String?

    public init(file: String, line: Int?, value: String? = nil) {
        self.file = file
        self.line = line
        self.value = value
    }
}

extension Change {
    private static let catalogueIndex = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.enumerated().map { ($1, $0) })

    /// Report order: operation, then severity (most severe first), then catalogue order, then path.
    static func reportOrder(_ a: Change, _ b: Change) -> Bool {
        if a.operation != b.operation { return a.operation < b.operation }
        if a.severity != b.severity { return a.severity > b.severity }
        let ai = catalogueIndex[a.kind]!, bi = catalogueIndex[b.kind]!
        if ai != bi { return ai < bi }
        let ap = a.path.joined(separator: "/"), bp = b.path.joined(separator: "/")
        if ap != bp { return ap < bp }
        return a.message < b.message
    }
}

/// The first hex digits of a SHA-256, for fingerprints and path ids. (`SHA256.hex` formats every byte with
/// `String(format:)`, which showed up in diff profiles.)
enum ShortHash {
    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ text: String, digits count: Int) -> String {
        let digest = SHA256.digest(Data(text.utf8))
        var out: [UInt8] = []
        out.reserveCapacity(count)
        for byte in digest.prefix((count + 1) / 2) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out.prefix(count), as: UTF8.self)
    }
}
