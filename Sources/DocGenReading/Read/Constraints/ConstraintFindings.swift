import DocGenSpec

/// The constraint keys, in the order of `Constraints.setKeys`.
enum ConstraintKey: String, CaseIterable {
    case minLength, maxLength, minimum, maximum, minItems, maxItems, `enum`, `default`
    case forbiddenPrefixes, forbiddenSubstrings, mustStartWith, charset, deprecated, `internal`
    case mutuallyExclusiveWith, dependsOn

    /// The other end of a range key.
    var rangePartner: ConstraintKey? {
        switch self {
        case .minLength: return .maxLength
        case .maxLength: return .minLength
        case .minimum: return .maximum
        case .maximum: return .minimum
        case .minItems: return .maxItems
        case .maxItems: return .minItems
        default: return nil
        }
    }

    /// List keys collect the values of every sentence; the others must agree or are dropped.
    var isCumulativeList: Bool {
        switch self {
        case .forbiddenPrefixes, .forbiddenSubstrings, .mutuallyExclusiveWith, .dependsOn: return true
        default: return false
        }
    }
}

/// A value read for one key.
enum FoundValue: Hashable {
    case count(Int)
    case number(SpecNumber)
    case names([String])
    case scalar(SpecScalar)
    case word(String)
    case flag
}

/// Everything the rules read from one description, before conflicts are settled.
struct ConstraintFindings {
    private struct Finding {
        let value: FoundValue
        let sentence: String
    }

    private var found: [ConstraintKey: [Finding]] = [:]

    mutating func add(_ key: ConstraintKey, _ value: FoundValue, from sentence: String) {
        found[key, default: []].append(Finding(value: value, sentence: sentence))
    }

    /// Settles each key: list keys take the union in page order; any other key is kept only when every sentence that
    /// states it gives the same value. Two different values ("2 to 15 characters for Windows, 2 to 64 for Linux")
    /// mean the limit depends on something the spec cannot express, so no value is safer than a wrong one.
    func settled() -> ExtractedConstraints {
        var result = ExtractedConstraints()
        if found.isEmpty { return result }
        let conflicting = Set(found.compactMap { key, findings in
            !key.isCumulativeList && Self.disagree(findings) ? key : nil
        })
        for key in ConstraintKey.allCases {
            guard let findings = found[key], !findings.isEmpty else { continue }
            // The two ends of a range are read together: if one end is disputed, the other is not trusted either.
            if let partner = key.rangePartner, conflicting.contains(partner) { continue }
            let sentences = unique(findings.map(\.sentence)).joined(separator: "\n")
            let value: FoundValue
            if key.isCumulativeList {
                let names = unique(findings.flatMap { finding -> [String] in
                    if case .names(let names) = finding.value { return names }
                    return []
                })
                guard !names.isEmpty else { continue }
                value = .names(names)
            } else {
                guard !Self.disagree(findings) else { continue }
                value = findings[0].value
            }
            guard apply(value, to: key, in: &result.constraints) else { continue }
            result.sources[key.rawValue] = sentences
        }
        reconcile(&result)
        return result
    }

    private func apply(_ value: FoundValue, to key: ConstraintKey, in c: inout Constraints) -> Bool {
        switch (key, value) {
        case (.minLength, .count(let n)): c.minLength = n
        case (.maxLength, .count(let n)): c.maxLength = n
        case (.minItems, .count(let n)): c.minItems = n
        case (.maxItems, .count(let n)): c.maxItems = n
        case (.minimum, .number(let n)): c.minimum = n
        case (.maximum, .number(let n)): c.maximum = n
        case (.enum, .names(let names)): c.enum = names
        case (.default, .scalar(let s)): c.default = s
        case (.forbiddenPrefixes, .names(let names)): c.forbiddenPrefixes = names
        case (.forbiddenSubstrings, .names(let names)): c.forbiddenSubstrings = names
        case (.mutuallyExclusiveWith, .names(let names)): c.mutuallyExclusiveWith = names
        case (.dependsOn, .names(let names)): c.dependsOn = names
        case (.mustStartWith, .word(let w)): c.mustStartWith = w
        case (.charset, .word(let w)): c.charset = w
        case (.deprecated, .flag): c.deprecated = true
        case (.internal, .flag): c.internal = true
        default: return false
        }
        return true
    }

    /// A lower bound above the upper one means two unrelated numbers were paired: keep neither.
    private func reconcile(_ result: inout ExtractedConstraints) {
        var c = result.constraints
        if let lo = c.minLength, let hi = c.maxLength, lo > hi { c.minLength = nil; c.maxLength = nil }
        if let lo = c.minimum, let hi = c.maximum, lo > hi { c.minimum = nil; c.maximum = nil }
        if let lo = c.minItems, let hi = c.maxItems, lo > hi { c.minItems = nil; c.maxItems = nil }
        let kept = Set(c.setKeys)
        result.constraints = c
        result.sources = result.sources.filter { kept.contains($0.key) }
    }

    /// Whether the findings hold two different values.
    private static func disagree(_ findings: [Finding]) -> Bool {
        guard let first = findings.first?.value else { return false }
        return findings.contains { $0.value != first }
    }

    private func unique(_ values: [String]) -> [String] {
        if values.count < 2 { return values }
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
