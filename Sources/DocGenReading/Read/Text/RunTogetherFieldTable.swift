import DocGenSpec

/// Reads the rows of a parameter or response-field table from a run-together rendering.
///
/// Layout: each row starts with a line holding the leading cells run together (`RegionIdstringYes`); the lines
/// after it, up to the next such line, are the description paragraphs and, when the table has an Example column,
/// the example as the last line. The table ends at a section title or at the next table header.
struct RunTogetherFieldTable {
    let columns: [String]
    let hasRequired: Bool
    let hasExample: Bool

    init(columns: [String]) {
        self.columns = columns
        let lower = columns.map { $0.lowercased() }
        hasRequired = lower.contains("required")
        hasExample = lower.contains("example")
    }

    /// Rows of the table whose header is at `headerIndex`, and the index of the first line after the table.
    func read(_ lines: [SourceLine], headerIndex: Int) -> (rows: [FieldRow], end: Int) {
        var starts: [(index: Int, name: String, type: String, required: String?)] = []
        var end = lines.count
        var i = headerIndex + 1
        while i < lines.count {
            let line = lines[i]
            if line.isBlank {
                guard let next = lines.nextNonBlank(from: i) else { end = i; break }
                if isSectionBreak(lines, at: next) { end = i; break }
                i += 1
                continue
            }
            if RunTogetherHeader.columns(line.text) != nil { end = i; break }
            if let m = FieldRow.match(line.text, hasRequired: hasRequired),
               !m.name.isEmpty || starts.isEmpty || FieldTypeVocabulary.expectsItemRow(starts.last!.type) {
                starts.append((i, m.name, m.type, m.required))
            } else if starts.isEmpty {
                end = i
                break
            }
            i += 1
        }
        var rows: [FieldRow] = []
        for (k, start) in starts.enumerated() {
            let contentEnd = k + 1 < starts.count ? starts[k + 1].index : end
            let content = Array(lines[(start.index + 1)..<contentEnd])
            // Arrays and objects show their values through their items and fields, never an example of their own
            // (so `The parts that were fitted.` directly above an item row is the description).
            let mayHaveExample = !FieldTypeVocabulary.holdsFields(start.type)
                && !FieldTypeVocabulary.expectsItemRow(start.type)
            let (description, example) = splitContent(content, isLastRow: k + 1 == starts.count,
                                                       mayHaveExample: mayHaveExample)
            rows.append(FieldRow(name: start.name, type: start.type, required: start.required,
                                 description: description, example: example, line: lines[start.index].number))
        }
        return (rows, end)
    }

    /// A title after a blank line ends the table when it is a known section title, or when what follows it is
    /// another title, a table header or code (a description paragraph is followed by more rows or prose).
    func isSectionBreak(_ lines: [SourceLine], at index: Int) -> Bool {
        let line = lines[index]
        guard !line.isIndented, FieldRow.match(line.text, hasRequired: hasRequired) == nil else { return false }
        if RunTogetherHeader.columns(line.text) != nil { return true }
        guard TitleShape.isTitle(line.text) else { return false }
        if TitleShape.isKnownSection(line.text) { return true }
        guard index + 1 >= lines.count || lines[index + 1].isBlank else { return false }
        guard let after = lines.nextNonBlank(from: index + 1) else { return true }
        let next = lines[after]
        return TitleShape.isTitle(next.text) || RunTogetherHeader.columns(next.text) != nil
            || ProseBlocks.opensCode(next)
    }

    /// Description paragraphs and example of one row. The example is the row's last line when it is its own
    /// value: directly followed by the next row (a description's last paragraph is followed by a blank line when
    /// the row has no example), not a list item, not a callout (`Note ...`), not a long sentence.
    func splitContent(_ content: [SourceLine], isLastRow: Bool, mayHaveExample: Bool) -> (String, String?) {
        var body = content
        while let last = body.last, last.isBlank { body.removeLast() }
        var example: String?
        if hasExample, mayHaveExample, let last = body.last, looksLikeExample(last, followedByBlank: body.count < content.count,
                                                             isLastRow: isLastRow) {
            example = last.trimmed
            body.removeLast()
        }
        let description = body.filter { !$0.isBlank }.map(\.trimmed).joined(separator: "\n")
        return (description, example)
    }

    func looksLikeExample(_ line: SourceLine, followedByBlank: Bool, isLastRow: Bool) -> Bool {
        if followedByBlank, !isLastRow { return false }
        if line.isIndented || Self.isListItem(line.trimmed) || Self.isCallout(line.trimmed) { return false }
        let words = line.trimmed.split(separator: " ").count
        if line.trimmed.hasSuffix("."), words >= 8 { return false }
        if isLastRow, words > 5 { return false }
        return true
    }

    static func isListItem(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "•·▪◦".contains(first) || ((first == "-" || first == "*") && text.dropFirst().first == " ")
    }

    /// Alibaba renders admonitions as a label followed by the text on one line: `Note You cannot ...`.
    static func isCallout(_ text: String) -> Bool {
        ["Note ", "Notice ", "Warning ", "Important ", "Caution ", "Tip "].contains { text.hasPrefix($0) }
    }
}
