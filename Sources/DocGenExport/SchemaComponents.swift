/// `components/schemas` of one document: named object schemas, with names made unique in the order they are added.
///
/// Names are `[A-Za-z0-9_]` only (OpenAPI allows `.` and `-` too, but code generators turn them into identifiers);
/// a name already taken gets `_2`, `_3`, …, so the operations, visited in `OperationID` order, always get the same names.
struct SchemaComponents {
    private(set) var schemas: [String: OpenAPIValue] = [:]

    /// Stores `schema` under a unique form of `name` and returns a `$ref` to it.
    mutating func add(_ schema: OpenAPIValue, named name: String) -> OpenAPIValue {
        let base = Self.sanitize(name)
        var unique = base
        var counter = 2
        while schemas[unique] != nil {
            unique = "\(base)_\(counter)"
            counter += 1
        }
        schemas[unique] = schema
        return Self.ref(unique)
    }

    static func ref(_ name: String) -> OpenAPIValue {
        ["$ref": .string("#/components/schemas/\(name)")]
    }

    /// Keeps ASCII letters, digits and `_`; everything else is dropped, the following letter upper-cased.
    static func sanitize(_ name: String) -> String {
        var out = ""
        var upperNext = false
        for scalar in name.unicodeScalars {
            let isWord = (scalar.value < 128) && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || scalar == "_")
            if isWord {
                out.append(upperNext ? Character(String(scalar).uppercased()) : Character(scalar))
                upperNext = false
            } else {
                upperNext = true
            }
        }
        if out.isEmpty { out = "Schema" }
        if let first = out.first, first.isNumber { out = "_" + out }
        return out
    }
}
