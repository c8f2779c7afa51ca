import DocGenSpec

/// What the parts of the HTML reader share while reading one page: the file name for diagnostics and the
/// diagnostics themselves, in the order they were found.
final class HTMLReadContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func report(_ severity: Diagnostic.Severity, _ code: String, _ message: String, line: Int?) {
        diagnostics.append(Diagnostic(severity, code: code, message, file: file, line: line))
    }
}

extension String {
    /// A short quotation of page text for a diagnostic message.
    func quotedExcerpt(limit: Int = 80) -> String {
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\"" + (flat.count > limit ? flat.prefix(limit) + "…" : flat) + "\""
    }
}
