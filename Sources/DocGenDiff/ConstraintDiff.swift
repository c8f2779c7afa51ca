import DocGenSpec

/// Limits read from a parameter's prose: lengths, ranges, N ranges, allowed values, defaults, text rules, deprecation.
struct ConstraintDiff {
    let context: DiffContext
    let path: [String]
    let name: String
    let oldLine: Int
    let newLine: Int

    /// Each kind is compared by its vocabulary rule (`ConstraintKind.diffRule`), in vocabulary order. The change kinds
    /// are found by their ids (`request-parameter-<name>-narrowed`, ...), which `ConstraintVocabularyTests` checks exist;
    /// a change's path names the rule (`length`, `forbiddenPrefix`) or, for whole values and flags, the kind's key.
    func compare(_ o: Constraints, _ n: Constraints) -> [Change] {
        var changes: [Change] = []
        for kind in ConstraintKind.allCases {
            switch kind.diffRule {
            case .bounds(let key, let noun):
                guard let upper = kind.rangePartner else { continue }
                changes += bounds(Self.pathName(key), noun, o[kind]?.bound, o[upper]?.bound, n[kind]?.bound, n[upper]?.bound,
                                  kinds: (Self.changeKind(key, "narrowed"), Self.changeKind(key, "widened"),
                                          Self.changeKind(key, "newly-stated"), Self.changeKind(key, "no-longer-stated")))
            case .allowedValues(let key, let noun):
                changes += allowedValues(key, noun, o[kind]?.names, n[kind]?.names)
            case .statedValue(let key, let noun):
                changes += statedValue(key, noun, o[kind]?.text, n[kind]?.text)
            case .members(let key, let noun):
                changes += valueSet(Self.pathName(key), noun, o[kind]?.names, n[kind]?.names,
                                    added: Self.changeKind(key, "added"), removed: Self.changeKind(key, "removed"))
            case .wholeValue(let key, let noun, let acrossLanguages):
                // An English page says "must start with a letter" where the Chinese one says "a letter or a Chinese
                // character": words written for the page's readers compare as their plain form across languages
                // (an empty plain form leaves the word out).
                func comparable(_ value: ConstraintValue?) -> [String]? {
                    guard let value else { return nil }
                    let parts = value.names ?? [value.text]
                    if context.sameLanguage { return parts }
                    return parts.compactMap { part in
                        guard let plain = acrossLanguages[part] else { return part }
                        return plain.isEmpty ? nil : plain
                    }
                }
                if comparable(o[kind]) != comparable(n[kind]) {
                    let before = o[kind]?.text, after = n[kind]?.text
                    changes.append(make(Self.changeKind(key, "changed"), [kind.key],
                                        "\(noun) of \(name) changed from \(before ?? "none") to \(after ?? "none")", before, after))
                }
            case .flag(let key, let set, let cleared):
                let was = o[kind]?.flag ?? false, now = n[kind]?.flag ?? false
                if was == now { continue }
                if now {
                    changes.append(make(Self.changeKind(key), [kind.key], "\(name) \(set)", String(was), String(now)))
                } else if let cleared {
                    changes.append(make(Self.changeKind("no-longer-" + key), [kind.key], "\(name) \(cleared)", String(was), String(now)))
                }
            case .partOfBounds, .betweenParameters:
                continue
            }
        }
        return changes
    }

    /// The change kind `request-parameter-<name>[-<event>]`.
    static func changeKind(_ name: String, _ event: String? = nil) -> ChangeKind {
        let id = changeKindID(name, event)
        guard let kind = ChangeKind(rawValue: id) else { preconditionFailure("no change kind \(id) in the catalogue") }
        return kind
    }

    static func changeKindID(_ name: String, _ event: String? = nil) -> String {
        "request-parameter-" + name + (event.map { "-" + $0 } ?? "")
    }

    /// The ids of every change kind a rule can report (tests check each is in the catalogue).
    static func changeKindIDs(of rule: ConstraintDiffRule) -> [String] {
        switch rule {
        case .bounds(let name, _):
            return ["narrowed", "widened", "newly-stated", "no-longer-stated"].map { changeKindID(name, $0) }
        case .allowedValues(let name, _):
            return ["value-added", "value-removed", "newly-stated", "no-longer-stated"].map { changeKindID(name, $0) }
        case .statedValue(let name, _):
            return ["changed", "newly-stated", "no-longer-stated"].map { changeKindID(name, $0) }
        case .members(let name, _):
            return ["added", "removed"].map { changeKindID(name, $0) }
        case .wholeValue(let name, _, _):
            return [changeKindID(name, "changed")]
        case .flag(let name, _, let cleared):
            return [changeKindID(name)] + (cleared == nil ? [] : [changeKindID("no-longer-" + name)])
        case .partOfBounds, .betweenParameters:
            return []
        }
    }

    /// A rule's name as a change path component: `forbidden-prefix` → `forbiddenPrefix`.
    static func pathName(_ name: String) -> String {
        let words = name.split(separator: "-")
        return words.enumerated().map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
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

    private func allowedValues(_ key: String, _ noun: String, _ o: [String]?, _ n: [String]?) -> [Change] {
        let path = Self.pathName(key)
        switch (o, n) {
        case (nil, nil):
            return []
        case (nil, let n?):
            return [make(Self.changeKind(key, "newly-stated"), [path], "\(noun) of \(name) now stated: \(n.joined(separator: ", "))",
                         nil, n.joined(separator: ", "))]
        case (let o?, nil):
            return [make(Self.changeKind(key, "no-longer-stated"), [path], "\(noun) of \(name) no longer stated", o.joined(separator: ", "), nil)]
        case let (o?, n?):
            let before = Set(o), after = Set(n)
            var changes: [Change] = []
            for value in n where !before.contains(value) {
                changes.append(make(Self.changeKind(key, "value-added"), [path, value], "\(name) accepts new value \(value)", nil, value))
            }
            for value in o where !after.contains(value) {
                changes.append(make(Self.changeKind(key, "value-removed"), [path, value], "\(name) no longer accepts value \(value)", value, nil))
            }
            return changes
        }
    }

    /// Compared as written, so 1 and "1" (a reader's spelling) are the same default.
    private func statedValue(_ key: String, _ noun: String, _ before: String?, _ after: String?) -> [Change] {
        let path = Self.pathName(key)
        switch (before, after) {
        case (nil, nil):
            return []
        case (nil, let a?):
            return [make(Self.changeKind(key, "newly-stated"), [path], "\(noun) of \(name) now stated: \(a)", nil, a)]
        case (let b?, nil):
            return [make(Self.changeKind(key, "no-longer-stated"), [path], "\(noun) of \(name) no longer stated (was \(b))", b, nil)]
        case let (b?, a?):
            return b == a ? [] : [make(Self.changeKind(key, "changed"), [path], "\(noun) of \(name) changed from \(b) to \(a)", b, a)]
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
