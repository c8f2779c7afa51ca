import DocGenSpec

/// Recovers the nesting of field rows that a text rendering prints flat: the fields of an `object`/`object []`
/// row follow it with nothing marking where they end. Children are written with one `└` per level before the
/// name, the way the Markdown pages mark nesting; an array's unnamed item row keeps its empty name.
///
/// Where the rows end: the page's own evidence first (`Tag.N.Key` mentioned anywhere, nesting in the JSON
/// example); else the first row after a container is its child, and a later row stays a child while its
/// description mentions the container (`The key of tag N`). Each guess is reported as an info diagnostic.
struct FieldNesting {
    let evidence: PageEvidence
    let file: String
    /// Response tables may use the JSON example as evidence; request tables may not.
    let isResponse: Bool

    private struct Container {
        var name: String
        var depth: Int
        var children = 0
        var awaitingItem: Bool
    }

    func depths(_ rows: [FieldRow]) -> (depths: [Int], diagnostics: [Diagnostic]) {
        var stack: [Container] = []
        var depths: [Int] = []
        var diagnostics: [Diagnostic] = []
        for row in rows {
            if row.name.isEmpty {
                if let top = stack.last, top.awaitingItem {
                    depths.append(top.depth)
                    stack[stack.count - 1].awaitingItem = false
                    if !FieldTypeVocabulary.holdsFields(row.type) { stack.removeLast() }
                } else {
                    depths.append(0)
                }
                continue
            }
            while let top = stack.last {
                let (belongs, reason) = decide(row, under: top)
                if let reason {
                    diagnostics.append(Diagnostic(.info, code: "nesting-assumed", reason, file: file, line: row.line))
                }
                if belongs { break }
                stack.removeLast()
            }
            let depth = stack.last.map { $0.depth + 1 } ?? 0
            if !stack.isEmpty { stack[stack.count - 1].children += 1 }
            depths.append(depth)
            if FieldTypeVocabulary.holdsFields(row.type) || FieldTypeVocabulary.expectsItemRow(row.type) {
                stack.append(Container(name: row.name, depth: depth,
                                       awaitingItem: FieldTypeVocabulary.expectsItemRow(row.type)))
            }
        }
        return (depths, diagnostics)
    }

    /// Whether `row` is a field of `container`, and the assumption made if the page does not say.
    private func decide(_ row: FieldRow, under container: Container) -> (Bool, String?) {
        // An array whose item row is missing has no fields of its own to wait for.
        if container.awaitingItem { return (false, nil) }
        if let placed = evidence.places(row.name, under: container.name, useJSON: isResponse) { return (placed, nil) }
        if container.children == 0 {
            return (true, "assumed \(row.name) is the first field of \(container.name) (the row after an object)")
        }
        if Self.mentions(row.description, container.name) {
            return (true, "assumed \(row.name) is a field of \(container.name): its description mentions it")
        }
        return (false, "assumed \(row.name) follows \(container.name) rather than being one of its fields:"
            + " its description does not mention it")
    }

    /// Whether the description names the container, as the identifier or as its words (`ResourceGroup` ->
    /// "resource group", plural allowed).
    static func mentions(_ description: String, _ name: String) -> Bool {
        if description.contains(name) { return true }
        let phrase = words(of: name)
        guard !phrase.isEmpty else { return false }
        let text = description.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard text.count >= phrase.count else { return false }
        for start in 0...(text.count - phrase.count) {
            let window = text[start..<(start + phrase.count)]
            if zip(window, phrase).allSatisfy({ singular($0) == singular($1) }) { return true }
        }
        return false
    }

    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for c in name where c.isLetter || c.isNumber {
            if let p = previous, p.isLowercase, c.isUppercase, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(Character(c.lowercased()))
            previous = c
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
