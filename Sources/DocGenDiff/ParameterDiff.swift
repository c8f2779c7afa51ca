import DocGenSpec

/// Request parameters: matched by base name at each level, children compared recursively.
struct ParameterDiff {
    let context: DiffContext

    func compare(old: [Parameter], new: [Parameter], parent: [String]) -> [Change] {
        // Common parameters (Action, Version, ...) belong to the vendor's protocol, not to this API: pages list them
        // or not, and flip their "required" cell, without the API changing. They are left out on both sides.
        let common = Set((old + new).filter(\.common).map(\.name))
        let oldCompared = old.filter { !common.contains($0.name) }
        let newCompared = new.filter { !common.contains($0.name) }
        let pairing = KeyedPairing(old: oldCompared, new: newCompared, key: \.name)
        var changes: [Change] = []
        for p in pairing.removed {
            changes.append(context.change(.parameterRemoved, ["parameter"] + parent + [p.name],
                                          "request parameter \(display(parent, p.name)) removed",
                                          old: p.line, p.wireName, new: nil, nil, newPresent: false))
        }
        for p in pairing.added {
            let kind: ChangeKind = p.required ? .parameterAddedRequired : .parameterAddedOptional
            changes.append(context.change(kind, ["parameter"] + parent + [p.name],
                                          "\(p.required ? "required" : "optional") request parameter \(display(parent, p.name)) added",
                                          old: nil, nil, new: p.line, p.wireName, oldPresent: false))
            for target in p.constraints.dependsOn ?? [] {
                changes.append(context.change(.dependencyOfNewParameter, ["parameter"] + parent + [p.name, "dependsOn", baseName(target)],
                                              "new parameter \(display(parent, p.name)) requires \(baseName(target))",
                                              old: nil, nil, new: p.line, baseName(target), oldPresent: false))
            }
        }
        for (o, n) in pairing.pairs {
            changes += comparePair(o, n, parent: parent)
        }
        changes += mutualExclusions(old: oldCompared, new: newCompared, parent: parent)
        return changes
    }

    private func comparePair(_ o: Parameter, _ n: Parameter, parent: [String]) -> [Change] {
        let path = ["parameter"] + parent + [o.name]
        let name = display(parent, o.name)
        var changes: [Change] = []
        if o.type != n.type {
            changes.append(context.change(.parameterTypeChanged, path + ["type"], "type of \(name) changed from \(o.type.rawValue) to \(n.type.rawValue)",
                                          old: o.line, o.type.rawValue, new: n.line, n.type.rawValue))
        } else if let oi = o.items, let ni = n.items, oi.type != ni.type {
            changes.append(context.change(.parameterItemTypeChanged, path + ["items"], "element type of \(name) changed from \(oi.type.rawValue) to \(ni.type.rawValue)",
                                          old: o.line, oi.type.rawValue, new: n.line, ni.type.rawValue))
        }
        if o.required != n.required {
            let kind: ChangeKind = n.required ? .parameterBecameRequired : .parameterBecameOptional
            changes.append(context.change(kind, path + ["required"],
                                          "\(name) became \(n.required ? "required" : "optional")",
                                          old: o.line, String(o.required), new: n.line, String(n.required)))
        }
        if context.sameLanguage, let d = DescriptionCompare.changed(o.description, n.description) {
            changes.append(context.change(.parameterDescriptionChanged, path + ["description"], "description of \(name) changed",
                                          old: o.line, d.old, new: n.line, d.new))
        }
        changes += ConstraintDiff(context: context, path: path, name: name, oldLine: o.line, newLine: n.line)
            .compare(o.constraints, n.constraints)
        changes += dependencies(o, n, path: path, name: name)
        if o.children != nil || n.children != nil {
            changes += compare(old: o.children ?? [], new: n.children ?? [], parent: parent + [o.name])
        }
        return changes
    }

    private func dependencies(_ o: Parameter, _ n: Parameter, path: [String], name: String) -> [Change] {
        let before = Set((o.constraints.dependsOn ?? []).map(baseName))
        let after = Set((n.constraints.dependsOn ?? []).map(baseName))
        var changes: [Change] = []
        for target in after.subtracting(before).sorted() {
            changes.append(context.change(.dependencyAdded, path + ["dependsOn", target], "\(name) now requires \(target)",
                                          old: o.line, nil, new: n.line, target))
        }
        for target in before.subtracting(after).sorted() {
            changes.append(context.change(.dependencyRemoved, path + ["dependsOn", target], "\(name) no longer requires \(target)",
                                          old: o.line, target, new: n.line, nil))
        }
        return changes
    }

    /// Mutual exclusion is a relation between two siblings, whichever of them states it: compared as unordered pairs.
    private func mutualExclusions(old: [Parameter], new: [Parameter], parent: [String]) -> [Change] {
        let before = exclusionPairs(old), after = exclusionPairs(new)
        let oldNames = Set(old.map(\.name))
        var changes: [Change] = []
        for pair in after.keys.sorted() where before[pair] == nil {
            let existedBefore = pair.split(separator: "+").allSatisfy { oldNames.contains(String($0)) }
            let kind: ChangeKind = existedBefore ? .mutualExclusionAdded : .mutualExclusionAddedWithNewParameter
            let names = pair.replacingOccurrences(of: "+", with: " and ")
            changes.append(context.change(kind, ["parameter"] + parent + ["mutuallyExclusive", pair],
                                          "\(names) can no longer be given together",
                                          old: nil, nil, new: after[pair], pair))
        }
        let newNames = Set(new.map(\.name))
        // A removed parameter takes its exclusions with it; that is the removal, not a second change.
        for pair in before.keys.sorted() where after[pair] == nil
            && pair.split(separator: "+").allSatisfy({ newNames.contains(String($0)) }) {
            let names = pair.replacingOccurrences(of: "+", with: " and ")
            changes.append(context.change(.mutualExclusionRemoved, ["parameter"] + parent + ["mutuallyExclusive", pair],
                                          "\(names) may now be given together",
                                          old: before[pair], pair, new: nil, nil))
        }
        return changes
    }

    /// `A+B` (sorted names) -> line of the first parameter that states it.
    private func exclusionPairs(_ parameters: [Parameter]) -> [String: Int] {
        var pairs: [String: Int] = [:]
        for p in parameters {
            for other in p.constraints.mutuallyExclusiveWith ?? [] {
                let key = [p.name, baseName(other)].sorted().joined(separator: "+")
                if pairs[key] == nil { pairs[key] = p.line }
            }
        }
        return pairs
    }

    private func display(_ parent: [String], _ name: String) -> String { (parent + [name]).joined(separator: ".") }
}
