import DocGenSpec

/// Turns vendor names (`DiskId`, `Tag.N.key`, `%s`, `1stDisk`, `名称`, `protocol`) into valid Swift identifiers.
/// Distinctness within a scope is `IdentifierScope`'s job; these functions only make one name valid and readable.
public enum SwiftIdentifiers {
    /// `lowerCamelCase`, for properties and arguments: `DiskId` → `diskId`, `VPCId` → `vpcId`, `DiskIds.N` → `diskIdsN`.
    public static func lowerCamel(_ name: String) -> String {
        let words = self.words(of: name)
        guard let first = words.first else { return "value" }
        let joined = lowerLeadingCapitals(first) + words.dropFirst().map(upperFirst).joined()
        return finish(joined, isType: false)
    }

    /// The plural of a lowerCamel identifier, for list properties: `diskId` → `diskIds`, `tag` → `tags`,
    /// `ipv6Address` → `ipv6Addresses`, `policy` → `policies`. Names that already read as plurals or as mass nouns
    /// (`diskIds`, `status`, `userData`), or that end in a digit or an acronym, stay as they are.
    public static func plural(_ identifier: String) -> String {
        guard let last = identifier.last, last.isASCII, last.isLowercase else { return identifier }
        let lastWord = identifier[(identifier.lastIndex { $0.isUppercase } ?? identifier.startIndex)...].lowercased()
        if massNouns.contains(lastWord) { return identifier }
        let lower = identifier.lowercased()
        if ["ss", "x", "ch", "sh", "z"].contains(where: lower.hasSuffix) { return identifier + "es" }
        if lower.hasSuffix("s") { return identifier }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return identifier.dropLast() + "ies"
        }
        return identifier + "s"
    }

    static let massNouns: Set<String> = [
        "data", "info", "information", "metadata", "config", "equipment", "software", "hardware", "traffic", "bandwidth",
        "storage", "content", "media", "staff", "feedback", "evidence", "news",
    ]

    /// `UpperCamelCase`, for types: `snapshot_group` → `SnapshotGroup`, `ecs` → `Ecs`.
    public static func upperCamel(_ name: String) -> String {
        let words = self.words(of: name)
        guard !words.isEmpty else { return "Value" }
        return finish(words.map(upperFirst).joined(), isType: true)
    }

    /// Alphanumeric ASCII runs; every other character separates words, except non-ASCII letters and digits, which
    /// become a word spelling their code point (`名` → `U540D`) so that different names stay different.
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if !scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    words.append("U" + String(scalar.value, radix: 16, uppercase: true))
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func upperFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// `VPCId` → `vpcId`, `ID` → `id`, `DiskId` → `diskId`: a leading run of capitals is lowered, except the last one
    /// when it starts the next word (`VPCId`: `I` starts `Id`).
    private static func lowerLeadingCapitals(_ word: String) -> String {
        let chars = Array(word)
        var run = 0
        while run < chars.count, chars[run].isUppercase { run += 1 }
        if run == 0 { return word }
        if run == 1 || run == chars.count || !chars[run].isLowercase {
            return String(chars[..<run]).lowercased() + String(chars[run...])
        }
        return String(chars[..<(run - 1)]).lowercased() + String(chars[(run - 1)...])
    }

    private static func finish(_ name: String, isType: Bool) -> String {
        var result = name
        if let first = result.unicodeScalars.first, ("0"..."9").contains(first) { result = "_" + result }
        if isType ? reservedTypeNames.contains(result) : keywords.contains(result) {
            result += isType ? "Type" : "Value"
        }
        return result
    }

    /// Words that cannot be used as a plain identifier (or only with backticks, which the templates do not use).
    public static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
        "package", "consume", "copy", "discard", "borrowing", "consuming", "some", "any", "Type", "Protocol",
        "actor", "async", "each", "macro",
    ]

    /// Type names a nested struct must not take, because generated code uses them inside that struct's scope.
    public static let reservedTypeNames: Set<String> = keywords.union([
        "String", "Int", "Int64", "Double", "Bool", "Array", "Optional", "Dictionary", "Set", "Error", "Never",
        "Decoder", "Encoder", "Decodable", "Encodable", "Codable", "Hashable", "Sendable", "CodingKey", "CodingKeys",
        "Data", "URL", "Foundation", "Swift", "Request", "Response", "QueryItems", "QueryPair", "QueryFields",
        "ValidationIssues", "ValidationIssue", "ValidationError", "Presence", "VendorStyle", "ErrorCodeInfo",
        "DocGenRuntime", "ServiceErrorCode", "ServiceErrorResponse", "OperationRequest", "TextStart", "TextCharset",
        "RequestModel", "Validatable", "QueryEncodable", "QueryScalar", "JSONValue", "LimitProbe", "LenientScalar",
        "Lenient", "LenientList", "ResponseDecoding", "ResponseEnvelope", "ValidationRule", "KeyedDecodingContainer",
        "Testing", "Test", "Suite", "JSONDecoder", "JSONEncoder", "Date", "TimeCoded", "OptionalTimeCoded",
        "ISO8601DateTime", "ISO8601Minutes", "ISO8601Date", "UnixSeconds", "UnixMilliseconds", "LenientTime",
        "TimeWireValue", "TimeWireFormat", "TimeLayout",
    ])
}

/// Hands out identifiers in one scope so that no two are equal: a name already taken gets `2`, `3`, ... appended.
/// The caller decides the order (and so which name keeps the plain spelling), which keeps the result deterministic.
public struct IdentifierScope: Sendable {
    private var taken: Set<String>

    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    public mutating func claim(_ preferred: String) -> String {
        var candidate = preferred
        var counter = 2
        while taken.contains(candidate) {
            candidate = preferred + String(counter)
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// Names for `names` (already valid identifiers) in their order, except that names whose source starts with an
    /// upper-case letter (`Key`, the conventional spelling) claim first, so `Tag.N.Key` keeps `key` and the odd
    /// `Tag.N.key` becomes `key2` whatever the page order.
    public mutating func claimAll(_ candidates: [(source: String, identifier: String)]) -> [String] {
        var result = [String](repeating: "", count: candidates.count)
        let order = candidates.indices.sorted { a, b in
            let ua = candidates[a].source.first?.isUppercase ?? false
            let ub = candidates[b].source.first?.isUppercase ?? false
            return ua != ub ? ua : a < b
        }
        for index in order { result[index] = claim(candidates[index].identifier) }
        return result
    }
}
