import DocGenSpec

/// The JSON Schema of a spec type: `string`, `integer` (`int32`), `long` (`integer`, `int64`), `boolean`, `float` and
/// `double` (`number` with that format), `object`, `array`.
enum TypeSchema {
    static func scalar(_ type: ParamType) -> [String: OpenAPIValue] {
        switch type {
        case .string: return ["type": "string"]
        case .integer: return ["type": "integer", "format": "int32"]
        case .long: return ["type": "integer", "format": "int64"]
        case .boolean: return ["type": "boolean"]
        case .float: return ["type": "number", "format": "float"]
        case .double: return ["type": "number", "format": "double"]
        case .object: return ["type": "object"]
        case .array: return ["type": "array", "items": [:]]
        }
    }

    /// The documented time format: `format: date-time` / `date` where OpenAPI has one (ISO 8601 with seconds, a
    /// date), and always `x-docgen-time-format` with the spec's value (minutes-only ISO times and UNIX timestamps have
    /// no standard format).
    static func applyTimeFormat(_ format: TimeFormat?, to schema: inout [String: OpenAPIValue]) {
        guard let format else { return }
        switch format {
        case .iso8601: schema["format"] = "date-time"
        case .date: schema["format"] = "date"
        case .iso8601Minutes, .unixSeconds, .unixMilliseconds: break
        }
        schema["x-docgen-time-format"] = .string(format.rawValue)
    }

    /// Adds `description` and a typed `examples` entry (kept as text in `x-docgen-example` when it does not parse).
    static func annotate(_ schema: inout [String: OpenAPIValue], type: ParamType, description: String?, example: String?) {
        if let description, !description.isEmpty { schema["description"] = .string(description) }
        if let example, !example.isEmpty {
            if let typed = ScalarText.typed(example, as: type), SchemaCheck.accepts(typed, schema) {
                schema["examples"] = [typed]
            } else {
                schema["x-docgen-example"] = .string(example)
            }
        }
    }
}
