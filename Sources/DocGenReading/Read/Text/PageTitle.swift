import DocGenSpec

/// Finds the page's title line in a text rendering: `Elastic Compute Service:CreateSnapshotGroup`, `ENS:CreateSnapshot`
/// or a lone action name (`CreateSnapshotGroup`), standing alone before the first section. It becomes a level-1
/// heading, the way the Markdown pages start with `# CreateSnapshot`, so the builder reads product and action
/// from it; the site navigation above it (`All Products`, `APIs`) stays paragraphs so it cannot pass for the title.
enum PageTitle {
    static func index(in lines: [SourceLine]) -> Int? {
        for (i, line) in lines.enumerated() {
            if TitleShape.isKnownSection(line.text) || RunTogetherHeader.columns(line.text) != nil
                || SpacedColumns.header(line.text) != nil { return nil }
            let alone = (i == 0 || lines[i - 1].isBlank) && (i + 1 >= lines.count || lines[i + 1].isBlank)
            if alone, !line.isIndented, isTitle(line.text) { return i }
        }
        return nil
    }

    static func isTitle(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2 {
            let product = parts[0].trimmingCharacters(in: .whitespaces)
            let action = String(parts[1])
            return !product.isEmpty && product.count <= 60 && product.first?.isLetter == true
                && !product.contains(where: \.isNumber) && isActionName(action)
        }
        return parts.count == 1 && isActionName(text)
    }

    /// `CreateSnapshotGroup`: a capitalised identifier of at least two words.
    static func isActionName(_ text: String) -> Bool {
        PageEvidence.isMultiWordIdentifier(text) && text.first?.isUppercase == true
    }
}
