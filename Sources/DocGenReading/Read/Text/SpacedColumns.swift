import DocGenSpec

/// Header and row splitting for renderings whose table cells are separated by single spaces
/// (`Parameter Name Required Type Description` / `DiskIds.N Yes Array of String Specifies ...`).
///
/// A header is a line made only of known column names. In a row every column but the last holds a
/// space-free value, except Type, whose multi-word forms are a closed set (`Array of String`, `Array of Tag`);
/// the last column (the description) takes the rest of the line.
enum SpacedColumns {
    static let knownColumns = [
        "Parameter Name", "Default Value", "Error Code", "Name", "Required", "Type", "Description", "Example",
        "Value", "Field",
    ]

    static func header(_ text: String) -> [String]? {
        guard let first = text.first, !first.isWhitespace else { return nil }
        var rest = Substring(text)
        var columns: [String] = []
        while !rest.isEmpty {
            guard let column = knownColumns.first(where: {
                rest.hasPrefix($0) && (rest.count == $0.count || rest.dropFirst($0.count).first == " ")
            }) else { return nil }
            columns.append(column)
            rest = rest.dropFirst(column.count).drop(while: { $0 == " " })
        }
        guard columns.count >= 2, TableKind(columns: columns) != .other else { return nil }
        return columns
    }

    /// Cells of a row in header order, or nil when the line does not have the row's shape.
    static func row(_ text: String, columns: [String]) -> [String]? {
        guard let first = text.first, !first.isWhitespace else { return nil }
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var cells: [String] = []
        for (index, column) in columns.enumerated() {
            if index == columns.count - 1 {
                cells.append(tokens.joined(separator: " "))
                break
            }
            guard let taken = take(column, from: tokens) else { return nil }
            cells.append(tokens[..<taken].joined(separator: " "))
            tokens.removeFirst(taken)
        }
        return cells
    }

    /// How many tokens the value of `column` takes at the start of `tokens`.
    private static func take(_ column: String, from tokens: [String]) -> Int? {
        guard let first = tokens.first, !first.isEmpty else { return nil }
        switch column.lowercased() {
        case "required":
            return ["Yes", "No", "yes", "no"].contains(first) ? 1 : nil
        case "type":
            if tokens.count >= 3, first == "Array", tokens[1] == "of", isTypeWord(tokens[2]) { return 3 }
            if tokens.count >= 2, first == "Timestamp", tokens[1] == "ISO8601" { return 2 }
            return isTypeWord(first) ? 1 : nil
        case "parameter name", "name", "field":
            return FieldRow.isIdentifier(first) ? 1 : nil
        case "error code":
            let isCode = first.first?.isLetter == true
                && first.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "._%-".contains($0) }
            return isCode ? 1 : nil
        default:
            return 1
        }
    }

    /// `String`, `Integer`, `Uint64`, a structure name like `Tag`.
    static func isTypeWord(_ token: String) -> Bool {
        guard let first = token.first, first.isUppercase else { return false }
        return token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
