import DocGenSpec

/// Reads the values a parameter can take: a bulleted list under "取值范围：" / "Valid values:", or an inline
/// list ("Valid values: PayByTraffic | PayByBandwidth", "取值：a、b、c").
enum EnumRule {
    private static let listIntro = RulePattern(
        #"(?:取值范围|取值|可选值|可选项|有效值|可取值|取值如下|取值说明|valid values?|possible values|optional values|values|value range|valid options|options)(?:\s+of (?:this|the) parameter)?(?:\s*(?:include|includes|are|is|包括|如下|为|可以是))?\s*:$"#,
        requiresAnyOf: [":"], andAnyOf: ["取值", "可选", "有效值", "value", "option"])
    private static let inlineCue = RulePattern(
        #"(?:取值范围|取值|可选值|有效值|可取值|valid values?|possible values|^values?|set the value to|the value used for this api|set this parameter to|the value can be|可以设置为|可设置为)(?:\s*(?:include|are|is|为|是|:))*\s*"#, requiresAnyOf: ["取值", "可选值", "有效值", "value", "set this parameter", "设置为"])
    private static let inlineSeparator = RulePattern(#"\s*(?:\||,|，|、|;|；|\bor\b|\band\b|或者|或|和|及)\s*"#, requiresAnyOf: ["|", ",", "，", "、", ";", "；", "or", "and", "或", "和", "及"])
    private static let defaultMark = RulePattern(#"^\s*\((?:默认|default)"#, requiresAnyOf: ["默认", "default"])
    /// "- Default value: PostPaid" closing a list. A bare "default" is a value in its own right ("- default: ...").
    private static let defaultLabel = RulePattern(#"^(?:默认值|default value)$"#, requiresAnyOf: ["默认值", "default value"])
    private static let itemToken = RulePattern(#"^([A-Za-z0-9][A-Za-z0-9_.\-+/]*)\s*(?=$|[:(,，。;；]|\s+-\s)"#)

    static func read(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        guard context.type != .boolean else { return }
        if !readLists(text, context, into: &findings) {
            readInline(text, context, into: &findings)
        }
    }

    // MARK: - Bulleted lists

    /// Returns whether a list introduction was found (even if its items were not all plain values).
    private static func readLists(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) -> Bool {
        var introduced = false
        for line in text.lines where !line.isBullet {
            guard let intro = line.sentences.last, listIntro.matches(intro.search), !introIsConditional(intro.text)
            else { continue }
            introduced = true
            let items = listItems(after: line.index, in: text.lines)
            var values: [String] = []
            var readable = !items.isEmpty
            for item in items {
                if let label = item.sentences.first?.itemLabel, defaultLabel.matches(label) { continue }
                guard let m = itemToken.firstMatch(in: item.body), let token = m[1] else {
                    readable = false
                    break
                }
                values.append(token)
                if defaultMark.matches(m.after) {
                    DefaultRule.add(token, context, from: item.sentences.first?.original ?? item.body, into: &findings)
                }
            }
            guard readable else { continue }
            let sentences = ([intro.original] + items.map { $0.sentences.map(\.original).joined(separator: " ") })
            emit(values, context, from: sentences.joined(separator: "\n"), into: &findings)
        }
        return introduced
    }

    private static let conditionalOpening = RulePattern(
        #"^(?:note:\s*)?(?:如果|若|当|假如|对于|if|when|for)\b"#, requiresAnyOf: ["如果", "若", "当", "假如", "对于", "if", "when", "for"])

    /// "当PeriodUnit为Week时，取值范围：" lists the values of one case; "超过容量时的策略，可选值：" does not.
    private static func introIsConditional(_ text: String) -> Bool {
        let lastClause = text.split(whereSeparator: { ",，".contains($0) }).last.map(String.init) ?? text
        return conditionalOpening.matches(text) || Conditions.isConditional(lastClause)
    }

    /// The bullet lines that follow line `index`. A plain line between two items (an item's second paragraph)
    /// is passed over; a line ending in a colon starts something else.
    private static func listItems(after index: Int, in lines: [DescriptionLine]) -> [DescriptionLine] {
        var items: [DescriptionLine] = []
        var i = index + 1
        while i < lines.count {
            let line = lines[i]
            if line.isBullet {
                items.append(line)
                i += 1
                continue
            }
            let nextIsBullet = i + 1 < lines.count && lines[i + 1].isBullet
            guard !items.isEmpty, nextIsBullet, !line.body.hasSuffix(":"),
                  !DefaultRule.statesDefault(line.body) else { break }
            i += 1
        }
        return items
    }

    // MARK: - Inline lists

    private static func readInline(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        for sentence in text.sentences where sentence.itemLabel == nil {
            guard let cue = inlineCue.firstMatch(in: sentence.search), !Conditions.isConditional(cue.before),
                  NumberRange.parse(atStartOf: cue.after) == nil else { continue }
            let listText = ValueWords.clean(cue.after)
            let separators = inlineSeparator.allMatches(in: listText)
            let parts = separators.isEmpty ? [listText] : split(listText, at: separators)
            let values = parts.map(ValueWords.clean).filter { !$0.isEmpty }
            guard !values.isEmpty, values.allSatisfy(ValueWords.isToken) else { continue }
            // A single word is a value only when the sentence is nothing but "取值：X" ("Set the value to X").
            if values.count == 1 && !cue.before.isAllHorizontalSpace { continue }
            emit(values, context, from: sentence.original, into: &findings)
        }
    }

    private static func split(_ text: String, at separators: [RuleMatch]) -> [String] {
        var parts: [String] = []
        var start = text.startIndex
        for m in separators {
            parts.append(String(text[start..<m.range.lowerBound]))
            start = m.range.upperBound
        }
        parts.append(String(text[start...]))
        return parts
    }

    // MARK: -

    private static func emit(_ values: [String], _ context: ParameterContext, from source: String, into findings: inout ConstraintFindings) {
        var seen = Set<String>()
        let unique = values.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return }
        // "true / false" lists describe a switch, not a set of names.
        if unique.allSatisfy(ValueWords.isBooleanWord) { return }
        if context.isNumeric && !unique.allSatisfy(ValueWords.isNumber) { return }
        findings.add(.enum, .names(unique), from: source)
    }
}
