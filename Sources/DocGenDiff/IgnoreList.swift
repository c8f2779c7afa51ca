import Foundation
import DocGenSpec

/// Changes a team has looked at and accepted, so they no longer fail a CI gate.
///
/// File format, one entry a line: `<fingerprint> <reason>`; the fingerprint is the 12-hex-digit `Change.fingerprint`,
/// the reason is free text and required. Blank lines and lines starting with `#` are skipped.
public struct IgnoreList: Hashable, Sendable {
    /// fingerprint -> reason
    public private(set) var reasons: [String: String] = [:]

    public init(reasons: [String: String] = [:]) { self.reasons = reasons }

    public init(text: String, file: String) throws {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            let fingerprint = parts[0].lowercased()
            guard fingerprint.count == 12, fingerprint.allSatisfy(\.isHexDigit) else {
                throw DocGenError.invalidInput("\(file):\(index + 1): '\(parts[0])' is not a change fingerprint (12 hex digits)")
            }
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            guard !reason.isEmpty else {
                throw DocGenError.invalidInput("\(file):\(index + 1): fingerprint \(fingerprint) needs a reason after it")
            }
            reasons[fingerprint] = reason
        }
    }

    public static func read(at url: URL) throws -> IgnoreList {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DocGenError.io("\(url.path): cannot read ignore file")
        }
        return try IgnoreList(text: String(decoding: data, as: UTF8.self), file: url.path)
    }

    public func reason(for change: Change) -> String? { reasons[change.fingerprint] }
}
