import DocGenSpec

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

/// Colour is for people at a terminal: only when stdout is one and `NO_COLOR` (https://no-color.org) is unset.
public enum TerminalColour {
    public static func wanted(format: DiffFormat, stdoutIsTerminal: Bool, environment: [String: String]) -> Bool {
        format == .text && stdoutIsTerminal && environment["NO_COLOR"] == nil
    }
}
