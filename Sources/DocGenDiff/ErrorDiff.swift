import DocGenSpec

/// Error rows: matched by (HTTP status, code); within one, the message variants are matched by normalised text
/// (no final period, whitespace collapsed). A page without HTTP statuses (Tencent) matches by code alone.
struct ErrorDiff {
    let context: DiffContext

    func compare(old: [ErrorCode], new: [ErrorCode]) -> [Change] {
        let oldByCode = Dictionary(grouping: old, by: \.code), newByCode = Dictionary(grouping: new, by: \.code)
        var changes: [Change] = []
        for code in Set(oldByCode.keys).union(newByCode.keys).sorted() {
            changes += compareCode(code, old: oldByCode[code] ?? [], new: newByCode[code] ?? [])
        }
        return changes
    }

    private func compareCode(_ code: String, old: [ErrorCode], new: [ErrorCode]) -> [Change] {
        // Most rows do not change between revisions: same rows in the same order need no normalising or pairing.
        if old.count == new.count, zip(old, new).allSatisfy({ $0.http == $1.http && $0.message == $1.message && $0.description == $1.description }) {
            return []
        }
        if old.contains(where: { $0.http == nil }) || new.contains(where: { $0.http == nil }) {
            if old.isEmpty { return [added(code, http: nil, new[0])] }
            if new.isEmpty { return [removed(code, http: nil, old[0])] }
            return compareRows(["error", status(nil), code], old: old, new: new)
        }
        let oldByStatus = Dictionary(grouping: old, by: { $0.http! }), newByStatus = Dictionary(grouping: new, by: { $0.http! })
        var changes: [Change] = []
        for http in Set(oldByStatus.keys).intersection(newByStatus.keys).sorted() {
            changes += compareRows(["error", status(http), code], old: oldByStatus[http]!, new: newByStatus[http]!)
        }
        var gone = oldByStatus.keys.filter { newByStatus[$0] == nil }.sorted()
        var appeared = newByStatus.keys.filter { oldByStatus[$0] == nil }.sorted()
        // The same code under another status is one fact (the status moved), not a removal plus an addition.
        while let from = gone.first, let to = appeared.first {
            gone.removeFirst()
            appeared.removeFirst()
            let o = oldByStatus[from]!, n = newByStatus[to]!
            changes.append(context.change(.errorHTTPStatusChanged, ["error", status(from), code, "http"],
                                          "error \(code) moved from HTTP \(from) to \(to)",
                                          old: o[0].line, String(from), new: n[0].line, String(to)))
            changes += compareRows(["error", status(to), code], old: o, new: n)
        }
        for http in gone { changes.append(removed(code, http: http, oldByStatus[http]![0])) }
        for http in appeared { changes.append(added(code, http: http, newByStatus[http]![0])) }
        return changes
    }

    private func added(_ code: String, http: Int?, _ row: ErrorCode) -> Change {
        context.change(.errorCodeAdded, ["error", status(http), code], "error \(label(http, code)) added",
                       old: nil, nil, new: row.line, label(http, code), oldPresent: false)
    }

    private func removed(_ code: String, http: Int?, _ row: ErrorCode) -> Change {
        context.change(.errorCodeRemoved, ["error", status(http), code], "error \(label(http, code)) removed",
                       old: row.line, label(http, code), new: nil, nil, newPresent: false)
    }

    /// Rows of one (status, code): messages paired by normalised text, leftovers read as changed, added or removed.
    private func compareRows(_ path: [String], old: [ErrorCode], new: [ErrorCode]) -> [Change] {
        let code = path[2]
        let comparesMessages = old.contains { $0.message != nil } && new.contains { $0.message != nil }
        let pairing = KeyedPairing(old: old, new: new, key: { comparesMessages ? TextNormal.message($0.message) : "" })
        var changes: [Change] = []
        for (o, n) in pairing.pairs { changes += descriptions(path, o, n) }
        for (o, n) in zip(pairing.removed, pairing.added) {
            changes.append(context.change(.errorMessageChanged, path + ["message", messageID(o)],
                                          "message of error \(code) changed",
                                          old: o.line, o.message, new: n.line, n.message))
            changes += descriptions(path, o, n)
        }
        for n in pairing.added.dropFirst(pairing.removed.count) {
            changes.append(context.change(.errorMessageVariantAdded, path + ["message", messageID(n)],
                                          "error \(code) has a new message: \(TextNormal.message(n.message))",
                                          old: old.first?.line, nil, new: n.line, n.message))
        }
        for o in pairing.removed.dropFirst(pairing.added.count) {
            changes.append(context.change(.errorMessageVariantRemoved, path + ["message", messageID(o)],
                                          "error \(code) no longer has the message: \(TextNormal.message(o.message))",
                                          old: o.line, o.message, new: new.first?.line, nil))
        }
        return changes
    }

    private func descriptions(_ path: [String], _ o: ErrorCode, _ n: ErrorCode) -> [Change] {
        if o.description == n.description { return [] }
        let before = TextNormal.prose(o.description), after = TextNormal.prose(n.description)
        if before != nil, after == nil {
            return [context.change(.errorDescriptionRemoved, path + ["description", messageID(o)], "error \(path[2]) no longer has a description",
                                   old: o.line, before, new: n.line, nil)]
        }
        if context.sameLanguage, before != after {
            return [context.change(.errorDescriptionChanged, path + ["description", messageID(o)], "description of error \(path[2]) changed",
                                   old: o.line, before, new: n.line, after)]
        }
        return []
    }

    /// Message identity for paths: a short hash of the normalised text, so a key never carries prose.
    private func messageID(_ row: ErrorCode) -> String {
        ShortHash.hex(TextNormal.message(row.message), digits: 8)
    }

    private func status(_ http: Int?) -> String { http.map(String.init) ?? "-" }
    private func label(_ http: Int?, _ code: String) -> String { http.map { "\($0) \(code)" } ?? code }
}
