import DocGenSpec

/// The output formats of `docgen errors`, named by file extension.
public enum ErrorTableFormat: String, CaseIterable, Sendable {
    case md, csv, json, html

    /// Parses `--format md,csv` values; unknown names are usage errors.
    public static func parse(_ names: [String]) throws -> [ErrorTableFormat] {
        guard !names.isEmpty else { return allCases }
        var formats: [ErrorTableFormat] = []
        for name in names {
            guard let format = ErrorTableFormat(rawValue: name.lowercased()) else {
                throw DocGenError.usage("unknown format '\(name)': use md, csv, json or html")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}
