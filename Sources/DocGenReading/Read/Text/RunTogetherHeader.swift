import DocGenSpec

/// Recognises a table header row whose column names run together (`ParameterTypeRequiredDescriptionExample`,
/// `HTTP status codeError codeError messageDescription`) and tells what kind of table follows.
///
/// Column names are capitalised phrases, so a column starts where a lowercase letter is directly followed by an
/// uppercase one. The split is accepted only when most of the pieces are column names the vendor sites use.
enum RunTogetherHeader {
    static let knownColumns: Set<String> = [
        "parameter", "name", "type", "required", "description", "example", "default value", "valid values",
        "http status code", "error code", "error message",
        "change time", "summary of changes", "operation", "change item", "change content",
        "access level", "resource type", "condition key", "associated operation",
    ]

    static func columns(_ text: String) -> [String]? {
        guard let first = text.first, !first.isWhitespace, first.isUppercase else { return nil }
        var cells: [String] = []
        var current = ""
        var previous: Character?
        for c in text {
            if let p = previous, p.isLowercase, c.isUppercase {
                cells.append(current)
                current = ""
            }
            current.append(c)
            previous = c
        }
        cells.append(current)
        guard cells.count >= 2 else { return nil }
        for cell in cells {
            guard cell.split(separator: " ").count <= 4,
                  cell.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        }
        let known = cells.filter { knownColumns.contains($0.lowercased()) }.count
        guard known >= 2, known * 2 > cells.count else { return nil }
        return cells
    }
}

/// What a table's header says it holds.
enum TableKind: Equatable {
    /// Parameters or response fields: name, type, maybe required, description, maybe example.
    case fields
    case errors
    case changeHistory
    /// Anything else (authorization tables, ...): kept, but rows are not split into cells.
    case other

    init(columns: [String]) {
        let lower = Set(columns.map { $0.lowercased() })
        if lower.contains("error code") {
            self = .errors
        } else if lower.contains("change time") {
            self = .changeHistory
        } else if lower.contains("type"), !lower.isDisjoint(with: ["parameter", "name", "parameter name"]) {
            self = .fields
        } else {
            self = .other
        }
    }
}
