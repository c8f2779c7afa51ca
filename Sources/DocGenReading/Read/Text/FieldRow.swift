import DocGenSpec

/// One row of a parameter or response-field table, as read from a run-together rendering.
struct FieldRow: Hashable, Sendable {
    /// Empty for an array's item row and for the response's root `object` row.
    var name: String
    var type: String
    /// `Yes`/`No` as printed; nil when the table has no Required column.
    var required: String?
    var description: String
    var example: String?
    var line: Int

    /// The start of a row: `RegionIdstringYes`, `stringNo` (an item), `Tagobject []No`, `object` (a root),
    /// `SnapshotGroupIdstring` (response tables have no Required column).
    /// Names never contain spaces, so a line with spaces outside the type word is never a row.
    static func match(_ text: String, hasRequired: Bool) -> (name: String, type: String, required: String?)? {
        guard let first = text.first, !first.isWhitespace else { return nil }
        var rest = Substring(text)
        var required: String?
        if hasRequired {
            guard let word = ["Yes", "No"].first(where: { rest.hasSuffix($0) }) else { return nil }
            required = word
            rest = rest.dropLast(word.count)
        }
        guard let type = FieldTypeVocabulary.typeSuffix(of: String(rest)) else { return nil }
        let name = String(rest.dropLast(type.count))
        guard name.isEmpty || isIdentifier(name) else { return nil }
        return (name, type, required)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "_.-$@".contains($0) }
    }
}
