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
/// English parameter descriptions. (Being written: this stub finds nothing.)
public struct ConstraintExtractor: Sendable {
    /// Names (base and wire) of the page's parameters, so that "cannot be used with X" can be resolved to a parameter.
    public var knownParameters: Set<String>

    public init(knownParameters: Set<String>) {
        self.knownParameters = knownParameters
    }

    public func extract(from description: String, parameter: String, type: ParamType, isRepeatList: Bool) -> ExtractedConstraints {
        ExtractedConstraints()
    }
}
