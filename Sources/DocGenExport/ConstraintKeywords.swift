import DocGenSpec

/// Maps a parameter's `Constraints` onto JSON Schema keywords of its schema, and the rest onto `x-docgen-*`.
///
/// Standard: `minLength`, `maxLength`, `minimum`, `maximum` (on a string: `x-docgen-minimum`/`-maximum`), `minItems`, `maxItems` (on the array of a repeat list),
/// `enum` and `default` (typed as the schema's type where the value parses, else kept as `x-docgen-enum` /
/// `x-docgen-default`), `deprecated`, and `pattern` built from `charset`, `mustStartWith`, `forbiddenPrefixes` and
/// `forbiddenSubstrings` (see `ConstraintPattern`). Each of those four, `internal`, `mutuallyExclusiveWith` and
/// `dependsOn` is also kept verbatim as an extension, so nothing the spec holds is lost.
enum ConstraintKeywords {
    /// Keywords for the value schema (the element schema of a repeat list gets the scalar ones).
    static func apply(_ c: Constraints, type: ParamType, to schema: inout [String: OpenAPIValue]) {
        if let v = c.minLength { schema["minLength"] = .integer(Int64(v)) }
        if let v = c.maxLength { schema["maxLength"] = .integer(Int64(v)) }
        // On a string, JSON Schema's `minimum`/`maximum` have no effect (and tools warn about them): a numeric
        // range of a string parameter (`Priority` sent as text, read as a number) is kept as an extension.
        let bounds = type == .string ? ("x-docgen-minimum", "x-docgen-maximum") : ("minimum", "maximum")
        if let v = c.minimum { schema[bounds.0] = number(v, type: type) }
        if let v = c.maximum { schema[bounds.1] = number(v, type: type) }
        if let values = c.enum {
            let typed = values.map { ScalarText.typed($0, as: type) }
            if typed.allSatisfy({ $0 != nil }) {
                schema["enum"] = .array(dedup(typed.compactMap { $0 }))
            } else {
                schema["x-docgen-enum"] = .array(values.map { .string($0) })
            }
        }
        if type == .string || type == .array, let pattern = ConstraintPattern.pattern(for: c) {
            schema["pattern"] = .string(pattern)
        }
        if let value = c.default {
            if let typed = ScalarText.typed(value, as: type), SchemaCheck.accepts(typed, schema) {
                schema["default"] = typed
            } else {
                schema["x-docgen-default"] = .string(value.description)
            }
        }
        if c.deprecated == true { schema["deprecated"] = true }
    }

    /// `minItems` / `maxItems` for the array schema of a repeat list.
    static func applyArray(_ c: Constraints, to schema: inout [String: OpenAPIValue]) {
        if let v = c.minItems { schema["minItems"] = .integer(Int64(v)) }
        if let v = c.maxItems { schema["maxItems"] = .integer(Int64(v)) }
    }

    /// The constraints no JSON Schema keyword states exactly, as `x-docgen-*` extensions (on the parameter or
    /// property schema), plus the sentences they were read from.
    static func extensions(_ c: Constraints, sources: [String: String]) -> [String: OpenAPIValue] {
        var out: [String: OpenAPIValue] = [:]
        if let v = c.charset { out["x-docgen-charset"] = .string(v) }
        if let v = c.mustStartWith { out["x-docgen-must-start-with"] = .string(v) }
        if let v = c.forbiddenPrefixes { out["x-docgen-forbidden-prefixes"] = .array(v.map { .string($0) }) }
        if let v = c.forbiddenSubstrings { out["x-docgen-forbidden-substrings"] = .array(v.map { .string($0) }) }
        if let v = c.internal { out["x-docgen-internal"] = .bool(v) }
        if let v = c.mutuallyExclusiveWith { out["x-docgen-mutually-exclusive-with"] = .array(v.map { .string($0) }) }
        if let v = c.dependsOn { out["x-docgen-depends-on"] = .array(v.map { .string($0) }) }
        if !sources.isEmpty { out["x-docgen-constraint-sources"] = .object(sources.mapValues { .string($0) }) }
        return out
    }

    private static func number(_ n: SpecNumber, type: ParamType) -> OpenAPIValue {
        if n.isWhole, type != .float, type != .double { return .integer(Int64(n.value)) }
        return n.isWhole ? .integer(Int64(n.value)) : .number(n)
    }

    private static func dedup(_ values: [OpenAPIValue]) -> [OpenAPIValue] {
        var seen = Set<OpenAPIValue>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// Text as the page gives it (an example, an enum value), typed as a schema type.
enum ScalarText {
    /// The value as `type`, or nil when it does not parse as one (`abc` for an integer).
    static func typed(_ text: String, as type: ParamType) -> OpenAPIValue? {
        switch type {
        case .string: return .string(text)
        case .integer, .long: return Int64(text).map { .integer($0) }
        case .float, .double:
            if let i = Int64(text) { return .integer(i) }
            return Double(text).flatMap { $0.isFinite ? .number(SpecNumber($0)) : nil }
        case .boolean:
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case .object, .array: return nil
        }
    }

    static func typed(_ value: SpecScalar, as type: ParamType) -> OpenAPIValue? {
        switch (value, type) {
        case (.string(let s), _): return typed(s, as: type)
        case (.number(let n), .integer), (.number(let n), .long): return n.isWhole ? .integer(Int64(n.value)) : nil
        case (.number(let n), .float), (.number(let n), .double): return n.isWhole ? .integer(Int64(n.value)) : .number(n)
        case (.number(let n), .string): return .string(n.description)
        case (.bool(let b), .boolean): return .bool(b)
        case (.bool(let b), .string): return .string(b ? "true" : "false")
        default: return nil
        }
    }
}
