import Foundation
import DocGenSpec

/// Facts read from the page as a whole: language, title and summary, the page's own date, the examples.
enum PageFacts {
    /// `zh` when CJK characters make up a good part of the letters of the prose and cells, else `en`.
    /// Chinese pages are full of English identifiers, so the bar is well below half.
    static func language(of blocks: [Block]) -> String {
        var cjk = 0
        var latin = 0
        func count(_ s: String) {
            // On the UTF-8 bytes: both CJK blocks are three-byte sequences led by E3–E9.
            TextBytes.withBytes(s) { bytes in
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        // For ASCII, "alphabetic" is exactly A-Z and a-z (no Unicode property lookup needed).
                        if (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) { latin += 1 }
                        i += 1
                    } else if b >= 0xE3, b <= 0xE9 {
                        let value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { cjk += 1 }
                        i += 3
                    } else {
                        i += 1  // other lead and continuation bytes count for nothing
                    }
                }
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let t): count(t.text)
            case .heading(let h): count(h.text)
            case .table(let table): table.rows.forEach { $0.cells.forEach(count) }
            case .code: break
            }
        }
        return cjk * 4 >= latin && cjk > 0 ? "zh" : "en"
    }

    /// The title block, else the first heading.
    static func title(of blocks: [Block]) -> String? {
        if let title = TitleBlock.text(in: blocks) { return title }
        for case .heading(let h) in blocks { return h.text.isEmpty ? nil : h.text }
        return nil
    }

    /// The first paragraph after the title (or after the first heading), before the next heading, that is not a
    /// "Last Updated" line.
    static func summary(of blocks: [Block]) -> String? {
        let start = TitleBlock.index(in: blocks)
            ?? blocks.firstIndex(where: { if case .heading = $0 { return true } else { return false } })
        guard let start else { return nil }
        for block in blocks[(start + 1)...] {
            switch block {
            case .heading: return nil
            case .paragraph(let p):
                if date(in: p.text) != nil && p.text.count < 80 { continue }
                return CellText.optional(p.text)
            default: continue
            }
        }
        return nil
    }

    /// `Last Updated:Mar 19, 2024`, `最后更新时间：2024-03-19`, `Terakhir diperbarui: 2026-05-12 19:37:34`:
    /// the date after an updated-label, as `yyyy-MM-dd`.
    static func date(in text: String) -> String? {
        // Every label holds one of these (the patterns are case-sensitive): most paragraphs never reach the regexes.
        guard labelWords.contains(where: { TextBytes.contains($0, in: text) }) else { return nil }
        if let m = PageIdentity.groups(numericDate, in: text) {
            return String(format: "%@-%02d-%02d", m[0], Int(m[1]) ?? 0, Int(m[2]) ?? 0)
        }
        if let m = PageIdentity.groups(namedMonthDate, in: text),
           let month = months[m[0].lowercased()] {
            return String(format: "%@-%02d-%02d", m[2], month, Int(m[1]) ?? 0)
        }
        return nil
    }

    private static let labelWords = ["Updated", "更新", "Terakhir diperbarui"]
    private static let updatedLabel = #"(?:Last Updated|Updated on|Updated|最后更新时间|最后更新|更新时间|Terakhir diperbarui)\s*[:：]?\s*"#
    private static let numericDate = TextPattern(
        updatedLabel + #"([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})"#, caseSensitive: true)
    private static let namedMonthDate = TextPattern(
        updatedLabel + #"([A-Z][a-z]{2})[a-z]*\.? ([0-9]{1,2}), ([0-9]{4})"#, caseSensitive: true)

    private static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                                 "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    /// The request example (a code block with a URL and `Action=`), and the JSON response example (the first
    /// code block of the examples section that parses as JSON).
    static func examples(_ blocks: [SectionedBlock]) -> Examples {
        var examples = Examples()
        for sb in blocks {
            guard case .code(let code) = sb.block else { continue }
            let text = code.text.trimmingWhitespaceAndNewlines()
            // Foundation's `contains` compares canonically; on simple text the bytes give the same answer.
            let simple = TextBytes.isSimple(text)
            let contains = { (word: String) in simple ? TextBytes.contains(word, in: text) : text.contains(word) }
            if examples.request == nil, contains("Action="), contains("http") || text.hasPrefix("?") || contains("&") {
                examples.request = text
            }
            if examples.responseJSON == nil, sb.section == .examples || sb.section == .response, text.hasPrefix("{") || text.hasPrefix("["),
               let data = text.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) != nil {
                examples.responseJSON = text
            }
        }
        return examples
    }
}
