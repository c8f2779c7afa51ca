import DocGenSpec

/// Corrects a Required cell with what the descriptions of the same table say about being required:
///
/// - one of several: "you must specify A or B" (either one will do), so neither A nor B is required on its own,
///   whatever their cells say;
/// - required together with a required parameter: "when you pass A, you must also pass this parameter", with A
///   required, means this parameter is always sent, so it is required even where its cell says no.
///
/// Only siblings (parameters at the same level) are related, and a requirement that depends on a value ("when A is
/// set to X") is not read: it makes the parameter required in some requests only.
enum RequiredFromDescription {
    static func apply(to siblings: [ParameterNode], log: inout BuildLog) {
        let described = siblings.compactMap { node in
            node.rawDescription.flatMap { mayCorrect($0, required: node.required) ? (node, DescriptionText($0)) : nil }
        }
        if !described.isEmpty {
            clearOneOfGroups(described, siblings: siblings, log: &log)
            addRequiredCompanions(described, siblings: siblings, log: &log)
        }
        for node in siblings where !node.children.isEmpty {
            apply(to: node.children, log: &log)
        }
    }

    /// Whether a description can hold a sentence either rule reads. Only those descriptions are cut into sentences.
    /// Case-sensitive (sentence-initial capitals spelled out), so that for most descriptions one byte search for a few
    /// words is all this costs.
    private static func mayCorrect(_ description: String, required: Bool) -> Bool {
        choiceCue.matches(description) || (!required && companionCue.matches(description))
    }
    private static let choiceCue = TextPattern(
        #"(?:须|需要|至少)(?:指定|传入|设置|填写|提供)[^。]{0,80}或|\b[Mm]ust\s+(?:specify|set|provide|pass|enter)\s.{0,80}?\bor\b|\b[Ee]ither\b.{0,120}?\bmust\s+be\b|\b[Aa]t\s+least\s+one\s+of\b|二选一|同时为空"#,
        caseSensitive: true, requiresAnyOf: ["或", "must", "Must", "least", "二选一", "同时为空"])
    private static let companionCue = TextPattern(
        #"(?:必须|需要|须)(?:同时|一并)?(?:传入|指定|设置|填写|提供)(?:该|此|本|这个)参数|\b[Mm]ust\s+(?:also\s+)?(?:specify|pass|provide|include)\s+(?:this|the)\s+parameter\b|\b[Tt](?:his|he)\s+parameter\s+(?:must|is\s+(?:also\s+)?required)\b"#,
        caseSensitive: true, requiresAnyOf: ["该参数", "此参数", "本参数", "这个参数", "his parameter", "he parameter"])

    // MARK: - One of several

    private static let name = #"([A-Za-z][A-Za-z0-9_]*(?:\.(?:[A-Za-z][A-Za-z0-9_]*|N|n|\d+))*)"#
    private static let nameToken = TextPattern(#"(?<![A-Za-z0-9_])"# + name, caseSensitive: true)
    private static let oneOf: [TextPattern] = [
        TextPattern(#"\bmust\s+(?:specify|set|provide|pass|enter)\s+(?:either\s+)?(?:the\s+)?"# + name
                    + #"(?:\s+parameter)?\s+or\s+(?:the\s+)?"# + name, requiresAnyOf: ["must"]),
        TextPattern(#"\beither\s+(?:the\s+)?"# + name + #"(?:\s+parameter)?\s+or\s+(?:the\s+)?"# + name
                    + #"(?:\s+parameter)?\s+must\s+be\s+(?:specified|set|provided)"#, requiresAnyOf: ["either"]),
        TextPattern(#"\bat\s+least\s+one\s+of\s+(?:the\s+)?"# + name + #"(?:\s+parameter)?\s+(?:and|or)\s+(?:the\s+)?"# + name,
                    requiresAnyOf: ["at least one"]),
        TextPattern(#"(?:必须|须|需要|至少)(?:指定|传入|设置|填写|提供)(?:一个)?(?:参数)?\s*"# + name
                    + #"\s*(?:参数)?\s*(?:或者|或)\s*(?:参数)?\s*"# + name, requiresAnyOf: ["须", "需要", "至少"]),
        TextPattern(name + #"\s*(?:参数)?\s*(?:和|与|或|、)\s*(?:参数)?\s*"# + name
                    + #"\s*(?:参数)?\s*(?:必须|须)?(?:二选一|不能同时为空|不可同时为空|不得同时为空)"#,
                    requiresAnyOf: ["二选一", "同时为空"]),
    ]

    private static func clearOneOfGroups(_ described: [(ParameterNode, DescriptionText)], siblings: [ParameterNode],
                                         log: inout BuildLog) {
        for (node, text) in described {
            for sentence in text.sentences {
                guard let match = oneOf.lazy.compactMap({ $0.firstMatch(in: sentence.text) }).first else { continue }
                let group = [match[1], match[2]].compactMap { $0.flatMap { sibling(named: $0, in: siblings) } }
                guard group.count == 2, group[0] !== group[1] else { continue }
                for member in group where member.required {
                    member.required = false
                    log.note(.info, "required-one-of",
                             "parameter '\(member.name)' read as not required: the description of '\(node.name)' says one of '\(group[0].name)' and '\(group[1].name)' is enough",
                             line: member.line)
                }
            }
        }
    }

    // MARK: - Required together with a required parameter

    private static let condition = #"(.{1,80}?)"#
    private static let togetherWith: [TextPattern] = [
        // 当您传入参数 A 后，必须同时传入该参数
        TextPattern(#"(?:当|如果|若|一旦)\s*(?:您)?\s*(?:传入|指定|设置|填写|提供)(?:了)?\s*"# + condition
                    + #"\s*(?:后|时|之后|的情况下)\s*[,，]?\s*(?:则)?\s*(?:您)?\s*(?:也)?(?:必须|需要|须)(?:同时|一并)?(?:传入|指定|设置|填写|提供)(?:该|此|本|这个)参数"#,
                    requiresAnyOf: ["须", "需要"]),
        // If you specify A, you must also specify this parameter.
        TextPattern(#"\b(?:if|when|once)\s+(?:you\s+)?(?:specify|pass|provide|include)\s+"# + condition
                    + #"\s*,\s*(?:then\s+)?(?:you\s+)?must\s+(?:also\s+)?(?:specify|pass|provide|include)\s+(?:this|the)\s+parameter\b"#,
                    requiresAnyOf: ["must"]),
        // If A is specified, this parameter must also be specified.
        TextPattern(#"\b(?:if|when|once)\s+"# + condition + #"\s+is\s+(?:specified|passed|provided|included)\s*,\s*(?:then\s+)?(?:this|the)\s+parameter\s+(?:must\s+(?:also\s+)?be\s+(?:specified|passed|provided)|is\s+(?:also\s+)?required)\b"#,
                    requiresAnyOf: ["must", "required"]),
        // This parameter is required if you specify A. / ... if A is specified.
        TextPattern(#"\b(?:this|the)\s+parameter\s+is\s+(?:also\s+)?required\s+(?:if|when|once)\s+(?:you\s+(?:specify|pass|provide|include)\s+"# + condition
                    + #"|"# + condition + #"\s+is\s+(?:specified|passed|provided|included))\s*(?:[.;]|$)"#,
                    requiresAnyOf: ["required"]),
    ]
    /// A condition on a value ("set to", "为 X", "取值") or on absence is not "whenever A is given".
    private static let valueCondition = TextPattern(
        #"\bto\b|\bvalue|\btrue\b|\bfalse\b|\bnot\b|\bno\b|\bwithout\b|=|为|取值|值|不|未|非|没有"#)

    private static func addRequiredCompanions(_ described: [(ParameterNode, DescriptionText)], siblings: [ParameterNode],
                                              log: inout BuildLog) {
        for (node, text) in described where !node.required {
            for sentence in text.sentences {
                guard let match = togetherWith.lazy.compactMap({ $0.firstMatch(in: sentence.text) }).first,
                      let condition = match[1] ?? match[2], !valueCondition.matches(condition) else { continue }
                let named = nameToken.allMatches(in: condition).compactMap { sibling(named: $0.matched, in: siblings) }
                guard named.count == 1, let partner = named.first, partner !== node, partner.required else { continue }
                node.required = true
                log.note(.info, "required-with-required",
                         "parameter '\(node.name)' read as required: its description says it must be given whenever '\(partner.name)' is, and '\(partner.name)' is required",
                         line: node.line)
                break
            }
        }
    }

    /// The sibling a mention names: by its name or its wire name without repeat markers (`Tag.N.Key` is `Tag.Key`).
    private static func sibling(named mention: String, in siblings: [ParameterNode]) -> ParameterNode? {
        let wanted = ParameterNames.normalize(mention)
        return siblings.first { $0.name == wanted || ParameterNames.normalize($0.wireName) == wanted }
    }
}

