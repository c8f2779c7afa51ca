import DocGenSpec

/// GitHub Actions workflow commands: `::error file=F,line=L,title=T::message` per change (BREAKING as error,
/// WARN as warning, INFO as notice), ignored changes left out, a closing summary notice.
public struct GitHubDiffRenderer: Sendable {
    public init() {}

    public func render(_ report: DiffReport) -> String {
        var out = ""
        for entry in report.entries where entry.ignoredBecause == nil {
            let c = entry.change
            let command: String
            switch c.severity {
            case .breaking: command = "error"
            case .warn: command = "warning"
            case .info: command = "notice"
            }
            var properties: [String] = []
            if let side = c.primarySide {
                properties.append("file=\(Self.property(side.file))")
                if let line = side.line { properties.append("line=\(line)") }
            }
            properties.append("title=\(Self.property("\(c.severity.rawValue) \(c.kind.rawValue)"))")
            out += "::\(command) \(properties.joined(separator: ","))::\(Self.data("\(c.operation): \(c.message) [\(c.fingerprint)]"))\n"
        }
        for claim in report.claims where claim.verdict == .unconfirmed {
            out += "::warning file=\(Self.property(claim.file)),line=\(claim.line),title=vendor-claim-unconfirmed::"
                + Self.data("\(claim.date) \(claim.claim): \(claim.reason)") + "\n"
        }
        out += "::notice title=docgen diff::\(Self.data(report.summaryLine))\n"
        return out
    }

    /// Message escaping of workflow commands.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property escaping: as messages, plus `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
