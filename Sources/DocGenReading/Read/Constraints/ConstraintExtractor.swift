import DocGenSpec

/// Limits read from a parameter's prose, with the sentence each came from (keyed like `Constraints.setKeys`).
public struct ExtractedConstraints: Hashable, Sendable {
    public var constraints: Constraints
    public var sources: [String: String]

    public init(constraints: Constraints = Constraints(), sources: [String: String] = [:]) {
        self.constraints = constraints
        self.sources = sources
    }
}

/// Reads limits (lengths, ranges, N ranges, enums, defaults, prefixes, exclusions, deprecation) from Chinese and
/// English parameter descriptions. Every value is kept with the sentence it was read from; a key that two
/// sentences state differently is left out (see `ConstraintFindings.settled`). docs/constraints.md lists the
/// phrasings each key recognises.
public struct ConstraintExtractor: Sendable {
    /// Names (base and wire) of the page's parameters, so that "cannot be used with X" can be resolved to a parameter.
    public var knownParameters: Set<String> {
        didSet { names = ParameterNames(knownParameters) }
    }
    /// `knownParameters` normalised, made once per page rather than once per parameter.
    private var names: ParameterNames

    public init(knownParameters: Set<String>) {
        self.knownParameters = knownParameters
        names = ParameterNames(knownParameters)
    }

    /// - Parameters:
    ///   - description: the description cell as plain text, line breaks as `\n`.
    ///   - parameter: base name or path of the parameter (`DiskId`, `Tag.Key`; repeat markers are ignored).
    ///   - type: the parameter's type; it decides whether "1 to 100" is a length or a value range, and how a
    ///     default is typed.
    ///   - isRepeatList: whether the parameter is an `.N` list (lengths then apply to its elements).
    ///
    /// An N range ("N的取值范围：1~20") is reported as minItems/maxItems on whatever parameter states it; for a
    /// child (`Tag.N.Key`) it is the parent list's count, which the caller moves to the parent.
    public func extract(from description: String, parameter: String, type: ParamType, isRepeatList: Bool) -> ExtractedConstraints {
        let context = ParameterContext(
            name: ParameterNames.normalize(parameter), type: type, isRepeatList: isRepeatList,
            names: names)
        let text = DescriptionText(description)
        var findings = ConstraintFindings()
        LengthAndRangeRules.read(text, context, into: &findings)
        EnumRule.read(text, context, into: &findings)
        DefaultRule.read(text, context, into: &findings)
        StringShapeRules.read(text, context, into: &findings)
        StatusRules.read(text, into: &findings)
        RelationRules.read(text, context, into: &findings)
        return findings.settled()
    }
}
