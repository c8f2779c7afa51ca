import Foundation

/// Whether a value satisfies a scalar schema's own keywords (`type`, `enum`, `minimum`, `maximum`, `minLength`,
/// `maxLength`, `pattern`). Validators check `default` and examples against their schema, and pages do state defaults
/// outside their own enum or range: such a value is kept in an `x-docgen-*` extension instead, never dropped.
enum SchemaCheck {
    static func accepts(_ value: OpenAPIValue, _ schema: [String: OpenAPIValue]) -> Bool {
        if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) { return false }
        switch value {
        case .integer, .number:
            guard let x = number(value) else { return false }
            if schema["type"] == "string" || schema["type"] == "boolean" { return false }
            if schema["type"] == "integer", case .number(let n) = value, !n.isWhole { return false }
            if let min = schema["minimum"].flatMap(number), x < min { return false }
            if let max = schema["maximum"].flatMap(number), x > max { return false }
            return true
        case .string(let text):
            if let t = schema["type"], t != "string" { return false }
            let length = text.unicodeScalars.count
            if case .integer(let min)? = schema["minLength"], length < min { return false }
            if case .integer(let max)? = schema["maxLength"], length > max { return false }
            if let pattern = schema["pattern"]?.stringValue {
                guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
                let range = NSRange(text.startIndex..., in: text)
                if regex.firstMatch(in: text, range: range) == nil { return false }
            }
            return true
        case .bool:
            return schema["type"] == nil || schema["type"] == "boolean"
        default:
            return true
        }
    }

    private static func number(_ value: OpenAPIValue) -> Double? {
        switch value {
        case .integer(let i): return Double(i)
        case .number(let n): return n.value
        default: return nil
        }
    }
}
