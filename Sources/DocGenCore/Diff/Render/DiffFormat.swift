/// The output formats of `docgen diff`.
public enum DiffFormat: String, CaseIterable, Sendable {
    case text, markdown, json, github

    /// Renders a report. `colour` only affects `text` (ANSI colours for a terminal).
    public func render(_ report: DiffReport, colour: Bool = false) throws -> String {
        switch self {
        case .text: return TextDiffRenderer(colour: colour).render(report)
        case .markdown: return MarkdownDiffRenderer().render(report)
        case .json: return try JSONDiffRenderer().render(report)
        case .github: return GitHubDiffRenderer().render(report)
        }
    }
}

extension ChangeSide {
    /// `file:line`, or `file` without a line.
    var place: String { line.map { "\(file):\($0)" } ?? file }
}
