import DocGenSpec

/// Tells which of the four page formats a text is, from the shape of its tables.
///
/// The signals, strongest first:
/// - HTML: the text starts with a tag and has document or table tags, or has a `<table>` and no pipe table.
/// - Markdown: a pipe-table separator line (`|--|---|`, `--|--`).
/// - Text with run-together cells: a table header whose column names touch (`ParameterTypeRequiredDescriptionExample`).
/// - Text with spaced cells: a table header of column names separated by single spaces (`Parameter Name Required Type Description`).
/// Without any of these (a page with no table) the file extension decides, and the guess is reported.
public enum FormatDetector {
    public struct Detection: Hashable, Sendable {
        public var format: PageFormat
        /// false when no signal was found and the format was guessed from the file name.
        public var isCertain: Bool
    }

    public static func detect(_ text: String, fileName: String) -> Detection {
        var text = text
        return text.withUTF8 { detect(bytes: $0, fileName: fileName) }
    }

    /// Works on bytes: this runs on every page, and `Character` iteration would cost more than reading the page.
    private static func detect(bytes: UnsafeBufferPointer<UInt8>, fileName: String) -> Detection {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 { start += 1 }
        if start < bytes.count, bytes[start] == UInt8(ascii: "<") {
            let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 4096)]), as: UTF8.self)
            if containsAny(head.lowercased(), htmlDocumentMarkers) { return Detection(format: .html, isCertain: true) }
        }
        var runTogetherHeaders = 0
        var spacedHeaders = 0
        var hasHTMLTable = false
        var lineStart = start
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
            if line.isEmpty { continue }
            if isPipeTableSeparator(line) { return Detection(format: .markdown, isCertain: true) }
            if !hasHTMLTable, containsTableTag(line) { hasHTMLTable = true }
            // Header lines are short; skipping long lines keeps prose out of the word matching.
            guard line.count <= 160, mayStartWithHeaderWord(line) else { continue }
            let trimmed = String(decoding: line, as: UTF8.self).trimmingCharacters(in: " \t")
            if isRunTogetherHeader(trimmed) { runTogetherHeaders += 1 } else if isSpacedHeader(trimmed) { spacedHeaders += 1 }
        }
        if hasHTMLTable { return Detection(format: .html, isCertain: true) }
        if runTogetherHeaders > 0 || spacedHeaders > 0 {
            return Detection(format: runTogetherHeaders >= spacedHeaders ? .textRunTogether : .textSpaced, isCertain: true)
        }
        let lower = fileName.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return Detection(format: .html, isCertain: false) }
        return Detection(format: .markdown, isCertain: false)
    }

    /// False when neither header test can pass: both need the line (less leading blanks) to start with a header
    /// word, and a line starting with an ASCII character starts, Character by Character, with an ASCII word only if
    /// its bytes do. Lines starting with anything else take the full tests.
    static func mayStartWithHeaderWord(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < line.count, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        guard start < line.count else { return false }
        if line[start] >= 0x80 { return true }
        let rest = UnsafeBufferPointer(rebasing: line[start...])
        return asciiHeaderWords.contains { word in rest.starts(with: word) }
    }

    private static let asciiHeaderWords: [[UInt8]] = headerWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// `<table` in any case.
    private static func containsTableTag(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let tag = Array("<table".utf8)
        guard line.count >= tag.count else { return false }
        outer: for i in 0...(line.count - tag.count) where line[i] == tag[0] {
            for k in 1..<tag.count where line[i + k] | 0x20 != tag[k] { continue outer }
            return true
        }
        return false
    }

    private static let htmlDocumentMarkers = ["<!doctype html", "<html", "<body", "<table", "<h1", "<h2", "<p>", "<div"]

    private static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        needles.contains { text.contains($0) }
    }

    /// `|--|:--:|`, `--- | ---`: only pipes, dashes, colons and blanks, with at least one pipe and one dash.
    static func isPipeTableSeparator<Bytes: Sequence<UInt8>>(_ line: Bytes) -> Bool {
        var pipe = false
        var dash = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return false
            }
        }
        return pipe && dash
    }

    /// Words that make up table column titles in the vendors' pages (English and Chinese).
    static let headerWords: [String] = [
        "Parameter", "Parameters", "Name", "Type", "Required", "Description", "Example", "Value", "Values",
        "Error", "Code", "Codes", "Message", "message", "HTTP", "Http", "HttpCode", "Status", "status", "code", "Default",
        "名称", "参数", "参数名称", "类型", "是否必选", "是否必需", "必选", "示例值", "示例", "描述", "错误码", "错误代码",
        "错误信息", "说明", "状态码", "HTTP状态码", "取值",
    ]
    private static let headerWordSet = Set(headerWords)
    /// The words that show a line is a table header and not just a title such as "Error Codes".
    private static let columnWords: Set<String> = ["Type", "Description", "Required", "类型", "描述", "说明", "是否必选", "是否必需"]

    /// A line with no spaces that splits into three or more header words, at least one a column word.
    static func isRunTogetherHeader(_ line: String) -> Bool {
        guard line.count >= 8, !line.contains(" ") else { return false }
        guard let words = segment(Array(line)), words.count >= 3 else { return false }
        return words.contains { columnWords.contains($0) }
    }

    /// Three or more header words separated by single spaces, at least one a column word.
    static func isSpacedHeader(_ line: String) -> Bool {
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 3, !words.contains(where: \.isEmpty) else { return false }
        guard words.allSatisfy({ headerWordSet.contains(String($0)) }) else { return false }
        return words.contains { columnWords.contains(String($0)) }
    }

    /// Splits `chars` into header words, longest match first with backtracking; nil if it cannot be done.
    private static func segment(_ chars: [Character]) -> [String]? {
        if chars.isEmpty { return [] }
        for word in headerWordsLongestFirst where chars.count >= word.count {
            if chars.starts(with: word), let rest = segment(Array(chars.dropFirst(word.count))) {
                return [word] + rest
            }
        }
        return nil
    }

    private static let headerWordsLongestFirst: [String] = headerWords.sorted { ($0.count, $0) > ($1.count, $1) }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
