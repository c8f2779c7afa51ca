import DocGenSpec

/// Reads relations to other parameters of the page: which cannot be given together with this one
/// (mutuallyExclusiveWith) and which must be set for this one to take effect (dependsOn).
enum RelationRules {
    static func read(_ text: DescriptionText, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        for sentence in text.sentences {
            readExclusion(sentence, context, into: &findings)
            readDependency(sentence, context, into: &findings)
        }
    }

    /// "this parameter" / "该参数": the sentence is about the parameter being read.
    private static let selfReference = RulePattern(#"\b(?:this|the)\s+parameter\b|\bit\b|(?:该|此|本|这个)参数"#, requiresAnyOf: ["parameter", "it", "参数"])

    // MARK: - Exclusion

    private static let exclusionCue = RulePattern(
        #"\b(?:cannot|can't|can not|must not|should not|may not|do not|don't)\s+(?:be\s+)?(?:specif(?:y|ied)|set|use|used|configure|configured|pass|passed|provide|provided|call|called|include|included|combine|combined)\b.*\b(?:both|at the same time|simultaneously|together|in the same request|concurrently|in combination)\b|\b(?:both|at the same time|simultaneously|together)\b.*\b(?:cannot|can't|must not|are not allowed|is not allowed|not supported)\b|\bmutually exclusive\b|\b(?:cannot|can't|must not)\s+be\s+(?:used|specified|set)\s+(?:together\s+)?with\b|不(?:能|可|得|支持|允许|可以)(?:被)?(?:同时|一起)|不(?:能|可)与.{1,60}?(?:同时|一起|共同)|互斥"#,
        requiresAnyOf: ["not", "n't", "exclusive", "同时", "一起", "共同", "互斥"],
        andAnyOf: ["both", "same", "simultaneous", "together", "concurrent", "combination", "exclusive", "with",
                   "同时", "一起", "共同", "互斥"])
    private static let withCue = RulePattern(#"\b(?:cannot|can't|must not)\s+be\s+(?:used|specified|set)\s+(?:together\s+)?with\b|不(?:能|可)与"#, requiresAnyOf: ["not", "n't", "不"])
    /// "cannot both be empty" / "不得同时为空" require one of them, the opposite of exclusion.
    private static let emptyCue = RulePattern(#"\bempty\b|\bnull\b|\bleft blank\b|为空|留空"#, requiresAnyOf: ["empty", "null", "blank", "为空", "留空"])

    private static func readExclusion(_ sentence: DescriptionSentence, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        guard exclusionCue.matches(sentence.search), !emptyCue.matches(sentence.search) else { return }
        let mentioned = context.names.mentions(in: sentence.text)
        // `TagFilter.N` in the row of `TagFilter.N.TagKey` names the list the row belongs to.
        let isSelf = { (name: String) in name == context.name || context.name.hasPrefix(name + ".") }
        // A list named as a whole stands for its members: "the Tag.N pair (Tag.N.Key and Tag.N.Value)" is Tag.
        let others = mentioned.filter { name in !isSelf(name) && !mentioned.contains { name.hasPrefix($0 + ".") } }
        guard !others.isEmpty else { return }
        let aboutThis = mentioned.contains(where: isSelf) || selfReference.matches(sentence.search) || withCue.matches(sentence.search)
        guard aboutThis else { return }
        findings.add(.mutuallyExclusiveWith, .names(others), from: sentence.original)
    }

    // MARK: - Dependency

    private static let dependsEn = RulePattern(
        #"\b(?:takes? effect|is valid|are valid|is effective|is required|is available|is used|applies|is applicable|can be (?:set|specified|used)|is supported|works)(?:\s+and\s+(?:is\s+)?(?:required|valid|effective))?\s+only\s+(?:when|if)\b(.*)$"#,
        requiresAnyOf: ["only"], andAnyOf: ["when", "if"])
    private static let dependsEnLeading = RulePattern(
        #"^(?:note:\s*)?only\s+(?:when|if)\b(.*?)[,，]\s*(?:this parameter|the parameter|it)\b.*\b(?:takes? effect|valid|effective|required|available|used)\b"#, requiresAnyOf: ["only"], andAnyOf: ["when", "if"])
    private static let dependsZh = RulePattern(
        #"(?:仅当|只有当|只有在|仅在|当且仅当|当|在|^)(.{1,80}?)(?:时|的情况下|的时候)[,，]?\s*(.{0,20}?)(?:才)?(?:生效|有效|可用|起作用|可以使用|才能使用|可以设置|可设置)"#,
        requiresAnyOf: ["生效", "有效", "可用", "起作用", "可以使用", "才能使用", "可以设置", "可设置"], andAnyOf: ["时", "的情况下"])
    /// "当且仅当传入X时，需要同时传入该参数": given exactly when X is. ("当X时，必须指定该参数" alone only makes
    /// this parameter required in one case, which is not a dependency.)
    private static let requiredOnlyWithZh = RulePattern(
        #"(?:当且仅当|仅当|只有当)(.{1,80}?)(?:时|的情况下)[,，]?\s*(?:需要|必须)同时(?:传入|指定|设置)"#,
        requiresAnyOf: ["同时"], andAnyOf: ["仅当", "只有当"])
    /// "only when X is not specified" is the opposite dependency.
    private static let negated = RulePattern(#"\bnot\b|\bno\b|\bempty\b|\bunspecified\b|\bomitted\b|不|未|没有|为空|非"#, requiresAnyOf: ["no", "empty", "unspecified", "omitted", "不", "未", "没有", "为空", "非"])

    private static func readDependency(_ sentence: DescriptionSentence, _ context: ParameterContext, into findings: inout ConstraintFindings) {
        let text = sentence.search
        let condition: String
        let subject: String
        if let m = dependsEn.firstMatch(in: text) {
            condition = m[1] ?? ""
            subject = m.before
        } else if let m = dependsEnLeading.firstMatch(in: text) {
            condition = m[1] ?? ""
            subject = m.after
        } else if let m = requiredOnlyWithZh.firstMatch(in: text) {
            condition = m[1] ?? ""
            subject = m.before
        } else if let m = dependsZh.firstMatch(in: text) {
            condition = m[1] ?? ""
            subject = m.before + " " + (m[2] ?? "")
        } else {
            return
        }
        guard !negated.matches(condition) else { return }
        // "The AutoRenew parameter takes effect only when ..." in another parameter's row is about AutoRenew.
        let subjects = context.names.mentions(in: subject).filter { $0 != context.name }
        guard subjects.isEmpty else { return }
        let required = context.names.mentions(in: condition).filter { $0 != context.name }
        guard !required.isEmpty else { return }
        findings.add(.dependsOn, .names(required), from: sentence.original)
    }
}
