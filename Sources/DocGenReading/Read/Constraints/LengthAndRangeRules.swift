import DocGenSpec

/// Reads N ranges of repeat lists (minItems/maxItems), string lengths (minLength/maxLength) and value ranges
/// (minimum/maximum).
enum LengthAndRangeRules {
    static func read(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        for sentence in text.sentences {
            // A labelled list item ("- cloud: 20 to 32768") states the limit for one case only.
            if let label = sentence.itemLabel, !rangeCue.matches(label) { continue }
            var rest = readItemRange(sentence, into: &findings)
            if context.acceptsLength && !(describesParts.matches(sentence.search) && !context.isRepeatList) {
                rest = readLengths(rest, sentence, context, into: &findings)
            }
            if context.acceptsValueRange {
                readValueRange(rest, sentence, context, into: &findings)
            }
        }
    }

    /// "Each custom parameter name cannot exceed 64 bytes": the limit of a part, unless the parameter is a list of
    /// such parts.
    private static let describesParts = RulePattern(#"^(?:note:\s*)?(?:each|单个|每个)"#, requiresAnyOf: ["each", "单个", "每个"])

    private static func isConditional(_ before: String, _ sentence: DescriptionSentence, _ context: ParameterContext) -> Bool {
        Conditions.isConditional(sentence.leadIn + " " + before, for: context)
    }

    // MARK: - N of a repeat list

    private static let itemRangeCue = RulePattern(
        #"(?:(?<![A-Za-z0-9_.])N\s*的\s*(?:取值范围|取值|范围)|(?:valid values?|value range|range|values?) of N(?!\w)|(?<![A-Za-z0-9_.])N\s+(?:can be|ranges from|is in the range of|must be in the range of))(?:\s*(?:为|是|is|are))?\s*:?\s*"#,
        requiresAnyOf: ["取值", "范围", " of n", "can be", "ranges from", "range of"], andAnyOf: ["n"])
    private static let itemMaximum = RulePattern(
        #"(?:(?<![A-Za-z0-9_.])N\s*的最大值(?:为|是)?|maximum value of N is)\s*:?\s*(\d+)"#,
        requiresAnyOf: ["的最大值", "maximum value of n is"])

    /// Reads "N的取值范围：1~20" / "Valid values of N: 1 to 16" and returns the sentence with that span blanked,
    /// so the range is not read again as a value range.
    private static func readItemRange(_ sentence: DescriptionSentence, into findings: inout ConstraintFindings) -> SearchText {
        let text = sentence.search
        if let cue = itemRangeCue.firstMatch(in: text), let parsed = NumberRange.parse(atStartOf: cue.after),
           let low = parsed.range.low.asCount {
            findings.add(.minItems, .count(low), from: sentence.original)
            if let high = parsed.range.high?.asCount { findings.add(.maxItems, .count(high), from: sentence.original) }
            return SearchText(cue.before + " " + parsed.rest)
        } else if let m = itemMaximum.firstMatch(in: text), let high = m[1].flatMap(NumberRange.parseNumber)?.asCount {
            findings.add(.maxItems, .count(high), from: sentence.original)
            return SearchText(m.before + " " + m.after)
        }
        return text
    }

    // MARK: - Lengths

    private static let unit = #"(?:个|位)?\s*[A-Za-z\u4e00-\u9fff ]{0,16}?(?:characters?|chars|bytes|字符|字节)"#
    private static let lengthCue = RulePattern(
        #"长度(?:的取值范围|的范围|范围|限制)?(?:\s*(?:为|是|在|:))*\s*"#, requiresAnyOf: ["长度"])
    private static let rangeWithUnit = RulePattern("(" + NumberRange.pattern + #")\s*"# + unit, requiresAnyOf: ["char", "byte", "字符", "字节"])
    private static let maximumWithUnit = RulePattern(
        #"(?:up to|a maximum of|maximum of|at most|no more than|not more than|no longer than|cannot exceed|can not exceed|can't exceed|cannot be longer than|must not exceed|does not exceed|not exceed|limited to|最多支持|最多为?|最长为?|至多|不能超过|不能多于|不得超过|不可超过|不超过|不多于|最大长度为?|长度上限为?)\s*("#
            + NumberRange.number + #")\s*"# + unit, requiresAnyOf: ["char", "byte", "字符", "字节"])
    private static let maximumOfLength = RulePattern(
        #"(?:长度\s*(?:不能超过|不得超过|不可超过|不超过|最多为?|最大为?|最长为?|上限为?)|(?:maximum|max\.?) length(?: is| of)?|length (?:cannot exceed|can't exceed|must not exceed|is limited to|of up to|up to))\s*:?\s*("#
            + NumberRange.number + #")(?!\d|[.,]\d|\s*(?:KB|MB|GB|KiB|MiB|GiB|K\b|M\b))"#, requiresAnyOf: ["长度", "length"])
    private static let minimumWithUnit = RulePattern(
        #"(?:at least|a minimum of|no less than|not less than|不少于|最少为?|至少为?)\s*("#
            + NumberRange.number + #")\s*"# + unit, requiresAnyOf: ["char", "byte", "字符", "字节"])
    private static let minimumOfLength = RulePattern(
        #"(?:长度\s*(?:不能少于|不得少于|不少于|最少为?|最小为?|至少为?)|(?:minimum|min\.?) length(?: is| of)?)\s*:?\s*("#
            + NumberRange.number + ")", requiresAnyOf: ["长度", "length"])

    /// Reads "长度为2~128个字符", "2 to 128 characters in length", "can be up to 128 characters", "不能超过64个字符".
    private static func readLengths(
        _ text: SearchText, _ sentence: DescriptionSentence, _ context: ParameterContext,
        into findings: inout ConstraintFindings
    ) -> SearchText {
        var remaining = text
        var found = false
        if let cue = lengthCue.firstMatch(in: remaining), let parsed = NumberRange.parse(atStartOf: cue.after),
           !isConditional(cue.before, sentence, context) {
            addLengths(parsed.range, sentence, &findings)
            remaining = SearchText(cue.before + " " + parsed.rest)
            found = true
        } else if let m = rangeWithUnit.firstMatch(in: remaining), let parsed = NumberRange.parse(atStartOf: m.matched),
                  !isConditional(m.before, sentence, context) {
            addLengths(parsed.range, sentence, &findings)
            remaining = SearchText(m.before + " " + m.after)
            found = true
        }
        for pattern in [maximumWithUnit, maximumOfLength] {
            guard let m = pattern.firstMatch(in: remaining), let n = m[1].flatMap(NumberRange.parseNumber)?.asCount,
                  !isConditional(m.before, sentence, context) else { continue }
            findings.add(.maxLength, .count(n), from: sentence.original)
            remaining = SearchText(m.before + " " + m.after)
            found = true
            break
        }
        if !found {
            for pattern in [minimumWithUnit, minimumOfLength] {
                guard let m = pattern.firstMatch(in: remaining), let n = m[1].flatMap(NumberRange.parseNumber)?.asCount,
                      !isConditional(m.before, sentence, context) else { continue }
                findings.add(.minLength, .count(n), from: sentence.original)
                remaining = SearchText(m.before + " " + m.after)
                break
            }
        }
        return remaining
    }

    private static func addLengths(_ range: NumberRange, _ sentence: DescriptionSentence, _ findings: inout ConstraintFindings) {
        guard let low = range.low.asCount else { return }
        findings.add(.minLength, .count(low), from: sentence.original)
        if let high = range.high?.asCount { findings.add(.maxLength, .count(high), from: sentence.original) }
    }

    // MARK: - Value ranges

    private static let rangeCue = RulePattern(
        #"(?:取值范围|取值区间|取值|可选值|可选范围|有效值|范围|valid values?|value range|valid range|values? can be|the value ranges|ranges|in the range of|must be between|between)"#, requiresAnyOf: ["取值", "范围", "可选", "有效值", "valid", "value", "range", "between"])
    private static let valueRangeCue = RulePattern(
        #"(?:取值范围|取值区间|取值|可选值|可选范围|有效值|范围|valid values?|value range|valid range|values? can be|the value ranges|ranges|in the range of|must be between|must be within|is between|between)(?:\s*(?:为|是|在|is|are|must be|from|:))*\s*"#, requiresAnyOf: ["取值", "范围", "可选", "有效值", "valid", "value", "range", "between", "within"])
    /// What may follow a bare number for it still to be the parameter's own limit: the end of a clause, or a
    /// Chinese counter word ("最大值100行"); "up to 16 disks" counts something else.
    private static let countWord = #"(?:行|条|项|页)?(?=\s*$|\s*[,，。.;；)(默]|\s+(?:and|or)\b|\s*[且并])"#
    /// "取值范围：正整数" / "a positive integer".
    private static let positiveInteger = RulePattern(#"正整数|\bpositive integer"#, requiresAnyOf: ["正整数", "positive integer"])

    private static let atLeast = RulePattern(
        #"(?:大于等于|大于或等于|不小于|不低于|最小值为?|最小为|最小取值为|起始值为?|≥|>=|greater than or equal to|no less than|not less than|at least|minimum value is|minimum value:|minimum value of|pages start from page)\s*:?\s*("#
            + NumberRange.number + #")"# + countWord,
        requiresAnyOf: ["大于", "不小于", "不低于", "最小", "起始值", "≥", ">=", "greater than or equal to", "no less than",
                        "not less than", "at least", "minimum value", "pages start from page"])
    private static let atMost = RulePattern(
        #"(?:小于等于|小于或等于|不大于|不高于|不超过|不能超过|不得超过|最大值为?|最大为|最大取值为|≤|<=|less than or equal to|no greater than|not greater than|no more than|not more than|cannot exceed|can't exceed|must not exceed|maximum value is|maximum value:|maximum value of|up to)\s*:?\s*("#
            + NumberRange.number + #")"# + countWord,
        requiresAnyOf: ["小于", "不大于", "不高于", "超过", "最大", "≤", "<=", "less than or equal to", "greater than",
                        "more than", "exceed", "maximum value", "up to"])

    /// Reads "取值范围：1~65535", "Valid values: 1 to 65535", "[1, 10]", "大于等于1，小于等于100".
    private static func readValueRange(
        _ text: SearchText, _ sentence: DescriptionSentence, _ context: ParameterContext,
        into findings: inout ConstraintFindings
    ) {
        var remaining = text
        for cue in valueRangeCue.allMatches(in: text) {
            guard let parsed = NumberRange.parse(atStartOf: cue.after), !isConditional(cue.before, sentence, context),
                  !countOfSomething.matches(cue.before),
                  !parsed.rest.hasPrefix("个字符"), !startsWithLengthUnit(parsed.rest) else { continue }
            findings.add(.minimum, .number(SpecNumber(parsed.range.low)), from: sentence.original)
            if let high = parsed.range.high {
                findings.add(.maximum, .number(SpecNumber(high)), from: sentence.original)
            }
            remaining = SearchText(cue.before + " " + parsed.rest)
            break
        }
        // Comparisons ("at least 20", "不大于100") read as limits only for number-typed parameters.
        guard context.isNumeric else { return }
        if context.isWholeNumber, let m = positiveInteger.firstMatch(in: remaining), !isConditional(m.before, sentence, context) {
            findings.add(.minimum, .number(1), from: sentence.original)
        }
        for (pattern, key) in [(atLeast, ConstraintKind.minimum), (atMost, .maximum)] {
            guard let m = pattern.firstMatch(in: remaining), let n = m[1].flatMap(NumberRange.parseNumber),
                  !isConditional(m.before, sentence, context) else { continue }
            findings.add(key, .number(SpecNumber(n)), from: sentence.original)
        }
    }

    /// "自定义参数的个数范围" / "the number of tags ranges": a count of something inside the value.
    private static let countOfSomething = RulePattern(#"(?:个数|数量|数目|\bnumber of\s+\w+(?:\s+\w+)?)\s*$"#, requiresAnyOf: ["个数", "数量", "数目", "number of"])

    private static let lengthUnitStart = RulePattern("^\\s*" + unit, requiresAnyOf: ["char", "byte", "字符", "字节"])

    private static func startsWithLengthUnit(_ text: String) -> Bool { lengthUnitStart.matches(text) }
}
