import DocGenSpec
import DocGenRuntime

/// Values just inside and just outside one limit of one property.
struct BoundaryValues {
    struct Probe {
        /// e.g. `inside`, `outside`, `outsideHttp`.
        var label: String
        var value: SampleValue
        var fails: Bool
        /// Element limits of a list are reported on the element's path (`DiskIds.1`).
        var onElement: Bool
    }

    let samples: SampleBuilder

    func probes(for limit: Limit, of property: PropertyShape) -> [Probe] {
        // Counting limits (lengths, item counts) are what the probes vary; the others shape the text.
        let contentLimits = property.limits.filter { $0.kind.shape != .count }
        let scalarType: ScalarType?
        switch property.kind {
        case .scalar(let t), .scalarList(let t): scalarType = t
        default: scalarType = nil
        }
        var probes: [Probe] = []
        func add(_ label: String, _ value: SampleValue?, fails: Bool) {
            guard let value else { return }
            // Keep only probes that really sit on the side of the limit they claim.
            guard limit.accepts(value) != fails else { return }
            if property.isList, !limit.appliesToList {
                probes.append(Probe(label: label, value: .list([value]), fails: fails, onElement: true))
            } else {
                probes.append(Probe(label: label, value: value, fails: fails, onElement: false))
            }
        }
        switch (limit.kind, limit.value) {
        case (.minLength, .count(let n)):
            add("inside", samples.text(length: n, limits: contentLimits), fails: false)
            if n > 0 { add("outside", samples.text(length: n - 1, limits: contentLimits), fails: true) }
        case (.maxLength, .count(let n)):
            add("inside", samples.text(length: n, limits: contentLimits), fails: false)
            add("outside", samples.text(length: n + 1, limits: contentLimits), fails: true)
        case (.minimum, .number(let bound)):
            let x = bound.value
            guard let type = scalarType, abs(x) < 9.0e15 else { break }
            let inside = type == .double ? x : x.rounded(.up)
            add("inside", number(inside, as: type), fails: false)
            add("outside", number(inside - 1, as: type), fails: true)
        case (.maximum, .number(let bound)):
            let x = bound.value
            guard let type = scalarType, abs(x) < 9.0e15 else { break }
            let inside = type == .double ? x : x.rounded(.down)
            add("inside", number(inside, as: type), fails: false)
            add("outside", number(inside + 1, as: type), fails: true)
        case (.minItems, .count(let n)):
            guard let element = validElement(of: property) else { break }
            add("inside", items(element, n), fails: false)
            if n > 0 { add("outside", items(element, n - 1), fails: true) }
        case (.maxItems, .count(let n)):
            guard let element = validElement(of: property), n < 10_000 else { break }
            add("inside", items(element, n), fails: false)
            add("outside", items(element, n + 1), fails: true)
        case (.enum, .names(let values)):
            guard let type = scalarType else { break }
            add("inside", values.lazy.compactMap { samples.parse($0, as: type) }.first, fails: false)
            add("outside", valueOutside(values, as: type), fails: true)
        case (.forbiddenPrefixes, .names(let prefixes)):
            for (index, prefix) in prefixes.enumerated() {
                add(index == 0 ? "outside" : "outside\(index + 1)", .text(prefix + "x"), fails: true)
            }
        case (.forbiddenSubstrings, .names(let parts)):
            for (index, part) in parts.enumerated() {
                add(index == 0 ? "outside" : "outside\(index + 1)", .text("x" + part + "x"), fails: true)
            }
        case (.mustStartWith, .word(let start)):
            add("inside", .text(start == TextStart.letterOrCJK.rawValue ? "快a" : "ab"), fails: false)
            add("outside", .text("1a"), fails: true)
        case (.charset, _):
            add("inside", .text("ab"), fails: false)
            add("outside", .text("aé"), fails: true)
        default:
            // A text rule without probes of its own: the first of a few plain texts it accepts, and the first it rejects.
            guard limit.kind.appliesTo == .text else { break }
            let texts = Self.textCandidates.lazy.map(SampleValue.text)
            add("inside", texts.first { limit.accepts($0) }, fails: false)
            add("outside", texts.first { !limit.accepts($0) }, fails: true)
        }
        return probes
    }

    /// Plain texts to probe a text rule with: letters, digits, punctuation, spaces, CJK, accents.
    static let textCandidates = ["ab", "ab1", "a-b", "a_b", "a:b", "a.b", "a/b", "a b", "a!b", "a@b", "快a", "aé", "1a", "-a", ""]

    private func number(_ value: Double, as type: ScalarType) -> SampleValue? {
        switch type {
        case .int, .int64: return .integer(Int64(value))
        case .double: return .number(value)
        case .string: return .text(SampleValue.number(value).wireText ?? "")
        case .bool: return nil
        }
    }

    private func validElement(of property: PropertyShape) -> SampleValue? {
        let elementLimits = property.limits.filter { !$0.appliesToList }
        switch property.kind {
        case .scalarList(let t): return samples.validScalar(t, limits: elementLimits)
        case .objectList(let shape): return samples.validObject(shape)
        case .fieldsList: return .fields([:])
        default: return nil
        }
    }

    private func items(_ element: SampleValue, _ count: Int) -> SampleValue {
        count > 8 ? .repeatedList(element, count: count) : .list(Array(repeating: element, count: count))
    }

    private func valueOutside(_ allowed: [String], as type: ScalarType) -> SampleValue? {
        switch type {
        case .string:
            var candidate = "NotAnAllowedValue"
            while allowed.contains(candidate) { candidate += "X" }
            return .text(candidate)
        case .int, .int64:
            let numbers = allowed.compactMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
            return .integer((numbers.max() ?? 0) + 1)
        case .double:
            let numbers = allowed.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            return .number((numbers.max() ?? 0) + 1)
        case .bool:
            return [SampleValue.bool(true), .bool(false)].first { !allowed.contains($0.wireText ?? "") }
        }
    }
}
