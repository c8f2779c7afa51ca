import DocGenSpec

/// The page's title block: its first level-1 heading (`# CreateSnapshot`), or, in a text rendering that shows the
/// title as a plain line, a `Product name:Action` line before the first heading
/// (`Elastic Compute Service:CreateSnapshotGroup`, `ENS:CreateSnapshot`).
enum TitleBlock {
    static func index(in blocks: [Block]) -> Int? {
        if let i = blocks.firstIndex(where: { if case .heading(let h) = $0 { return h.level == 1 } else { return false } }) {
            return i
        }
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading: return nil
            case .paragraph(let p) where isProductActionLine(p.text): return i
            default: continue
            }
        }
        return nil
    }

    static func text(in blocks: [Block]) -> String? {
        guard let i = index(in: blocks) else { return nil }
        switch blocks[i] {
        case .heading(let h): return h.text
        case .paragraph(let p): return p.text
        default: return nil
        }
    }

    private static let productActionLine = TextPattern(#"^[^:：\n]{1,60}[:：]\s*[A-Z][A-Za-z0-9]+$"#, caseSensitive: true)

    static func isProductActionLine(_ text: String) -> Bool {
        productActionLine.matches(text)
    }
}
