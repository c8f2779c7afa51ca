import DocGenSpec

/// Static member names for error codes. The mapping keeps a code's spelling (`InvalidDiskId.NotFound` →
/// `invalidDiskId_NotFound`): dots become `_`, other punctuation `_xHH_`, so distinct codes get distinct names without
/// looking at the other codes, and a code added to a page never renames an existing member. Only codes that differ
/// in their first letter's case, or that mangle onto a reserved word, are told apart by numbering in code order.
public enum ErrorCodeNames {
    public static func memberNames(for codes: [String]) -> [String: String] {
        var scope = IdentifierScope(reserved: reservedMembers)
        var names: [String: String] = [:]
        for code in Set(codes).sorted() {
            names[code] = scope.claim(mangle(code))
        }
        return names
    }

    static func mangle(_ code: String) -> String {
        var out = ""
        for scalar in code.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar == "." {
                out += "_"
            } else {
                out += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        if let first = out.first, first.isASCII, first.isUppercase {
            out = first.lowercased() + out.dropFirst()
        }
        if out.isEmpty || out.first?.isNumber == true || out.first == "_" { out = "_" + out }
        if SwiftIdentifiers.keywords.contains(out) || reservedMembers.contains(out) { out += "_" }
        return out
    }

    /// Members every error type already has.
    static let reservedMembers: Set<String> = [
        "code", "info", "isDocumented", "documented", "description", "hashValue", "init", "self", "Type", "encode",
    ]
}
