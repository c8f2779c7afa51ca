import DocGenSpec

/// Recognises text that makes a limit conditional ("If the disk is an ESSD, valid values are ...",
/// "对于 Linux 实例，长度为 ..."): a limit that holds only sometimes is not a limit of the parameter.
enum Conditions {
    private static let condition = RulePattern(
        #"\b(?:if|when|unless|whose|where|otherwise)\b|^\s*(?:note:\s*)?for\b|\bfor (?:a |an )?(?:windows|linux|other)\b|\bin other cases\b|如果|若|假如|当|对于|针对|情况下|时[,，]|否则|其余|其他|其它"#, requiresAnyOf: ["if", "when", "unless", "whose", "where", "otherwise", "for", "in other cases", "如果", "若", "假如", "当", "对于", "针对", "情况下", "时", "否则", "其余", "其他", "其它"])

    static func isConditional(_ text: String) -> Bool { condition.matches(text) }

    /// Conditional wording, or another parameter named before the limit ("- PeriodUnit is Week. Period: 1 to 4").
    static func isConditional(_ text: String, for context: ParameterContext) -> Bool {
        isConditional(text) || context.names.mentions(in: text).contains { $0 != context.name }
    }
}
