import DocGenSpec

/// Reads a default value: "默认值：false", "Default value: 10.", "The default value is PostPaid", "默认为100".
/// "默认值：空" / "This parameter is empty by default" state that there is none.
enum DefaultRule {
    private static let cue = RulePattern(
        #"(?:默认值|缺省值|默认取值|default value|(?<![A-Za-z])default)(?:\s*(?:为|是|is|:|of this parameter is|of the parameter is))+\s*|(?<!值)默认(?:为|是)\s*|defaults to\s+"#, requiresAnyOf: ["默认", "缺省", "default"])
    private static let value = RulePattern(#"^("[^"]*"|'[^']*'|[A-Za-z0-9_.:/+\-]+(?=[\u4e00-\u9fff])|[^\s,，。;；()]+)"#)
    /// What may follow the value: the end of the clause, or Chinese text run on without a stop ("默认值：False说明：...").
    private static let tail = RulePattern(#"^\s*(?:$|[,，。.;；(:])|^[\u4e00-\u9fff]"#)

    static func read(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        for sentence in text.sentences {
            // In "- Migrate: ... the default value is Migrate when ..." the default belongs to one case.
            if let label = sentence.itemLabel, !cue.matches(label + ":") { continue }
            for m in cue.allMatches(in: sentence.search)
            where !Conditions.isConditional(sentence.leadIn + " " + m.before, for: context)
                && (opensClause(m.before) || m.matched.lowercased().hasPrefix("defaults")) {
                guard let v = value.firstMatch(in: m.after), let raw = v[1], tail.matches(v.after) else { continue }
                add(ValueWords.clean(raw), context, from: sentence.original, into: &findings)
            }
        }
    }

    private static let clauseStart = RulePattern(
        #"(?:^|[,，;；])\s*(?:and\s+|but\s+)?(?:the|its|this parameter's|the parameter's|该参数的|此参数的|参数的|其)?\s*$|:\s*[^\s:]+\s*$|:\s*\[[^\]]*\]\s*$"#)

    /// "默认值" must open its clause ("..., 默认值：10", "Maximum value: 100 Default value: 10"); "系列 II 实例默认值：
    /// optimized" is the default of one kind of instance.
    private static func opensClause(_ before: String) -> Bool { clauseStart.matches(before) }

    /// Whether a line is a "Default value: X" statement (ends a value list).
    static func statesDefault(_ text: String) -> Bool {
        guard let m = cue.firstMatch(in: text) else { return false }
        return m.before.isAllHorizontalSpace
    }

    /// Records `word` as the default, typed by the parameter's type; words meaning "nothing" are not defaults.
    static func add(_ word: String, _ context: ParameterContext, from source: String, into findings: inout ConstraintFindings) {
        guard !word.isEmpty, !ValueWords.isEmptyWord(word) else { return }
        let scalar: SpecScalar
        switch context.type {
        case .boolean:
            guard ValueWords.isBooleanWord(word) else { return }
            scalar = .bool(word.lowercased() == "true")
        case .integer, .long:
            guard let n = Int(word) else { return }
            scalar = .number(SpecNumber(Double(n)))
        case .float, .double:
            guard let n = Double(word) else { return }
            scalar = .number(SpecNumber(n))
        case .string, .array, .object:
            // Chinese or multi-word text after "默认值" describes behaviour ("默认值：和实例相同"), not a value.
            guard ValueWords.isToken(word) || word.first == "-" && ValueWords.isNumber(word) else { return }
            scalar = .string(word)
        }
        findings.add(.default, .scalar(scalar), from: source)
    }
}
