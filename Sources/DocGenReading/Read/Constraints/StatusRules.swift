import DocGenSpec

/// Reads whether the parameter is deprecated or not open for public use.
enum StatusRules {
    private static let deprecatedZh = RulePattern(
        #"(?:该|此|本|这个)?参数(?:已经|已|即将|将要|将会|将|已被|也)?(?:被)?(?:弃用|废弃|下线|停用|停止使用|不再使用|不再维护)|即将(?:被)?(?:弃用|废弃|下线)|已(?:被)?(?:弃用|废弃)(?!的|状态)"#, requiresAnyOf: ["弃用", "废弃", "下线", "停用", "停止使用", "不再使用", "不再维护"])
    private static let deprecatedEn = RulePattern(
        #"\b(?:this|the|that)\s+(?:parameter|field|property|option)\s+(?:is|has been|was|will be|is going to be|is to be|will soon be|is being)\s+(?:\w+\s+)?(?:deprecated|discontinued|phased out|removed)\b|^(?:note:\s*)?(?:\()?deprecated\b|\b(?:this|the)\s+parameter\s+is\s+no\s+longer\s+(?:used|supported|maintained|recommended)\b|\bparameter\s+\(deprecated\)"#, requiresAnyOf: ["deprecated", "discontinued", "phased", "removed", "longer"])
    private static let internalZh = RulePattern(
        #"(?:该|此|本|这个)?参数(?:目前|当前|暂时)?(?:尚未|暂未|暂不|未|不)(?:对外)?开放|(?:该|此|本)参数(?:目前|暂时)?(?:不可用|暂不可用|仅供内部使用|为内部参数)|^(?:说明:\s*)?(?:尚未|暂未|暂不)(?:对外)?开放(?:使用)?$|内部参数|仅供内部使用"#, requiresAnyOf: ["开放", "不可用", "内部"])
    private static let internalEn = RulePattern(
        #"\b(?:unavailable|not available|not open|not yet available|not publicly available)\s+(?:for|to)\s+(?:the\s+)?public\b|\b(?:this|the)\s+parameter\s+is\s+(?:currently\s+)?(?:unavailable|not available|not yet open|not open|not publicly available|reserved|for internal use(?: only)?)\s*\.?$|\binternal use only\b|\breserved for internal\b"#, requiresAnyOf: ["public", "available", "open", "reserved", "internal"])

    static func read(_ text: DescriptionText, into findings: inout ConstraintFindings) {
        // "- Deprecated: 已弃用的镜像" describes one of the values, not the parameter.
        for sentence in text.sentences where sentence.itemLabel == nil {
            if deprecatedZh.matches(sentence.search) || deprecatedEn.matches(sentence.search) {
                findings.add(.deprecated, .flag(true), from: sentence.original)
            }
            if internalZh.matches(sentence.search) || internalEn.matches(sentence.search) {
                findings.add(.internal, .flag(true), from: sentence.original)
            }
        }
    }
}
