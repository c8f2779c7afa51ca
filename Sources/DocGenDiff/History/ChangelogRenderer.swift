import DocGenSpec

/// A per-operation CHANGELOG.md: newest revision first, each with the changes since the one before and the
/// verdict on the page's own change-history entries.
public enum ChangelogRenderer {
    public static func markdown(_ timeline: Timeline) -> String {
        let title = timeline.operation.split(separator: "/").last.map(String.init) ?? timeline.operation
        var out = "# \(title): change history\n\n"
        out += "`\(timeline.operation)`, built by `docgen history` from \(timeline.steps.count) revision(s), newest first."
        if timeline.duplicatesSkipped > 0 { out += " \(timeline.duplicatesSkipped) identical revision(s) skipped." }
        out += "\n"
        for step in timeline.steps.reversed() {
            let spec = step.revision.spec
            out += "\n## \(step.number). \(spec.source.date ?? "date not stated") · `\(spec.source.file)`\n\n"
            if let previous = step.previous {
                let report = DiffReport(oldLabel: previous.spec.source.file, newLabel: spec.source.file, changes: step.changes)
                out += "Compared with \(step.number - 1) (`\(previous.spec.source.file)`): \(report.summaryLine).\n"
                if step.changes.isEmpty {
                    out += "\nNo change in the API's facts (the page's wording or layout changed).\n"
                } else {
                    out += "\n| Severity | Change | Rule | Old | New |\n|---|---|---|---|---|\n"
                    for change in report.activeChanges {
                        out += "| \(change.severity.rawValue) | \(cell(change.message)) | `\(change.kind.rawValue)` | \(place(change.old)) | \(place(change.new)) |\n"
                    }
                }
            } else {
                out += "First revision: \(spec.parameters.count) request parameter(s), \(spec.responseFields.count) response field(s), "
                    + "\(spec.errors.count) error row(s) (language \(spec.language)).\n"
            }
            if !step.claims.isEmpty {
                out += "\nThe page's own change history, checked:\n\n"
                for claim in step.claims {
                    out += "- \(claim.date) (line \(claim.line)) \(cell(claim.claim)): **\(claim.verdict.rawValue)**, \(cell(claim.reason))\n"
                }
            }
        }
        return out
    }

    private static func place(_ side: ChangeSide?) -> String { side.map { "`\(cell($0.place))`" } ?? "–" }
}
