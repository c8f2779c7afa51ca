import DocGenSpec

/// Response fields: matched by name at each level, children compared recursively.
struct ResponseDiff {
    let context: DiffContext

    func compare(old: [ResponseField], new: [ResponseField], parent: [String]) -> [Change] {
        let pairing = KeyedPairing(old: old, new: new, key: \.name)
        var changes: [Change] = []
        for f in pairing.removed {
            changes.append(context.change(.responseFieldRemoved, ["response"] + parent + [f.name],
                                          "response field \(display(parent, f.name)) removed",
                                          old: f.line, f.type.rawValue, new: nil, nil, newPresent: false))
        }
        for f in pairing.added {
            changes.append(context.change(.responseFieldAdded, ["response"] + parent + [f.name],
                                          "response field \(display(parent, f.name)) added",
                                          old: nil, nil, new: f.line, f.type.rawValue, oldPresent: false))
        }
        for (o, n) in pairing.pairs {
            let path = ["response"] + parent + [o.name]
            let name = display(parent, o.name)
            if o.type != n.type {
                changes.append(context.change(.responseFieldTypeChanged, path + ["type"],
                                              "type of response field \(name) changed from \(o.type.rawValue) to \(n.type.rawValue)",
                                              old: o.line, o.type.rawValue, new: n.line, n.type.rawValue))
            } else if let oi = o.items, let ni = n.items, oi.type != ni.type {
                changes.append(context.change(.responseFieldItemTypeChanged, path + ["items"],
                                              "element type of response field \(name) changed from \(oi.type.rawValue) to \(ni.type.rawValue)",
                                              old: o.line, oi.type.rawValue, new: n.line, ni.type.rawValue))
            }
            if context.sameLanguage, let d = DescriptionCompare.changed(o.description, n.description) {
                changes.append(context.change(.responseFieldDescriptionChanged, path + ["description"],
                                              "description of response field \(name) changed",
                                              old: o.line, d.old, new: n.line, d.new))
            }
            if o.children != nil || n.children != nil {
                changes += compare(old: o.children ?? [], new: n.children ?? [], parent: parent + [o.name])
            }
        }
        return changes
    }

    private func display(_ parent: [String], _ name: String) -> String { (parent + [name]).joined(separator: ".") }
}
