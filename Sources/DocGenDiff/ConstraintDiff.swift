import DocGenSpec

/// Limits read from a parameter's prose: lengths, ranges, N ranges, allowed values, defaults, text rules, deprecation.
struct ConstraintDiff {
    let context: DiffContext
    let path: [String]
    let name: String
    let oldLine: Int
    let newLine: Int

    func compare(_ o: Constraints, _ n: Constraints) -> [Change] {
        var changes: [Change] = []
        changes += bounds("length", "length", o.minLength.map(Double.init), o.maxLength.map(Double.init),
                          n.minLength.map(Double.init), n.maxLength.map(Double.init),
                          kinds: (.lengthNarrowed, .lengthWidened, .lengthNewlyStated, .lengthNoLongerStated))
        changes += bounds("range", "value range", o.minimum?.value, o.maximum?.value, n.minimum?.value, n.maximum?.value,
                          kinds: (.rangeNarrowed, .rangeWidened, .rangeNewlyStated, .rangeNoLongerStated))
        changes += bounds("count", "N range", o.minItems.map(Double.init), o.maxItems.map(Double.init),
                          n.minItems.map(Double.init), n.maxItems.map(Double.init),
                          kinds: (.countNarrowed, .countWidened, .countNewlyStated, .countNoLongerStated))
        changes += enumValues(o.enum, n.enum)
        changes += defaults(o.default, n.default)
        changes += valueSet("forbiddenPrefix", "forbidden prefix", o.forbiddenPrefixes, n.forbiddenPrefixes,
                            added: .forbiddenPrefixAdded, removed: .forbiddenPrefixRemoved)
        changes += valueSet("forbiddenSubstring", "forbidden substring", o.forbiddenSubstrings, n.forbiddenSubstrings,
                            added: .forbiddenSubstringAdded, removed: .forbiddenSubstringRemoved)
        if comparableStartRule(o.mustStartWith) != comparableStartRule(n.mustStartWith) {
            changes.append(make(.startRuleChanged, ["mustStartWith"],
                                "start rule of \(name) changed from \(o.mustStartWith ?? "none") to \(n.mustStartWith ?? "none")",
                                o.mustStartWith, n.mustStartWith))
        }
        if o.charset != n.charset {
            changes.append(make(.charsetChanged, ["charset"],
                                "character set of \(name) changed from \(o.charset ?? "none") to \(n.charset ?? "none")",
                                o.charset, n.charset))
        }
        let wasDeprecated = o.deprecated ?? false, isDeprecated = n.deprecated ?? false
        if wasDeprecated != isDeprecated {
            changes.append(make(isDeprecated ? .parameterDeprecated : .parameterUndeprecated, ["deprecated"],
                                isDeprecated ? "\(name) is deprecated" : "\(name) is no longer deprecated",
                                String(wasDeprecated), String(isDeprecated)))
        }
        if !(o.internal ?? false), n.internal ?? false {
            changes.append(make(.parameterBecameInternal, ["internal"], "\(name) is now not for public use", "false", "true"))
        }
        return changes
    }

    /// An English page says "must start with a letter" where the Chinese one says "a letter or a Chinese character":
    /// the CJK allowance is written for the page's readers, so across languages only "starts with a letter" compares.
    private func comparableStartRule(_ rule: String?) -> String? {
        context.sameLanguage || rule != "letterOrCJK" ? rule : "letter"
    }

    private func make(_ kind: ChangeKind, _ suffix: [String], _ message: String, _ oldValue: String?, _ newValue: String?) -> Change {
        context.change(kind, path + suffix, message, old: oldLine, oldValue, new: newLine, newValue)
    }

    /// A missing bound means "no limit stated": a lower bound of -inf, an upper bound of +inf.
    private func bounds(_ key: String, _ noun: String, _ oMin: Double?, _ oMax: Double?, _ nMin: Double?, _ nMax: Double?,
                        kinds: (narrowed: ChangeKind, widened: ChangeKind, stated: ChangeKind, unstated: ChangeKind)) -> [Change] {
        let oldText = BoundsText.describe(oMin, oMax), newText = BoundsText.describe(nMin, nMax)
        let oldStated = oMin != nil || oMax != nil, newStated = nMin != nil || nMax != nil
        switch (oldStated, newStated) {
        case (false, false):
            return []
        case (false, true):
            return [make(kinds.stated, [key], "\(noun) of \(name) now stated: \(newText)", nil, newText)]
        case (true, false):
            return [make(kinds.unstated, [key], "\(noun) of \(name) no longer stated (was \(oldText))", oldText, nil)]
        case (true, true):
            let lowBefore = oMin ?? -.infinity, lowAfter = nMin ?? -.infinity
            let highBefore = oMax ?? .infinity, highAfter = nMax ?? .infinity
            let narrowed = lowAfter > lowBefore || highAfter < highBefore
            let widened = lowAfter < lowBefore || highAfter > highBefore
            if narrowed {
                return [make(kinds.narrowed, [key], "\(noun) of \(name) narrowed from \(oldText) to \(newText)", oldText, newText)]
            }
            if widened {
                return [make(kinds.widened, [key], "\(noun) of \(name) widened from \(oldText) to \(newText)", oldText, newText)]
            }
            return []
        }
    }

    private func enumValues(_ o: [String]?, _ n: [String]?) -> [Change] {
        switch (o, n) {
        case (nil, nil):
            return []
        case (nil, let n?):
            return [make(.enumNewlyStated, ["enum"], "allowed values of \(name) now stated: \(n.joined(separator: ", "))", nil, n.joined(separator: ", "))]
        case (let o?, nil):
            return [make(.enumNoLongerStated, ["enum"], "allowed values of \(name) no longer stated", o.joined(separator: ", "), nil)]
        case let (o?, n?):
            let before = Set(o), after = Set(n)
            var changes: [Change] = []
            for value in n where !before.contains(value) {
                changes.append(make(.enumValueAdded, ["enum", value], "\(name) accepts new value \(value)", nil, value))
            }
            for value in o where !after.contains(value) {
                changes.append(make(.enumValueRemoved, ["enum", value], "\(name) no longer accepts value \(value)", value, nil))
            }
            return changes
        }
    }

    private func defaults(_ o: SpecScalar?, _ n: SpecScalar?) -> [Change] {
        // Compared as written, so 1 and "1" (a reader's spelling) are the same default.
        let before = o?.description, after = n?.description
        switch (before, after) {
        case (nil, nil):
            return []
        case (nil, let a?):
            return [make(.defaultNewlyStated, ["default"], "default of \(name) now stated: \(a)", nil, a)]
        case (let b?, nil):
            return [make(.defaultNoLongerStated, ["default"], "default of \(name) no longer stated (was \(b))", b, nil)]
        case let (b?, a?):
            return b == a ? [] : [make(.defaultChanged, ["default"], "default of \(name) changed from \(b) to \(a)", b, a)]
        }
    }

    private func valueSet(_ key: String, _ noun: String, _ o: [String]?, _ n: [String]?, added: ChangeKind, removed: ChangeKind) -> [Change] {
        let before = o ?? [], after = n ?? []
        var changes: [Change] = []
        for value in after where !before.contains(value) {
            changes.append(make(added, [key, value], "\(name) gains \(noun) \(value)", nil, value))
        }
        for value in before where !after.contains(value) {
            changes.append(make(removed, [key, value], "\(name) loses \(noun) \(value)", value, nil))
        }
        return changes
    }
}

enum BoundsText {
    /// `2..128`, `>= 1`, `<= 16`.
    static func describe(_ low: Double?, _ high: Double?) -> String {
        switch (low, high) {
        case let (l?, h?): return "\(number(l))..\(number(h))"
        case let (l?, nil): return ">= \(number(l))"
        case let (nil, h?): return "<= \(number(h))"
        case (nil, nil): return "none"
        }
    }

    static func number(_ value: Double) -> String { SpecNumber(value).description }
}
