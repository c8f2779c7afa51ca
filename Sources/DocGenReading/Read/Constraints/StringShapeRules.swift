import Foundation
import DocGenSpec

/// Reads what a string may start with or contain: forbidden prefixes and substrings, the required first
/// character, the character set and the allowed characters.
enum StringShapeRules {
    static func read(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        guard context.type != .boolean, !context.isNumeric else { return }
        // A Chinese description that names Chinese characters anywhere ("2~128个英文或中文字符") allows them.
        let mentionsCJK = text.sentences.contains { $0.original.containsText("中文") || $0.original.containsText("汉字") }
        for sentence in text.sentences {
            readForbiddenPrefixes(sentence, into: &findings)
            readForbiddenSubstrings(sentence, into: &findings)
            readMustStartWith(sentence, into: &findings)
            readCharset(sentence, into: &findings)
            readAllowedCharacters(sentence, mentionsCJK: mentionsCJK, into: &findings)
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

    // MARK: - Allowed characters

    /// "可以包含数字、半角冒号（:）、下划线（_）或者连字符（-）" (letters go without saying) and "It can contain letters,
    /// digits, colons (:), underscores (_), and hyphens (-)". Every item must be a known class or a named character;
    /// one unknown item ("any letters from a to z", "wildcard characters including …") drops the whole list.
    private static let allowedZh = RulePattern(#"(?:可以|可)包含\s*(.+?)\s*(?:[。；;]|[，,]\s*(?=不|必须|须|需|且|并|但|长度|以|最|只|首|开头)|$)"#,
        requiresAnyOf: ["可以包含", "可包含"])
    private static let allowedEn = RulePattern(
        #"\b(?:can|may)\s+(?:only\s+)?contain\s+(?:only\s+)?(.+?)\s*(?:\.\s|\.$|;|,?\s+(?:and\s+|but\s+)?(?:it\s+|the\s+\w+\s+)?(?:must|cannot|can't|should|can\s+not)\b|$)"#,
        requiresAnyOf: ["contain"])
    private static let allowedSeparator = RulePattern(
        #"\s*(?:,\s*and\s+|,\s*or\s+|,|，|、|\s+and\s+|\s+or\s+|或者|以及|或|和|及)\s*"#)
    /// "colons (:)", "at signs (@)", "下划线（_）": a short name, then the character in brackets.
    private static let bracketedCharacter = RulePattern(
        #"^(?:[a-z]+(?:\s+[a-z]+)?|[^\sa-z（(]{1,8})\s*[（(]\s*([^\sA-Za-z0-9（）()])\s*[）)]$"#)
    private static let characterNames: [String: String] = [
        "数字": "digit", "中文": "cjk", "汉字": "cjk", "中文字符": "cjk", "英文": "letter", "字母": "letter", "英文字母": "letter",
        "大小写字母": "letter", "大小写英文字母": "letter", "大写字母": "letter", "小写字母": "letter", "空格": " ",
        "下划线": "_", "连字符": "-", "短划线": "-", "中划线": "-", "短横线": "-", "英文句号": ".", "半角句号": ".",
        "点号": ".", "句点": ".", "半角冒号": ":", "冒号": ":",
        "letters": "letter", "uppercase letters": "letter", "lowercase letters": "letter", "uppercase": "letter",
        "lowercase": "letter", "english letters": "letter", "digits": "digit", "numbers": "digit",
        "chinese characters": "cjk", "spaces": " ", "hyphens": "-", "underscores": "_", "periods": ".", "colons": ":",
    ]

    private static func readAllowedCharacters(_ sentence: DescriptionSentence, mentionsCJK: Bool, into findings: inout ConstraintFindings) {
        // Most sentences hold no backslash: they are searched as prepared (`SearchText`), not copied and prepared again.
        let text = UTF8Bytes.contains(sentence.search.string, byte: UInt8(ascii: "\\"))
            ? SearchText(sentence.search.string.replacingOccurrences(of: "\\", with: "")) : sentence.search
        if let m = allowedZh.firstMatch(in: text), let list = m[1], var entries = allowedEntries(list) {
            // The Chinese pages list what a name may hold besides letters; Chinese characters where the description names them.
            entries.insert("letter")
            if mentionsCJK { entries.insert("cjk") }
            findings.add(.allowedCharacters, .names(ordered(entries)), from: sentence.original)
        } else if let m = allowedEn.firstMatch(in: text), let list = m[1], let entries = allowedEntries(list) {
            findings.add(.allowedCharacters, .names(ordered(entries)), from: sentence.original)
        }
    }

    /// The classes and characters of a list, or nil when any item is neither.
    private static func allowedEntries(_ list: String) -> Set<String>? {
        var entries = Set<String>()
        for item in allowedSeparator.replacing(in: list, with: "\u{1F}").split(separator: "\u{1F}") {
            var name = item.trimmingCharacters(in: .whitespaces).lowercased()
            for lead in ["或者", "以及", "或", "和", "及", "and ", "or "] where name.hasPrefix(lead) { name = String(name.dropFirst(lead.count)) }
            if name.isEmpty { continue }
            if let m = bracketedCharacter.firstMatch(in: name), let character = m[1] {
                entries.insert(character)
            } else if let entry = characterNames[name] {
                entries.insert(entry)
            } else {
                return nil
            }
        }
        return entries.isEmpty ? nil : entries
    }

    /// Classes first (letter, cjk, digit), then characters in code point order: the same list reads the same on every page.
    private static func ordered(_ entries: Set<String>) -> [String] {
        let classes = ["letter", "cjk", "digit"].filter(entries.contains)
        return classes + entries.subtracting(classes).sorted { $0.unicodeScalars.first!.value < $1.unicodeScalars.first!.value }
    }
}
