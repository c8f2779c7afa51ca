import Foundation
import DocGenSpec

/// Picks request values for the generated tests: the page's examples where they are usable, otherwise the simplest
/// value that passes every limit, and values just inside and just outside each limit. Every value is checked with
/// the runtime's own rules (`Limit.accepts`).
struct SampleBuilder {
    let listIndexBase: Int

    // MARK: Valid values

    /// A value that passes every limit of the property, or nil when none could be found.
    func validValue(for property: PropertyShape) -> SampleValue? {
        let elementLimits = property.limits.filter { !$0.appliesToList }
        switch property.kind {
        case .scalar(let type):
            return validScalar(type, limits: property.limits)
        case .time(let format):
            return .time(secondsSince1970: TimeExamples.sampleSeconds, wireText: TimeExamples.sampleText(format))
        case .scalarList(let type):
            guard let element = validScalar(type, limits: elementLimits) else { return nil }
            return list(of: element, limits: property.limits)
        case .object(let shape):
            return validObject(shape)
        case .objectList(let shape):
            guard let element = validObject(shape) else { return nil }
            return list(of: element, limits: property.limits)
        case .fields:
            return .fields([:])
        case .fieldsList:
            return list(of: .fields([:]), limits: property.limits)
        }
    }

    func validObject(_ shape: StructShape) -> SampleValue? {
        var arguments: [(String, SampleValue)] = []
        for property in shape.properties where property.required {
            guard let value = validValue(for: property) else { return nil }
            arguments.append((property.name, value))
        }
        return .object(type: shape.qualifiedName, arguments: arguments)
    }

    /// The object value for a struct given per-property values (nil leaves the argument out).
    func object(_ shape: StructShape, _ values: [SampleValue?]) -> SampleValue {
        .object(type: shape.qualifiedName, arguments: zip(shape.properties, values).compactMap { property, value in
            value.map { (property.name, $0) }
        })
    }

    private func list(of element: SampleValue, limits: [Limit]) -> SampleValue? {
        var count = 1
        for limit in limits {
            if limit.kind == .minItems, let n = limit.value.count { count = max(count, n) }
        }
        for limit in limits {
            if limit.kind == .maxItems, let n = limit.value.count { count = min(count, max(n, 0)) }
        }
        let value = count > 8 ? SampleValue.repeatedList(element, count: count) : .list(Array(repeating: element, count: count))
        return limits.allSatisfy { $0.accepts(value) } ? value : nil
    }

    func validScalar(_ type: ScalarType, limits: [Limit]) -> SampleValue? {
        for limit in limits {
            if limit.kind == .enum, let values = limit.value.names {
                return values.lazy.compactMap { parse($0, as: type) }.first { v in limits.allSatisfy { $0.accepts(v) } }
            }
        }
        switch type {
        case .string:
            if limits.contains(where: { $0.kind.appliesTo == .number }) {
                guard let number = validNumber(limits: limits, whole: true) else { return nil }
                return accepted(.text(SampleValue.number(number).wireText ?? ""), limits)
            }
            var length = 8
            for limit in limits {
                if limit.kind == .minLength, let n = limit.value.count { length = max(length, n) }
            }
            for limit in limits {
                if limit.kind == .maxLength, let n = limit.value.count { length = min(length, n) }
            }
            return text(length: length, limits: limits)
        case .int, .int64:
            guard let number = validNumber(limits: limits, whole: true) else { return nil }
            return accepted(.integer(Int64(number)), limits)
        case .double:
            guard let number = validNumber(limits: limits, whole: false) else { return nil }
            return accepted(.number(number), limits)
        case .bool:
            return [SampleValue.bool(true), .bool(false)].first { v in limits.allSatisfy { $0.accepts(v) } }
        }
    }

    private func accepted(_ value: SampleValue, _ limits: [Limit]) -> SampleValue? {
        limits.allSatisfy { $0.accepts(value) } ? value : nil
    }

    private func validNumber(limits: [Limit], whole: Bool) -> Double? {
        var low: Double?
        var high: Double?
        for limit in limits {
            if limit.kind == .minimum, let x = limit.value.number?.value { low = whole ? x.rounded(.up) : x }
            if limit.kind == .maximum, let x = limit.value.number?.value { high = whole ? x.rounded(.down) : x }
        }
        let value = low ?? min(high ?? 1, 1)
        guard abs(value) < 9.0e15 else { return nil }
        return value
    }

    /// A text of `length` scalars that passes the content limits (prefixes, substrings, first letter, charset).
    func text(length: Int, limits: [Limit]) -> SampleValue? {
        guard length >= 0 else { return nil }
        for unit in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" {
            let value = length > 64 ? SampleValue.repeated(unit: String(unit), count: length)
                : .text(String(repeating: unit, count: length))
            if limits.allSatisfy({ $0.accepts(value) }) { return value }
        }
        return nil
    }

    // MARK: Page examples

    /// The page's example as a value of the property's type, or the reason it cannot be used.
    func exampleValue(for property: PropertyShape) -> (value: SampleValue?, note: String?) {
        let (value, note, _) = pageExample(for: property)
        return (value, note)
    }

    /// Spellings of "no value" pages put in the example column; none of them is a real example.
    static let noValueSpellings: Set<String> = ["null", "none", "nil", "-", "—", "无", "n/a"]

    /// The page's example of a property: usable (`value`), or why not (`note`) and, when it was read but breaks a
    /// documented limit, the value itself (`rejected`), which the generated tests expect validation to report.
    func pageExample(for property: PropertyShape) -> (value: SampleValue?, note: String?, rejected: SampleValue?) {
        var raw = property.parameter.example?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let text = raw, Self.noValueSpellings.contains(text.lowercased()) { raw = nil }
        var value: SampleValue?
        switch property.kind {
        case .scalar(let type):
            guard let raw, !raw.isEmpty else { return (nil, nil, nil) }
            value = parse(raw, as: type)
            if value == nil { return (nil, "example \(raw) of \(property.wireKey) is not a \(type.swiftName)", nil) }
        case .time(let format):
            guard let raw, !raw.isEmpty else { return (nil, nil, nil) }
            guard let seconds = TimeExamples.exactSeconds(raw, format: format) else {
                return (nil, "example \(raw) of \(property.wireKey) is not a time written as \(format.writtenPattern)", nil)
            }
            // The page's own text is what the request must send: the tests compare the runtime's encoding with it.
            value = .time(secondsSince1970: seconds, wireText: raw)
        case .scalarList(let type):
            guard let raw, !raw.isEmpty else { return (nil, nil, nil) }
            let parts = jsonArray(raw) ?? [raw]
            let parsed = parts.compactMap { parse($0, as: type) }
            guard parsed.count == parts.count, !parsed.isEmpty else {
                return (nil, "example \(raw) of \(property.wireKey) is not a list of \(type.swiftName)", nil)
            }
            value = .list(parsed)
        case .object(let shape), .objectList(let shape):
            guard let element = exampleObject(shape) else { return (nil, nil, nil) }
            value = property.isList ? .list([element]) : element
        case .fields, .fieldsList:
            return (nil, nil, nil)
        }
        guard let value else { return (nil, nil, nil) }
        if let broken = property.limits.first(where: { !$0.accepts(value) }) {
            return (nil, "example \(property.parameter.example ?? "") of \(property.wireKey) breaks its \(broken.key) limit", value)
        }
        return (value, nil, nil)
    }

    /// An element built from the children's examples (required children without one get a valid value);
    /// nil when no child has an example.
    func exampleObject(_ shape: StructShape) -> SampleValue? {
        var values: [SampleValue?] = []
        var any = false
        for property in shape.properties {
            let example = exampleValue(for: property).value
            if example != nil { any = true }
            values.append(example ?? (property.required ? validValue(for: property) : nil))
            if property.required, values.last! == nil { return nil }
        }
        return any ? object(shape, values) : nil
    }

    func parse(_ raw: String, as type: ScalarType) -> SampleValue? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        switch type {
        case .string: return .text(raw)
        case .int, .int64: return Int64(text).map(SampleValue.integer)
        case .double: return Double(text).flatMap { $0.isFinite ? SampleValue.number($0) : nil }
        case .bool:
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        }
    }

    private func jsonArray(_ raw: String) -> [String]? {
        guard raw.hasPrefix("["), let data = raw.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return nil }
        return array.map { element in
            if let s = element as? String { return s }
            if let n = element as? NSNumber { return n.stringValue }
            return "\(element)"
        }
    }
}
