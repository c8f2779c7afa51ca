import DocGenSpec

/// Human-readable report for a terminal or a log; ANSI colour only when asked (the command decides: a terminal
/// and NO_COLOR unset).
public struct TextDiffRenderer: Sendable {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public func render(_ report: DiffReport) -> String {
        var out = "docgen diff \(report.oldLabel) -> \(report.newLabel)\n"
        var operation: String?
        for entry in report.entries {
            let change = entry.change
            if change.operation != operation {
                operation = change.operation
                out += "\n" + paint(change.operation, "1") + "\n"
            }
            let label = entry.ignoredBecause == nil ? change.severity.rawValue : "ignored"
            let padded = label.padding(toLength: 8, withPad: " ", startingAt: 0)
            out += "  " + paint(padded, entry.ignoredBecause == nil ? code(change.severity) : "2")
                + " " + change.message + "  [" + change.kind.rawValue + "]\n"
            var details: [String] = []
            if let old = change.old { details.append("old \(old.place)") }
            if let new = change.new { details.append("new \(new.place)") }
            details.append("fingerprint \(change.fingerprint)")
            if change.confidence != .high { details.append("confidence \(change.confidence.rawValue)") }
            if let reason = entry.ignoredBecause { details.append("ignored: \(reason)") }
            out += "           " + paint(details.joined(separator: ", "), "2") + "\n"
        }
        if !report.claims.isEmpty {
            out += "\n" + paint("Vendor change history", "1") + "\n"
            for claim in report.claims {
                out += "  \(claim.verdict.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(claim.date) \(claim.claim): \(claim.reason) (\(claim.file):\(claim.line))\n"
            }
        }
        for fingerprint in report.unusedIgnores {
            out += "note: ignore entry \(fingerprint) matches no change\n"
        }
        if report.entries.isEmpty { out += "\nNo changes.\n" }
        out += "\nSummary: \(report.summaryLine)"
        if let failOn = report.failOn {
            out += report.thresholdReached ? "; --fail-on \(failOn.rawValue.lowercased()) reached" : "; below --fail-on \(failOn.rawValue.lowercased())"
        }
        return out + "\n"
    }

    private func code(_ severity: ChangeSeverity) -> String {
        switch severity {
        case .breaking: return "1;31"
        case .warn: return "33"
        case .info: return "36"
        }
    }

    private func paint(_ text: String, _ sgr: String) -> String {
        colour ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }
}
