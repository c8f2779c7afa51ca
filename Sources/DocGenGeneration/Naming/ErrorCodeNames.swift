import DocGenSpec

/// Static member names for error codes, in Swift style: the code's words in lower camel case
/// (`InvalidDiskIds.NotInSameZone` → `invalidDiskIdsNotInSameZone`), a placeholder read as a word
/// (`InvalidParameter.%s` → `invalidParameterAny`, `%d` → `AnyNumber`). Codes that spell the same words
/// (`A.B`, `AB`, `a_b`), or that land on a member every error type has, are told apart by numbering, so every name
/// is unique and the result depends only on the set of codes. Conventionally spelled codes (letters and digits in
/// dot-separated segments, each starting with a capital or a digit, or a placeholder) claim first, in code order: adding an oddly
/// spelled code to a page never renames the member of a conventional one.
public enum ErrorCodeNames {
    public static func memberNames(for codes: [String]) -> [String: String] {
        var scope = IdentifierScope(reserved: reservedMembers)
        var names: [String: String] = [:]
        let sorted = Set(codes).sorted()
        for code in sorted.filter(isConventional) + sorted.filter({ !isConventional($0) }) {
            names[code] = scope.claim(mangle(code))
        }
        return names
    }

    static func isConventional(_ code: String) -> Bool {
        let segments = code.split(separator: ".", omittingEmptySubsequences: false)
        return segments.allSatisfy { segment in
            if ["%s", "%d", "*"].contains(segment) { return true }
            guard let first = segment.unicodeScalars.first, first.isASCII,
                  first.properties.isUppercase || ("0"..."9").contains(first) else { return false }
            return segment.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }

    static func mangle(_ code: String) -> String {
        let spelled = code.replacingOccurrences(of: "%s", with: ".Any.").replacingOccurrences(of: "%d", with: ".AnyNumber.")
            .replacingOccurrences(of: "*", with: ".Any.")
        guard !SwiftIdentifiers.words(of: spelled).isEmpty else { return "unnamedCode" }
        var out = SwiftIdentifiers.lowerCamel(spelled)
        if SwiftIdentifiers.keywords.contains(out) || reservedMembers.contains(out) { out += "Code" }
        return out
    }

    /// Members every error type already has.
    static let reservedMembers: Set<String> = [
        "code", "info", "isDocumented", "documented", "description", "hashValue", "init", "self", "Type", "encode",
        "matches", "isFamily",
    ]
}
