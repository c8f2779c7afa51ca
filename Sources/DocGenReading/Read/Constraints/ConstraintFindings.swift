import DocGenSpec

/// Everything the rules read from one description, before conflicts are settled.
struct ConstraintFindings {
    private struct Finding {
        let value: ConstraintValue
        let sentence: String
    }

    private var found: [ConstraintKind: [Finding]] = [:]

    mutating func add(_ key: ConstraintKind, _ value: ConstraintValue, from sentence: String) {
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
        for key in ConstraintKind.allCases {
            guard let findings = found[key], !findings.isEmpty else { continue }
            // The two ends of a range are read together: if one end is disputed, the other is not trusted either.
            if let partner = key.rangePartner, conflicting.contains(partner) { continue }
            let sentences = unique(findings.map(\.sentence)).joined(separator: "\n")
            let value: ConstraintValue
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

    /// Sets a value of the kind's shape; any other is not a reading of the kind.
    private func apply(_ value: ConstraintValue, to key: ConstraintKind, in c: inout Constraints) -> Bool {
        guard value.shape == key.shape else { return false }
        c[key] = value
        return true
    }

    /// A lower bound above the upper one means two unrelated numbers were paired: keep neither.
    private func reconcile(_ result: inout ExtractedConstraints) {
        var c = result.constraints
        for low in ConstraintKind.allCases where low.isLowerBound {
            guard let high = low.rangePartner, let lo = c[low]?.bound, let hi = c[high]?.bound, lo > hi else { continue }
            c[low] = nil
            c[high] = nil
        }
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
