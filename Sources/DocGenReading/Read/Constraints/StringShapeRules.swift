import Foundation
import DocGenSpec

/// Reads what a string may start with or contain: forbidden prefixes and substrings, the required first
/// character and the character set.
enum StringShapeRules {
    static func read(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        guard context.type != .boolean, !context.isNumeric else { return }
        for sentence in text.sentences {
            readForbiddenPrefixes(sentence, into: &findings)
            readForbiddenSubstrings(sentence, into: &findings)
            readMustStartWith(sentence, into: &findings)
            readCharset(sentence, into: &findings)
        }
    }

    // MARK: - Prefixes and substrings

    private static let prefixZh = RulePattern(#"不(?:能|可|得|允许|可以|应)以\s*(.+?)\s*(?:作为|为)?开头"#,
        requiresAnyOf: ["不能以", "不可以", "不得以", "不允许以", "不应以"], andAnyOf: ["开头"])
    private static let prefixEn = RulePattern(
        #"(?:cannot|can't|can not|must not|should not|may not|shall not|is not allowed to|are not allowed to)\s+(?:start|begin)\s+with\s+(.+)$"#,
        requiresAnyOf: ["start", "begin"], andAnyOf: ["not", "n't"])
    private static let prefixEnEnd = RulePattern(
        #"(?:\s+because\b|,?\s+(?:or|and|but)\s+(?:cannot|can't|must|it|can|may|should|contain|is|are)\b|[.;。；]\s|[.;。；]?$)"#)
    private static let substringZh = RulePattern(#"不(?:能|可|得|允许|可以|应)包含\s*(.+?)\s*(?:$|[,，。;；]|等)"#,
        requiresAnyOf: ["不能包含", "不可包含", "不得包含", "不允许包含", "不可以包含", "不应包含"])
    private static let substringEn = RulePattern(
        #"(?:cannot|can't|can not|must not|should not|may not|shall not)\s+(?:start\s+with\s+\S+(?:\s+or\s+\S+)?\s+(?:or|and)\s+)?contain\s+(.+)$"#,
        requiresAnyOf: ["contain"], andAnyOf: ["not", "n't"])
    private static let substringEnEnd = RulePattern(
        #"(?:\s+because\b|,?\s+(?:or|and|but)\s+(?:cannot|can't|must|it|can|may|should|start|is|are)\b|[.;。；]\s|[.;。；]?$)"#)
    private static let listSeparator = RulePattern(#"\s*(?:,\s*or\s+|,\s*and\s+|,|，|、|\bor\b|\band\b|或者|或|和|及|以及)\s*"#, requiresAnyOf: [",", "，", "、", "or", "and", "或", "和", "及"])
    /// "a forward slash (/)" names the character in brackets.
    private static let namedCharacter = RulePattern(
        #"^(?:an?\s+|the\s+)?(?!consecutive|only|leading|trailing|repeated)[A-Za-z]+(?:\s+[A-Za-z]+)?\s*\(\s*([^\sA-Za-z0-9()]{1,3})\s*\)$"#)

    private static func readForbiddenPrefixes(_ sentence: DescriptionSentence, into findings: inout ConstraintFindings) {
        for m in prefixZh.allMatches(in: sentence.search) {
            if let items = literals(m[1] ?? "") { findings.add(.forbiddenPrefixes, .names(items), from: sentence.original) }
        }
        if let m = prefixEn.firstMatch(in: sentence.search), let rest = m[1] {
            let listText = prefixEnEnd.firstMatch(in: rest).map(\.before) ?? rest
            if let items = literals(listText) { findings.add(.forbiddenPrefixes, .names(items), from: sentence.original) }
        }
    }

    private static func readForbiddenSubstrings(_ sentence: DescriptionSentence, into findings: inout ConstraintFindings) {
        for m in substringZh.allMatches(in: sentence.search) {
            if let items = literals(m[1] ?? "") { findings.add(.forbiddenSubstrings, .names(items), from: sentence.original) }
        }
        if let m = substringEn.firstMatch(in: sentence.search), let rest = m[1] {
            let listText = substringEnEnd.firstMatch(in: rest).map(\.before) ?? rest
            if let items = literals(listText) { findings.add(.forbiddenSubstrings, .names(items), from: sentence.original) }
        }
    }

    /// The literal strings of a list ("http:// or https://", "aliyun、acs:"), or nil when any item is a
    /// description ("a digit", "consecutive periods") rather than a literal: half a list would mislead.
    private static func literals(_ listText: String) -> [String]? {
        var items: [String] = []
        var start = listText.startIndex
        var pieces: [String] = []
        for m in listSeparator.allMatches(in: listText) {
            pieces.append(String(listText[start..<m.range.lowerBound]))
            start = m.range.upperBound
        }
        pieces.append(String(listText[start...]))
        for piece in pieces {
            var item = piece.trimmingWhitespace()
            item = trimmingQuotes(item)
            if item.isEmpty { continue }
            if let named = namedCharacter.firstMatch(in: item), let symbol = named[1] { item = symbol }
            guard isLiteral(item) else { return nil }
            items.append(item)
        }
        return items.isEmpty ? nil : items
    }

    /// `trimmingCharacters(in: CharacterSet(charactersIn: "\"'“”‘’「」"))` by scalars: Foundation trims UTF-16 units
    /// of the set, and every member is a single unit, so both stop at the same places.
    static func trimmingQuotes(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isQuote(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, isQuote(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(scalars[start..<end])
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "”", "‘", "’", "「", "」": return true
        default: return false
        }
    }

    private static let literal = RulePattern(#"^(?:[A-Za-z0-9:/._\-]+|[^\sA-Za-z0-9\u4e00-\u9fff]{1,3})$"#, caseSensitive: true)

    private static func isLiteral(_ item: String) -> Bool { item.count <= 32 && literal.matches(item) }

    // MARK: - First character

    private static let startZhLetterOrCJK = RulePattern(
        #"(?:必须|需要|需|应该|应|要求|只能)以(?:大小写|大小|大写或小写)?(?:英文)?字母或中文(?:字符|汉字)?开头|(?:必须|需要|需|应该|应|要求|只能)以(?:中文或)(?:大小写|大小)?(?:英文)?字母开头"#, requiresAnyOf: ["开头"], andAnyOf: ["字母"])
    private static let startZhLetter = RulePattern(
        #"(?:必须|需要|需|应该|应|要求|只能)以(?:大小写|大小|大写或小写|大写|小写)?(?:英文)?字母开头"#, requiresAnyOf: ["开头"], andAnyOf: ["字母"])
    private static let startEn = RulePattern(
        #"\b(?:must|should|shall|has to|have to|need to|needs to)\s+(?:start|begin)\s+with\s+(?:a|an)\s+(?:(?:uppercase|lowercase|upper|lower|english|latin|case)\s+|or\s+|-)*letters?\b(\s+or\s+(?:a\s+)?\w+(?:\s+characters?)?)?"#,
        requiresAnyOf: ["start", "begin"], andAnyOf: ["letter"])

    private static func readMustStartWith(_ sentence: DescriptionSentence, into findings: inout ConstraintFindings) {
        let text = sentence.search
        if startZhLetterOrCJK.matches(text) {
            findings.add(.mustStartWith, .word("letterOrCJK"), from: sentence.original)
        } else if startZhLetter.matches(text) {
            findings.add(.mustStartWith, .word("letter"), from: sentence.original)
        } else if let m = startEn.firstMatch(in: text) {
            guard let alternative = m[1] else {
                findings.add(.mustStartWith, .word("letter"), from: sentence.original)
                return
            }
            // "a letter or a digit" is not in the vocabulary; only the Chinese-character alternative is.
            if alternative.lowercased().contains("chinese") {
                findings.add(.mustStartWith, .word("letterOrCJK"), from: sentence.original)
            }
        }
    }

    // MARK: - Character set

    private static let asciiOnly = RulePattern(
        #"(?:只|仅)(?:支持|能包含|可包含|能使用|可使用|允许|可以包含|可以使用|能为|可为)?\s*ASCII|\bonly\b[^.]*\bASCII\b|\bASCII\b[^.]*\bonly\b|\d+\s+ASCII characters|non-ASCII|不(?:能|可|支持)包含非\s*ASCII"#, requiresAnyOf: ["ascii"])

    private static func readCharset(_ sentence: DescriptionSentence, into findings: inout ConstraintFindings) {
        if asciiOnly.matches(sentence.search) { findings.add(.charset, .word("ascii"), from: sentence.original) }
    }
}
