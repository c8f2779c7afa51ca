import DocGenSpec

/// Markdown report (pull-request comments, CI summaries): one table per operation.
public struct MarkdownDiffRenderer: Sendable {
    public init() {}

    public func render(_ report: DiffReport) -> String {
        var out = "# API changes\n\n`\(report.oldLabel)` → `\(report.newLabel)`: **\(report.summaryLine)**\n"
        let operations = report.entries.map(\.change.operation).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        for operation in operations {
            out += "\n## `\(operation)`\n\n"
            out += "| Severity | Change | Rule | Old | New | Fingerprint |\n|---|---|---|---|---|---|\n"
            for entry in report.entries where entry.change.operation == operation {
                let c = entry.change
                let severity = entry.ignoredBecause.map { "ignored (\(cell($0)))" } ?? "**\(c.severity.rawValue)**"
                out += "| \(severity) | \(cell(c.message)) | `\(c.kind.rawValue)` | \(place(c.old)) | \(place(c.new)) | `\(c.fingerprint)` |\n"
            }
        }
        if report.entries.isEmpty { out += "\nNo changes.\n" }
        if !report.claims.isEmpty {
            out += "\n## Vendor change history\n\n| Date | Claim | Verdict | Why |\n|---|---|---|---|\n"
            for claim in report.claims {
                out += "| \(claim.date) | \(cell(claim.claim)) | \(claim.verdict.rawValue) | \(cell(claim.reason)) (`\(claim.file):\(claim.line)`) |\n"
            }
        }
        return out
    }

    private func place(_ side: ChangeSide?) -> String { side.map { "`\(cell($0.place))`" } ?? "–" }
}

/// A table cell: pipes escaped, line breaks flattened.
func cell(_ text: String) -> String {
    TextNormal.collapse(text).replacingOccurrences(of: "|", with: "\\|")
}
